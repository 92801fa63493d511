// A wide table read as rows of figures: its halves joined by order, each row aligned to the table's
// columns and checked against its own subtotal columns; rows named after agencies as facts.
import type { AgencyCode, Fact } from '../schema.js';
import { agencyOf, type DataRow } from './blocks.js';
import type { Doc } from './source.js';
import { accountCode } from './accounts.js';

export interface Column {
  key: string; // unique within the table; used in ids and sum rules
  category: string | null; // null: a column printed without a header (must hold only zeros; not emitted)
  nature: Fact['nature'];
  categoryCode: string | null;
}

/** A subtotal rule: the columns `parts` add up to the column `total`. */
export type SumRule = [parts: string[], total: string];

export interface Cell {
  column: Column;
  value: number;
  line: number;
}

export interface TableRow {
  left: DataRow; // the row as printed in the left half (name, codes)
  cells: Cell[];
  realigned: boolean; // the row printed fewer cells than columns and was aligned by its sums
}

function sumsHold(values: number[], columns: Column[], rules: SumRule[]): boolean {
  const at = (key: string): number => {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`sum rule names unknown column ${key}`);
    return values[i];
  };
  return rules.every(([parts, total]) => parts.reduce((s, k) => s + at(k), 0) === at(total));
}

/** Positions where `missing` blank cells can go among `length + missing` slots. */
function gaps(length: number, missing: number): number[][] {
  if (missing === 0) return [[]];
  const out: number[][] = [];
  for (const rest of gaps(length, missing - 1)) {
    const from = rest.length ? rest[rest.length - 1] + 1 : 0;
    for (let i = from; i < length + missing; i++) out.push([...rest, i]);
  }
  return out;
}

/**
 * The ways to read a half-row against its columns. A half printed with one or two cells too few
 * (the PDF dump drops a '-' now and then) is read by trying every place for the missing zeros and
 * keeping the placements under which its subtotals add up; distinct results are all returned.
 */
export function alignments(d: Doc, values: number[], columns: Column[], rules: SumRule[], where: string): number[][] {
  const missing = columns.length - values.length;
  if (missing < 0 || missing > 2) throw new Error(`${d.name}:${where}: ${values.length} figures for ${columns.length} columns`);
  const own = rules.filter(([parts, total]) => [...parts, total].every((k) => columns.some((c) => c.key === k)));
  const fits = gaps(values.length, missing)
    .map((at) => {
      const out = [...values];
      for (const i of at) out.splice(i, 0, 0);
      return out;
    })
    .filter((v) => sumsHold(v, columns, own));
  const distinct = new Map(fits.map((v) => [v.join(','), v]));
  if (distinct.size === 0) throw new Error(`${d.name}:${where}: figures do not add up to the subtotals`);
  return [...distinct.values()];
}

/** Rows named `parts` add up, column by column, to the row named `total` (names without spaces). */
export interface RowRule {
  total: string;
  parts: string[];
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]);
}

/**
 * Joins left and right halves (rows by order) and reads each row against the columns. `parse` turns a
 * printed cell into a value (千元 → NT$, or a head count). A row with cells missing that its own sums
 * cannot place is placed by `rowRule`: the agency rows must add up to the ministry row in every
 * column. Rows whose figures are all zero are dropped.
 */
export function tableRows(d: Doc, 
  halves: { rows: DataRow[]; columns: Column[] }[],
  rules: SumRule[],
  parse: (cell: string, line: number) => number,
  what: string,
  rowRule?: RowRule,
): TableRow[] {
  const first = halves[0].rows;
  for (const h of halves.slice(1)) d.pair(first, h.rows, what);
  const columns = halves.flatMap((h) => h.columns);
  const readings = first.map((_, i) => {
    const perHalf = halves.map((h) => {
      const row = h.rows[i];
      const values = row.cells.map((c) => parse(c, row.line));
      const ways = values.length === h.columns.length ? [values] : alignments(d, values, h.columns, rules, String(row.line));
      return ways.map((v) => ({ cells: v.map((value) => ({ value, line: row.line })), realigned: values.length !== h.columns.length }));
    });
    const ways = product(perHalf)
      .map((parts) => ({ cells: parts.flatMap((p) => p.cells), realigned: parts.some((p) => p.realigned) }))
      .filter((w) => sumsHold(w.cells.map((c) => c.value), columns, rules));
    if (ways.length === 0) throw new Error(`${d.name}:${halves.map((h) => h.rows[i].line).join('/')}: ${what}: figures do not add up`);
    return ways;
  });
  const chosen = readings.map((ways, i) => {
    if (ways.length === 1) return ways[0];
    const where = `${d.name}:${first[i].line}: ${what}`;
    if (!rowRule) throw new Error(`${where}: ${ways.length} ways to align the row`);
    const rowIndex = (name: string) => {
      const k = first.findIndex((r) => r.name === name);
      if (k < 0) throw new Error(`${where}: no row "${name}"`);
      if (k !== i && readings[k].length !== 1) throw new Error(`${where}: two rows to align at once`);
      return k;
    };
    const total = rowIndex(rowRule.total);
    const parts = rowRule.parts.map(rowIndex);
    const fit = ways.filter((w) => {
      const row = (k: number) => (k === i ? w : readings[k][0]).cells.map((c) => c.value);
      return columns.every((_, c) => parts.reduce((s, k) => s + row(k)[c], 0) === row(total)[c]);
    });
    if (fit.length !== 1) throw new Error(`${where}: ${fit.length} alignments fit the column totals`);
    return fit[0];
  });
  const out: TableRow[] = [];
  chosen.forEach((w, i) => {
    const cells = w.cells.map((c, k) => ({ column: columns[k], value: c.value, line: c.line }));
    for (const c of cells) {
      if (c.column.category === null && c.value !== 0) throw new Error(`${d.name}:${c.line}: ${what}: a figure in a column without a header`);
    }
    if (cells.some((c) => c.value !== 0)) out.push({ left: first[i], cells, realigned: w.realigned });
  });
  return out;
}

export function col(key: string, category: string | null, nature: Fact['nature'] = null, categoryCode: string | null = null): Column {
  return { key, category, nature, categoryCode };
}

/** Agency and account number of a row named after an agency (or 合計 / 數位發展部主管). */
export function agencyRow(d: Doc, name: string, line: number): { agency: AgencyCode; subjectCode: string | null } {
  const agency = agencyOf(name);
  if (!agency) throw new Error(`${d.name}:${line}: row "${name}" is not an agency`);
  return { agency, subjectCode: accountCode(d, agency, name) };
}

/** One fact per cell of rows named after agencies; the row name is the subject. */
export function agencyFacts(d: Doc, 
  rows: TableRow[],
  base: { family: Fact['family']; table: string; measure: string; unit: Fact['unit']; unitLabel?: string },
  subjectOf: (name: string) => string = (n) => n,
): Fact[] {
  const out: Fact[] = [];
  for (const r of rows) {
    const subject = subjectOf(r.left.name ?? '');
    const { agency, subjectCode } = agencyRow(d, subject, r.left.line);
    for (const c of r.cells) {
      if (c.column.category === null) continue;
      out.push(
        d.fact({
          idParts: [subject, c.column.key],
          ...base,
          line: c.line,
          agency,
          subject,
          subjectCode,
          category: c.column.category,
          categoryCode: c.column.categoryCode,
          nature: c.column.nature,
          value: c.value,
          ...(r.realigned ? { note: '本列原文少印一格，依小計、合計及各機關加總對齊欄位' } : {}),
        }),
      );
    }
  }
  return out;
}
