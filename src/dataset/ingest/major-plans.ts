// The major-plans table (重要社會發展、重大科技發展計畫執行情形及目標達成情形表). Each page prints a left half (name … this year's work)
// and, after it, a right half (progress, targets, achievement) whose rows line up by order.
// A half may open with a row continuing the previous page's last plan: its name cell is empty
// (left), or the right half has more rows than the left (right); such rows are appended.
import type { MajorPlan } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import type { Doc } from './source.js';
import { cells, joinCjk, plainText, slug, thousandsToTwd } from './text.js';

const TABLE = '重要社會發展、重大科技發展計畫執行情形及目標達成情形表';

interface Block {
  left: { line: number; c: string[] }[];
  right: { line: number; c: string[] }[];
}

function readBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let side: 'left' | 'right' | null = null;
  lines.forEach((raw, i) => {
    const c = cells(raw);
    if (c[0] === '計畫名稱') {
      blocks.push({ left: [], right: [] });
      side = 'left';
    } else if (c[0] === '本年度執行情形說明') side = 'right';
    else if (side && blocks.length) {
      if (side === 'left' && c.length === 7) blocks[blocks.length - 1].left.push({ line: i + 1, c });
      if (side === 'right' && c.length === 3) blocks[blocks.length - 1].right.push({ line: i + 1, c });
    }
  });
  return blocks;
}

function yearsOf(period: string): [number | null, number | null] {
  const m = [...period.matchAll(/(\d{2,3})\s*年/g)].map((x) => Number(x[1]));
  return [m[0] ?? null, m[m.length - 1] ?? null];
}

const join = (a: string, b: string) => [a, plainText(b)].filter(Boolean).join(' ');

export function parseMajorPlans(d: Doc): ParserOutput {
  const { lines } = d;
  const plans: MajorPlan[] = [];
  for (const block of readBlocks(lines)) {
    const rows = block.left.filter((r) => r.c[0] !== '');
    for (const r of block.left.filter((r) => r.c[0] === '')) {
      const last = plans[plans.length - 1];
      if (last) last.work = join(last.work, r.c[6]);
    }
    const extra = block.right.length - rows.length;
    block.right.slice(0, Math.max(0, extra)).forEach((r) => {
      const last = plans[plans.length - 1];
      if (!last) return;
      last.progress = join(last.progress, r.c[0]);
      last.targets = join(last.targets, r.c[1]);
      last.achievement = join(last.achievement, r.c[2]);
    });
    const right = block.right.slice(Math.max(0, extra));
    rows.forEach((r, i) => {
      const name = joinCjk(r.c[0]);
      const period = joinCjk(r.c[2]).replace(/\s+/g, '');
      const [startYear, endYear] = yearsOf(period);
      const rc = right[i]?.c ?? ['', '', ''];
      plans.push({
        id: `${d.id}:plan:${slug(name)}`,
        doc: d.name,
        table: TABLE,
        line: r.line,
        year: d.year,
        name,
        type: r.c[1],
        period,
        startYear,
        endYear,
        approvedTotal: thousandsToTwd(r.c[3]),
        budgetedToDate: thousandsToTwd(r.c[4]),
        executedToDate: thousandsToTwd(r.c[5]),
        work: plainText(r.c[6]),
        progress: plainText(rc[0]),
        targets: plainText(rc[1]),
        achievement: plainText(rc[2]),
      });
    });
  }
  return { major_plans: plans };
}
