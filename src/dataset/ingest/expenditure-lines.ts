// Budget lines of a ministry-level budget book (主管預算):
// 歲出機關別預算表 (agency → function → programme → work plan, with 說明 and the plans named in it),
// 歲入來源別預算表 (source → agency → item) and the ministry totals of 歲入來源別預算比較總表.
import type { AgencyCode, BudgetLine } from '../schema.js';
import type { Doc } from './source.js';
import { joinCjk, slug, thousandsToTwd } from './text.js';
import { explanation, readRows, titleLine, type Explanation } from './coded-rows.js';
import { explainedPlans, itemCount, planId, reconciledPlans } from './explained-plans.js';

const EXPENDITURE_TABLE = '歲出機關別預算表';
const DETAIL_TABLE = '歲入來源別預算表';
const SUMMARY_TABLE = '歲入來源別預算比較總表';

type Level = BudgetLine['level'];

/** Levels of account numbers: expenditure 00 AAAA 0000, 52 AAAA PP NN; revenue SS AAAA PP NN (or SS AAAA PP N when 9 digits). */
const LEVELS: Record<BudgetLine['kind'], [RegExp, Level][]> = {
  expenditure: [
    [/^00\d{4}0000$/, 'agency'],
    [/^52\d{4}0000$/, 'function'],
    [/^52\d{6}00$/, 'programme'],
    [/^52\d{8}$/, 'workplan'],
  ],
  revenue: [
    [/^\d{2}0+$/, 'source'],
    [/^\d{6}0+$/, 'agency'],
    [/^\d{8}0+$/, 'programme'],
    [/^\d+$/, 'workplan'],
  ],
};

/** Level and agency of an account number: the ministry line (0062000000) and the revenue sources are 62's. */
function levelOf(d: Doc, kind: BudgetLine['kind'], code: string, line: number): { level: Level; agency: AgencyCode } {
  const level = LEVELS[kind].find(([re]) => re.test(code))?.[1] ?? d.fail(line, `${kind} ${code}: unknown account number`);
  if (code === '0062000000' || level === 'source') return { level, agency: '62' };
  const agency = code.slice(2, 6);
  if (!['6201', '6210', '6220'].includes(agency)) d.fail(line, `${kind} ${code}: unknown agency ${agency}`);
  return { level, agency: agency as AgencyCode };
}

/** The plans named in a line's explanation, as 'plan' lines under it. */
function planLines(d: Doc, row: BudgetLine, exp: Explanation): BudgetLine[] {
  if (row.budget === null || row.change === null) return [];
  const figures = { budget: row.budget, change: row.change, itemCount: itemCount(exp) };
  return reconciledPlans(explainedPlans(exp), figures).map((p) => {
    const { table, kind, agency } = row;
    const plan = { id: planId(row.id, p.name), table, line: p.line, kind, agency, level: 'plan', name: p.name, parent: row.id } as const;
    return d.budgetLine({ ...plan, budget: p.budget, change: p.change, explanation: p.text });
  });
}

function expenditure(d: Doc): BudgetLine[] {
  const title = titleLine(d, EXPENDITURE_TABLE);
  const end = d.find((t) => /^(本頁空白|附\s*屬\s*表)$/.test(t), title, undefined, `the end of ${EXPENDITURE_TABLE}`);
  const out: BudgetLine[] = [];
  let top: BudgetLine | null = null;
  const open: Partial<Record<Level, BudgetLine>> = {};
  const parentLevel: Partial<Record<Level, Level>> = { function: 'agency', programme: 'function', workplan: 'programme' };
  for (const row of readRows(d, EXPENDITURE_TABLE, title + 1, end - 1)) {
    if (!row.code) d.fail(row.line, 'expenditure row without an account number');
    const { level, agency } = levelOf(d, 'expenditure', row.code, row.line);
    let parent: BudgetLine | null = null;
    if (agency === '62') parent = null;
    else if (level === 'agency') parent = top;
    else parent = open[parentLevel[level]!] ?? null;
    if (agency !== '62' && !parent) d.fail(row.line, `${row.code} has no parent line above it`);
    if (parent && parent.agency !== '62' && parent.agency !== agency) d.fail(row.line, `${row.code} is not under ${parent.code}`);
    if (level === 'workplan' && parent!.code!.slice(0, 8) !== row.code.slice(0, 8)) d.fail(row.line, `${row.code} is not under ${parent!.code}`);
    const exp = explanation(row.fragments);
    const id = `${d.id}:exp:${row.code}`;
    const rec = d.budgetLine({ ...row, id, table: EXPENDITURE_TABLE, kind: 'expenditure', agency, level, parent: parent?.id ?? null, explanation: exp.text });
    if (agency === '62') top = rec;
    else open[level] = rec;
    out.push(rec, ...planLines(d, rec, exp));
  }
  return out;
}

function revenueDetail(d: Doc): BudgetLine[] {
  const title = titleLine(d, DETAIL_TABLE);
  const end = titleLine(d, '歲出政事別預算表', title);
  const out: BudgetLine[] = [];
  const open: Partial<Record<Level, BudgetLine>> = {};
  const parentLevel: Partial<Record<Level, Level>> = { source: 'total', agency: 'source', programme: 'agency', workplan: 'programme' };
  for (const row of readRows(d, DETAIL_TABLE, title + 1, end - 1)) {
    const { level, agency } = row.code ? levelOf(d, 'revenue', row.code, row.line) : { level: 'total' as const, agency: '62' as const };
    const parent = parentLevel[level] ? open[parentLevel[level]!] : undefined;
    if (parentLevel[level] && !parent) d.fail(row.line, `${row.code} has no ${parentLevel[level]} above it`);
    if (parent?.code && row.code) {
      const shared = level === 'agency' ? 2 : level === 'programme' ? 6 : 8;
      if (parent.code.slice(0, shared) !== row.code.slice(0, shared)) d.fail(row.line, `${row.code} is not under ${parent.code}`);
    }
    const id = `${d.id}:rev:${row.code ?? 'total'}`;
    const explained = explanation(row.fragments).text;
    const rec = d.budgetLine({ ...row, id, table: DETAIL_TABLE, kind: 'revenue', agency, level, parent: parent?.id ?? null, explanation: explained });
    open[level] = rec;
    out.push(rec);
  }
  return out;
}

/** Ministry-level rows of 歲入來源別預算比較總表 with any nonzero figure (group rows `(3.…)` left out). */
function revenueSummary(d: Doc): BudgetLine[] {
  const title = titleLine(d, SUMMARY_TABLE);
  const end = d.find((t) => t === '數位發展部主管', title + 1, undefined, `the end of ${SUMMARY_TABLE}`);
  const out: BudgetLine[] = [];
  let total: BudgetLine | null = null;
  let source: BudgetLine | null = null;
  for (const { line, cells: cs } of d.rows(title + 1, end - 1, (c) => c.length >= 7 && c.slice(3, 7).every((x) => thousandsToTwd(x) !== null))) {
    const [budget, previousBudget, finalAccount, change] = cs.slice(3, 7).map((x) => thousandsToTwd(x)!);
    const name = joinCjk(cs[2]);
    if (name.startsWith('(')) continue;
    const level: Level = name === '合計' ? 'total' : /^\d+$/.test(cs[0]) ? 'source' : /^\d+$/.test(cs[1]) ? 'programme' : 'total';
    if (level === 'total' && name !== '合計') d.fail(line, `unplaced row ${name}`);
    const parent = level === 'total' ? null : level === 'source' ? (total?.id ?? null) : (source?.id ?? null);
    const amounts = { budget, previousBudget, finalAccount, change };
    const rec = d.budgetLine({ id: `${d.id}:rev-sum:${slug(name)}`, table: SUMMARY_TABLE, line, kind: 'revenue', agency: '62', level, name, parent, ...amounts });
    if (level === 'total') total = rec;
    if (level === 'source') source = rec;
    if ([budget, previousBudget, finalAccount, change].some((n) => n !== 0)) out.push(rec);
  }
  return out;
}

export function parseMinistryBudgetLines(d: Doc): BudgetLine[] {
  return [...expenditure(d), ...revenueDetail(d), ...revenueSummary(d)];
}
