// Budget lines of a ministry-level budget book (主管預算), read from its coded tables: rows with an
// account number, four amount columns and a 說明 cell, plus the explanation fragments that run onto
// the following lines and pages. 歲出機關別預算表 (agency → function → programme → work plan, with
// 說明 and the plans named in it), 歲入來源別預算表 (source → agency → item) and the ministry totals
// of 歲入來源別預算比較總表.
import type { AgencyCode, BudgetLine } from '../schema.js';
import { AGENCY_NAMES, type Doc, isFurniture } from './source.js';
import { joinCjk, plainText, slug, thousandsToTwd } from './text.js';
import { explainedPlans, explanation, itemCount, planId, reconciledPlans, type Explanation, type Fragment } from './explained-plans.js';

const EXPENDITURE_TABLE = '歲出機關別預算表';
const DETAIL_TABLE = '歲入來源別預算表';
const SUMMARY_TABLE = '歲入來源別預算比較總表';

export interface TableRow {
  line: number;
  /** account number as printed, null for the 合計 row */
  code: string | null;
  name: string;
  budget: number;
  previousBudget: number;
  finalAccount: number;
  change: number;
  fragments: Fragment[];
}

/** The line of a table's running title (with or without 數位發展部主管 before it), not a contents entry. */
export function titleLine(d: Doc, title: string, from = 1): number {
  return d.find((t) => new RegExp(`^(數位發展部主管\\s*)?${title}$`).test(t), from, undefined, title);
}

const CODE_CELL = /^(\d{9,10})\s+(\S.*)$/;
const TOTAL_CELL = /^合\s*計$/;
/** A change cell fused with the start of the explanation: `-仍照上年度預算數編列。` */
const FUSED_CHANGE = /^(-?\d[\d,]*|-)([^\d,].*)$/;
/** Where a row's own explanation starts in a ministry book: `1. 本年度預算數…` */
const OWN_START = /(<p>\s*)?1\.\s*本年度預算數/;

function isHeader(cs: string[]): boolean {
  const filled = cs.filter(Boolean);
  return filled.length > 0 && filled.every((c) => c.length <= 12 && !/\d/.test(c));
}

/**
 * Rows of a coded table between two lines. A line without an account number carries explanation
 * text of the row above it; a row's 說明 cell that starts with the tail of the previous row's
 * explanation (the page broke inside it) gives that tail back: its own explanation opens at `own`.
 */
export function readRows(d: Doc, title: string, from: number, to: number, own = OWN_START): TableRow[] {
  const rows: TableRow[] = [];
  for (let n = from; n <= to; n++) {
    const text = d.text(n).trim();
    if (!text) continue;
    const cs = d.cells(n);
    if (cs.length === 1) {
      if (isFurniture(text, title)) continue;
      d.fail(n, `unexpected text inside the table: ${text.slice(0, 40)}`);
    }
    if (isHeader(cs)) continue;
    const k = cs.findIndex((c) => CODE_CELL.test(c) || TOTAL_CELL.test(c));
    if (k < 0) {
      const frag = cs.filter((c) => c && !/^\d{1,3}$/.test(c)).join(' ');
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
 * 52 AAAA PP NN; revenue the total (no number), then SS AAAA PP NN (or SS AAAA PP N when 9 digits).
 * A line is under the nearest line of the level before its own, and shares with its number the
 * digits `shared` names (agency, programme or work plan).
 */
const LEVELS: Record<BudgetLine['kind'], [RegExp, Level, shared?: [number, number]][]> = {
  expenditure: [
    [/^0062000000$/, 'agency'],
    [/^00\d{4}0000$/, 'agency'],
    [/^52\d{4}0000$/, 'function', [2, 6]],
    [/^52\d{6}00$/, 'programme', [2, 6]],
    [/^52\d{8}$/, 'workplan', [2, 8]],
  ],
  revenue: [
    [/^$/, 'total'],
    [/^\d{2}0+$/, 'source'],
    [/^\d{6}0+$/, 'agency', [0, 2]],
    [/^\d{8}0+$/, 'programme', [0, 6]],
    [/^\d+$/, 'workplan', [0, 8]],
  ],
};

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

/** The budget lines of a coded table between two lines (and, under an expenditure line, the plans it names). */
function codedLines(d: Doc, kind: BudgetLine['kind'], table: string, from: number, to: number): BudgetLine[] {
  const open: BudgetLine[] = [];
  return readRows(d, table, from, to).flatMap((row) => {
    const code = row.code ?? '';
    const rank = LEVELS[kind].findIndex(([re]) => re.test(code));
    if (rank < 0) d.fail(row.line, `${kind} "${code}": unknown account number`);
    const [, level, shared] = LEVELS[kind][rank];
    // the ministry line and the revenue sources are 62's
    const agency = (rank === 0 || level === 'source' ? '62' : code.slice(2, 6)) as AgencyCode;
    if (!AGENCY_NAMES[agency]) d.fail(row.line, `${kind} ${code}: unknown agency ${agency}`);
    const parent = rank === 0 ? null : (open[rank - 1] ?? d.fail(row.line, `${code} has no ${LEVELS[kind][rank - 1][1]} line above it`));
    if (shared && parent!.code!.slice(...shared) !== code.slice(...shared)) d.fail(row.line, `${code} is not under ${parent!.code}`);
    const exp = explanation(row.fragments);
    const id = `${d.id}:${kind === 'expenditure' ? 'exp' : 'rev'}:${row.code ?? 'total'}`;
    const rec = d.budgetLine({ ...row, id, table, kind, agency, level, parent: parent?.id ?? null, explanation: exp.text });
    open.splice(rank, open.length, rec);
    return [rec, ...(kind === 'expenditure' ? planLines(d, rec, exp) : [])];
  });
}

/** Ministry-level rows of 歲入來源別預算比較總表 with any nonzero figure (group rows `(3.…)` left out). */
function revenueSummary(d: Doc): BudgetLine[] {
  const title = titleLine(d, SUMMARY_TABLE);
  const end = d.find((t) => t === '數位發展部主管', title + 1, undefined, `the end of ${SUMMARY_TABLE}`);
  const out: BudgetLine[] = [];
  const open: Partial<Record<Level, BudgetLine>> = {};
  for (const { line, cells: cs } of d.rows(title + 1, end - 1, (c) => c.length >= 7 && c.slice(3, 7).every((x) => thousandsToTwd(x) !== null))) {
    const [budget, previousBudget, finalAccount, change] = cs.slice(3, 7).map((x) => thousandsToTwd(x)!);
    const name = joinCjk(cs[2]);
    if (name.startsWith('(')) continue;
    const level: Level = name === '合計' ? 'total' : /^\d+$/.test(cs[0]) ? 'source' : /^\d+$/.test(cs[1]) ? 'programme' : 'total';
    if (level === 'total' && name !== '合計') d.fail(line, `unplaced row ${name}`);
    const parent = level === 'total' ? null : (open[level === 'source' ? 'total' : 'source']?.id ?? null);
    const amounts = { budget, previousBudget, finalAccount, change };
    const rec = d.budgetLine({ id: `${d.id}:rev-sum:${slug(name)}`, table: SUMMARY_TABLE, line, kind: 'revenue', agency: '62', level, name, parent, ...amounts });
    open[level] = rec;
    if ([budget, previousBudget, finalAccount, change].some((n) => n !== 0)) out.push(rec);
  }
  return out;
}

export function parseMinistryBudgetLines(d: Doc): BudgetLine[] {
  const expenditure = titleLine(d, EXPENDITURE_TABLE);
  const end = d.find((t) => /^(本頁空白|附\s*屬\s*表)$/.test(t), expenditure, undefined, `the end of ${EXPENDITURE_TABLE}`);
  const revenue = titleLine(d, DETAIL_TABLE);
  return [
    ...codedLines(d, 'expenditure', EXPENDITURE_TABLE, expenditure + 1, end - 1),
    ...codedLines(d, 'revenue', DETAIL_TABLE, revenue + 1, titleLine(d, '歲出政事別預算表', revenue) - 1),
    ...revenueSummary(d),
  ];
}
