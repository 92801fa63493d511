// Revenue of a ministry budget book: 歲入來源別預算表 (by source, agency, item) and the
// ministry-level totals of 歲入來源別預算比較總表.
import type { AgencyCode, BudgetLine } from '../schema.js';
import { cells, joinCjk, slug, thousandsToTwd } from './text.js';
import { explanation, findLine, findTitle, readRows, tableYear } from './coded-rows.js';

const DETAIL_TABLE = '歲入來源別預算表';
const SUMMARY_TABLE = '歲入來源別預算比較總表';

type Level = BudgetLine['level'];

/** Level and agency of a revenue account number: SS AAAA PP NN (or SS AAAA PP N when 9 digits). */
function revenueLevel(code: string): { level: Level; agency: AgencyCode } {
  const agency = code.slice(2, 6);
  if (/^0+$/.test(code.slice(2))) return { level: 'source', agency: '62' };
  if (!['6201', '6210', '6220'].includes(agency)) throw new Error(`revenue ${code}: unknown agency ${agency}`);
  const a = agency as AgencyCode;
  if (/^0+$/.test(code.slice(6))) return { level: 'agency', agency: a };
  if (/^0+$/.test(code.slice(8))) return { level: 'programme', agency: a };
  return { level: 'workplan', agency: a };
}

export function revenueDetail(docId: string, doc: string, lines: string[]): BudgetLine[] {
  const title = findTitle(lines, DETAIL_TABLE);
  const end = findTitle(lines, '歲出政事別預算表', title);
  const year = tableYear(lines, title);
  const out: BudgetLine[] = [];
  const open: Partial<Record<Level, BudgetLine>> = {};
  for (const row of readRows(lines, title + 1, end)) {
    const { level, agency } = row.code ? revenueLevel(row.code) : { level: 'total' as const, agency: '62' as const };
    const parentLevel: Partial<Record<Level, Level>> = { source: 'total', agency: 'source', programme: 'agency', workplan: 'programme' };
    const parent = parentLevel[level] ? open[parentLevel[level]!] : undefined;
    if (parentLevel[level] && !parent) throw new Error(`line ${row.line}: ${row.code} has no ${parentLevel[level]} above it`);
    if (parent?.code && row.code) {
      const shared = level === 'agency' ? 2 : level === 'programme' ? 6 : 8;
      if (parent.code.slice(0, shared) !== row.code.slice(0, shared)) throw new Error(`line ${row.line}: ${row.code} is not under ${parent.code}`);
    }
    const exp = explanation(row.fragments).text;
    const rec: BudgetLine = {
      id: row.code ? `${docId}:rev:${row.code}` : `${docId}:rev:total`,
      doc, table: DETAIL_TABLE, line: row.line, kind: 'revenue', year, agency, code: row.code, level,
      name: row.name, parent: parent?.id ?? null,
      budget: row.budget, previousBudget: row.previousBudget, finalAccount: row.finalAccount, change: row.change,
      ...(exp ? { explanation: exp } : {}),
    };
    open[level] = rec;
    out.push(rec);
  }
  return out;
}

/** Ministry-level rows of 歲入來源別預算比較總表 with any nonzero figure (group rows `(3.…)` left out). */
export function revenueSummary(docId: string, doc: string, lines: string[]): BudgetLine[] {
  const title = findTitle(lines, SUMMARY_TABLE);
  const end = findLine(lines, /^\*\*/, title + 1);
  const year = tableYear(lines, title);
  const out: BudgetLine[] = [];
  let total: BudgetLine | null = null;
  let source: BudgetLine | null = null;
  for (let i = title + 1; i < end; i++) {
    const cs = cells(lines[i]);
    if (cs.length < 7) continue;
    const nums = cs.slice(3, 7).map(thousandsToTwd);
    if (nums.some((n) => n === null)) continue;
    const name = joinCjk(cs[2]);
    if (name.startsWith('(')) continue;
    const level: Level = name === '合計' ? 'total' : /^\d+$/.test(cs[0]) ? 'source' : /^\d+$/.test(cs[1]) ? 'programme' : 'total';
    if (level === 'total' && name !== '合計') throw new Error(`line ${i + 1}: unplaced row ${name}`);
    const [budget, previousBudget, finalAccount, change] = nums as number[];
    const rec: BudgetLine = {
      id: `${docId}:rev-sum:${slug(name)}`,
      doc, table: SUMMARY_TABLE, line: i + 1, kind: 'revenue', year, agency: '62', code: null, level, name,
      parent: level === 'total' ? null : level === 'source' ? (total?.id ?? null) : (source?.id ?? null),
      budget, previousBudget, finalAccount, change,
    };
    if (level === 'total') total = rec;
    if (level === 'source') source = rec;
    if (nums.some((n) => n !== 0)) out.push(rec);
  }
  return out;
}
