// Budget lines of a ministry-level budget book (主管預算):
// 歲出機關別預算表 (agency → function → programme → work plan, with 說明 and the plans named in it),
// 歲入來源別預算表 and the ministry totals of 歲入來源別預算比較總表.
import type { AgencyCode, BudgetLine } from '../schema.js';
import type { Doc } from './source.js';
import { explanation, findLine, findTitle, readRows, tableYear } from './coded-rows.js';
import { explainedPlans, itemCount, planId, reconciledPlans } from './explained-plans.js';
import { revenueDetail, revenueSummary } from './revenue-lines.js';

const EXPENDITURE_TABLE = '歲出機關別預算表';

type Level = BudgetLine['level'];

/** Level and agency of an expenditure account number (00 AAAA 0000, 52 AAAA PP NN). */
function expenditureLevel(code: string): { level: Level; agency: AgencyCode } {
  if (code === '0062000000') return { level: 'agency', agency: '62' };
  const agency = code.slice(2, 6);
  if (!['6201', '6210', '6220'].includes(agency)) throw new Error(`expenditure ${code}: unknown agency ${agency}`);
  const a = agency as AgencyCode;
  if (/^00\d{4}0000$/.test(code)) return { level: 'agency', agency: a };
  if (/^52\d{4}0000$/.test(code)) return { level: 'function', agency: a };
  if (/^52\d{6}00$/.test(code)) return { level: 'programme', agency: a };
  if (/^52\d{8}$/.test(code)) return { level: 'workplan', agency: a };
  throw new Error(`expenditure ${code}: unknown account number`);
}

/** The plans named in a line's explanation, as 'plan' lines under it. */
function planLines(row: BudgetLine, exp: ReturnType<typeof explanation>): BudgetLine[] {
  if (row.budget === null || row.change === null) return [];
  const figures = { budget: row.budget, change: row.change, itemCount: itemCount(exp) };
  return reconciledPlans(explainedPlans(exp), figures).map((p) => ({
    id: planId(row.id, p.name),
    doc: row.doc, table: row.table, line: p.line, kind: row.kind, year: row.year, agency: row.agency,
    code: null, level: 'plan', name: p.name, parent: row.id,
    budget: p.budget, previousBudget: null, finalAccount: null, change: p.change,
    explanation: p.text,
  }));
}

function expenditure(d: Doc): BudgetLine[] {
  const lines = d.lines;
  const title = findTitle(lines, EXPENDITURE_TABLE);
  const end = findLine(lines, /^(本頁空白|附\s*屬\s*表)$/, title);
  const year = tableYear(lines, title);
  const out: BudgetLine[] = [];
  let top: BudgetLine | null = null;
  const open: Partial<Record<Level, BudgetLine>> = {};
  const parentLevel: Partial<Record<Level, Level>> = { function: 'agency', programme: 'function', workplan: 'programme' };
  for (const row of readRows(lines, title + 1, end)) {
    if (!row.code) throw new Error(`line ${row.line}: expenditure row without an account number`);
    const { level, agency } = expenditureLevel(row.code);
    let parent: BudgetLine | null = null;
    if (agency === '62') parent = null;
    else if (level === 'agency') parent = top;
    else parent = open[parentLevel[level]!] ?? null;
    if (agency !== '62' && !parent) throw new Error(`line ${row.line}: ${row.code} has no parent line above it`);
    if (parent && parent.agency !== '62' && parent.agency !== agency) throw new Error(`line ${row.line}: ${row.code} is not under ${parent.code}`);
    if (level === 'workplan' && parent!.code!.slice(0, 8) !== row.code.slice(0, 8)) throw new Error(`line ${row.line}: ${row.code} is not under ${parent!.code}`);
    const exp = explanation(row.fragments);
    const rec: BudgetLine = {
      id: `${d.id}:exp:${row.code}`,
      doc: d.name, table: EXPENDITURE_TABLE, line: row.line, kind: 'expenditure', year, agency, code: row.code, level,
      name: row.name, parent: parent?.id ?? null,
      budget: row.budget, previousBudget: row.previousBudget, finalAccount: row.finalAccount, change: row.change,
      ...(exp.text ? { explanation: exp.text } : {}),
    };
    if (agency === '62') top = rec;
    else open[level] = rec;
    out.push(rec, ...planLines(rec, exp));
  }
  return out;
}

export function parseMinistryBudgetLines(d: Doc): BudgetLine[] {
  return [...expenditure(d), ...revenueDetail(d.id, d.name, d.lines), ...revenueSummary(d.id, d.name, d.lines)];
}
