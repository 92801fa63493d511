// The major-plans table (重要社會發展、重大科技發展計畫執行情形及目標達成情形表). Each page prints a left half (name … this year's work)
// and, after it, a right half (progress, targets, achievement) whose rows line up by order.
// A half may open with a row continuing the previous page's last plan: its name cell is empty
// (left), or the right half has more rows than the left (right); such rows are appended.
import type { MajorPlan } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import type { Doc } from './source.js';
import { pages } from './openings.js';
import { joinCjk, plainText, slug, thousandsToTwd } from './text.js';

const TABLE = '重要社會發展、重大科技發展計畫執行情形及目標達成情形表';

const join = (a: string, b: string) => [a, plainText(b)].filter(Boolean).join(' ');

export function parseMajorPlans(d: Doc): ParserOutput {
  const plans: MajorPlan[] = [];
  for (const page of pages(d.rows(1, d.lines.length, () => true), '計畫名稱', '本年度執行情形說明')) {
    // a left row prints 7 cells, a right row 3
    const [left, right] = [page.left.filter((r) => r.cells.length === 7), page.right.filter((r) => r.cells.length === 3)];
    // rows that continue the previous page's last plan: left rows without a name, right rows beyond the left ones
    const rows = left.filter((r) => r.cells[0] !== '');
    const extra = Math.max(0, right.length - rows.length);
    for (const r of [...left.filter((r) => r.cells[0] === ''), ...right.slice(0, extra)]) {
      const plan = plans.at(-1) ?? d.fail(r.line, `${TABLE}: continuation before any plan`);
      if (r.cells.length === 7) plan.work = join(plan.work, r.cells[6]);
      else (['progress', 'targets', 'achievement'] as const).forEach((k, i) => (plan[k] = join(plan[k], r.cells[i])));
    }
    d.pair(rows, right.slice(extra), TABLE).forEach(([{ line, cells: c }, { cells: rc }]) => {
      const name = joinCjk(c[0]);
      const period = joinCjk(c[2]).replace(/\s+/g, '');
      const years = [...period.matchAll(/(\d{2,3})\s*年/g)].map((x) => Number(x[1]));
      plans.push({
        id: `${d.id}:plan:${slug(name)}`,
        doc: d.name,
        table: TABLE,
        line,
        year: d.year,
        name,
        type: c[1],
        period,
        startYear: years[0] ?? null,
        endYear: years.at(-1) ?? null,
        approvedTotal: thousandsToTwd(c[3]),
        budgetedToDate: thousandsToTwd(c[4]),
        executedToDate: thousandsToTwd(c[5]),
        work: plainText(c[6]),
        progress: plainText(rc[0]),
        targets: plainText(rc[1]),
        achievement: plainText(rc[2]),
      });
    });
  }
  return { major_plans: plans };
}
