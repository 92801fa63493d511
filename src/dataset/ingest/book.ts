// A budget book (a ministry's 主管預算 or an agency's 單位預算): its budget lines and the facts of
// every standard table it prints.
//
// A ministry book prints its budget lines in coded tables: rows with an account number, four amount
// columns and a 說明 cell, plus the explanation fragments that run onto the following lines and
// pages. 歲出機關別預算表 (agency → function → programme → work plan, with 說明 and the plans named
// in it), 歲入來源別預算表 (source → agency → item) and the ministry totals of 歲入來源別預算比較總表.
// A unit budget's lines are read in unit-lines.ts, with the coded rows read here.
import type { AgencyCode, BudgetLine } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import { agencies, type Doc, filled, isFurniture, isNumberCell } from './source.js';
import { joinCjk, plainText, slug, thousandsToTwd } from './text.js';
import { explanation, reconciledPlans, type Fragment, type PlanItem } from './explained-plans.js';
import { bookFacts } from './tables.js';
import { tableSpan } from './openings.js';
import { AGENCY_TABLE, unitBudgetLines } from './unit-lines.js';

const DETAIL_TABLE = '歲入來源別預算表';
const SUMMARY_TABLE = '歲入來源別預算比較總表';

/** Budget lines: a ministry book prints them in its coded tables; a unit budget by programme. */
export function parseBudgetBook(d: Doc): ParserOutput {
  const lines = d.kind === 'ministry-budget' ? parseMinistryBudgetLines(d) : unitBudgetLines(d);
  return { budget_lines: d.unique(lines, 'budget line'), facts: bookFacts(d) };
}

/** A row of a coded table: its account number as printed (null for the 合計 row), its four amounts and its 說明. */
export type TableRow = Pick<BudgetLine, 'line' | 'code' | 'name'> & Record<'budget' | 'previousBudget' | 'finalAccount' | 'change', number> & { fragments: Fragment[] };

const CODE_CELL = /^(\d{9,10})\s+(\S.*)$/;
const TOTAL_CELL = /^合\s*計$/;
/** A change cell fused with the start of the explanation: `-仍照上年度預算數編列。` */
const FUSED_CHANGE = /^(-?\d[\d,]*|-)([^\d,].*)$/;
/** Where a row's own explanation starts in a ministry book: `1. 本年度預算數…` */
const OWN_START = /(<p>\s*)?1\.\s*本年度預算數/;

/**
 * Rows of a coded table. A line without an account number carries explanation text of the row
 * above it; a row's 說明 cell that starts with the tail of the previous row's explanation (the
 * page broke inside it) gives that tail back: its own explanation opens at `own`.
 */
export function readRows(d: Doc, table: string, own = OWN_START): TableRow[] {
  const [title, end] = tableSpan(d, table);
  const rows: TableRow[] = [];
  for (let n = title + 1; n <= end; n++) {
    const text = d.text(n).trim();
    if (!text) continue;
    const cs = d.cells(n);
    if (cs.length === 1 && !isFurniture(text, table)) d.fail(n, `unexpected text inside the table: ${text.slice(0, 40)}`);
    // page furniture, or a header line: short labels without figures
    if (cs.length === 1 || filled(cs).every((c) => c.length <= 12 && !/\d/.test(c))) continue;
    const k = cs.findIndex((c) => CODE_CELL.test(c) || TOTAL_CELL.test(c));
    if (k < 0) {
      const frag = cs.filter((c) => c && !/^\d{1,3}$/.test(c)).join(' ');
      if (frag && filled(cs).every(isNumberCell)) d.fail(n, `figures without an account number: ${frag}`);
      const last = rows.at(-1) ?? d.fail(n, 'explanation before any row');
      if (frag) last.fragments.push({ line: n, raw: frag });
      continue;
    }
    const m = CODE_CELL.exec(cs[k]);
    const [b, p, f, c] = cs.slice(k + 1, k + 5);
    const [change, fused] = thousandsToTwd(c ?? '') !== null ? [c, ''] : (FUSED_CHANGE.exec(c ?? '') ?? d.fail(n, `no change cell: ${c ?? ''}`)).slice(1);
    let raw = [fused, ...cs.slice(k + 5)].filter(Boolean).join(' ');
    const start = own.exec(raw);
    if (start && start.index > 0) {
      const tail = raw.slice(0, start.index);
      const prev = rows.at(-1);
      if (prev && plainText(tail)) prev.fragments.push({ line: n, raw: tail });
      raw = raw.slice(start.index);
    }
    rows.push({
      line: n,
      code: m ? m[1] : null,
      name: joinCjk(m ? m[2] : cs[k]),
      budget: d.twd(b, n),
      previousBudget: d.twd(p, n),
      finalAccount: d.twd(f, n),
      change: d.twd(change, n),
      fragments: raw ? [{ line: n, raw }] : [],
    });
  }
  return rows;
}

type Level = BudgetLine['level'];

/**
 * Levels of account numbers, the first heading the table: expenditure 0062000000, then 00 AAAA 0000,
 * 5F AAAA PP NN (F the function); revenue the total (no number), then SS AAAA PP NN (or SS AAAA PP N
 * when 9 digits). A line is under the nearest line of the level before its own, and shares with its
 * number the digits `shared` names (agency, programme or work plan). A unit budget's table opens at
 * its agency's line.
 */
const LEVELS: Record<BudgetLine['kind'], [RegExp, Level, shared?: [number, number]][]> = {
  expenditure: [
    [/^0062000000$/, 'agency'],
    [/^00\d{4}0000$/, 'agency'],
    [/^5\d{5}0000$/, 'function', [2, 6]],
    [/^5\d{7}00$/, 'programme', [2, 6]],
    [/^5\d{9}$/, 'workplan', [2, 8]],
  ],
  revenue: [
    [/^$/, 'total'],
    [/^\d{2}0+$/, 'source'],
    [/^\d{6}0+$/, 'agency', [0, 2]],
    [/^\d{8}0+$/, 'programme', [0, 6]],
    [/^\d+$/, 'workplan', [0, 8]],
  ],
};

/** A plan a line's explanation names, as a 'plan' line under it. */
export function planLine(d: Doc, parent: BudgetLine, p: PlanItem & { change?: number | null }): BudgetLine {
  const { table, kind, agency } = parent;
  const plan = { id: `${parent.id}:plan:${slug(p.name)}`, table, line: p.line, kind, agency, level: 'plan', name: p.name, parent: parent.id } as const;
  return d.budgetLine({ ...plan, budget: p.budget, change: p.change, explanation: p.text });
}

/** The budget lines of a coded table's rows (and, under an expenditure line, the plans it names). */
export function codedLines(d: Doc, kind: BudgetLine['kind'], table: string, rows = readRows(d, table)): BudgetLine[] {
  const open: BudgetLine[] = [];
  return rows.flatMap((row, i) => {
    const code = row.code ?? '';
    const rank = LEVELS[kind].findIndex(([re]) => re.test(code));
    if (rank < 0) d.fail(row.line, `${kind} "${code}": unknown account number`);
    const [, level, shared] = LEVELS[kind][rank];
    // the ministry line and the revenue sources are 62's
    const agency = (rank === 0 || level === 'source' ? '62' : code.slice(2, 6)) as AgencyCode;
    if (!agencies().some((a) => a.code === agency)) d.fail(row.line, `${kind} ${code}: unknown agency ${agency}`);
    // the table's first line heads it, whatever its level
    const parent = rank === 0 || i === 0 ? null : (open[rank - 1] ?? d.fail(row.line, `${code} has no ${LEVELS[kind][rank - 1][1]} line above it`));
    if (shared && parent && parent.code!.slice(...shared) !== code.slice(...shared)) d.fail(row.line, `${code} is not under ${parent.code}`);
    const exp = explanation(row.fragments);
    const id = `${d.id}:${kind === 'expenditure' ? 'exp' : 'rev'}:${row.code ?? 'total'}`;
    const rec = d.budgetLine({ ...row, id, table, kind, agency, level, parent: parent?.id ?? null, explanation: exp.text });
    open.length = rank;
    open[rank] = rec;
    return [rec, ...(kind === 'expenditure' ? reconciledPlans(exp, row).map((p) => planLine(d, rec, p)) : [])];
  });
}

/** Ministry-level rows of 歲入來源別預算比較總表 with any nonzero figure (group rows `(3.…)` left out). */
function revenueSummary(d: Doc): BudgetLine[] {
  const [title, end] = tableSpan(d, SUMMARY_TABLE);
  const open: Partial<Record<Level, BudgetLine>> = {};
  return d.rows(title + 1, end, (c) => c.length >= 7 && c.slice(3, 7).every((x) => thousandsToTwd(x) !== null)).flatMap(({ line, cells: cs }) => {
    const [budget, previousBudget, finalAccount, change] = cs.slice(3, 7).map((x) => thousandsToTwd(x)!);
    const name = joinCjk(cs[2]);
    if (name.startsWith('(')) return [];
    const level: Level = name === '合計' ? 'total' : /^\d+$/.test(cs[0]) ? 'source' : /^\d+$/.test(cs[1]) ? 'programme' : 'total';
    if (level === 'total' && name !== '合計') d.fail(line, `unplaced row ${name}`);
    const parent = level === 'total' ? null : (open[level === 'source' ? 'total' : 'source']?.id ?? null);
    const amounts = { budget, previousBudget, finalAccount, change };
    const rec = d.budgetLine({ id: `${d.id}:rev-sum:${slug(name)}`, table: SUMMARY_TABLE, line, kind: 'revenue', agency: '62', level, name, parent, ...amounts });
    open[level] = rec;
    return [budget, previousBudget, finalAccount, change].some((n) => n !== 0) ? [rec] : [];
  });
}

export function parseMinistryBudgetLines(d: Doc): BudgetLine[] {
  return [...codedLines(d, 'expenditure', AGENCY_TABLE), ...codedLines(d, 'revenue', DETAIL_TABLE), ...revenueSummary(d)];
}
