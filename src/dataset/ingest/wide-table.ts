// Wide tables printed as half-pages ("blocks"): header lines (running title, unit, column labels),
// then figure rows. Blank lines carry no meaning: a block ends where text follows its figure rows.
// A table is found by its title and the labels each half's header prints, wherever it is printed;
// its halves are joined by order, each row aligned to the table's columns and checked against its
// own subtotal columns, and named after the agency, account or function it prints.
import type { AgencyCode, Fact } from '../schema.js';
import { accountCode, splitAccount } from './accounts.js';
import { agencies, compact, isFurniture, isNumberCell, type Doc, type Measure, type Row } from './source.js';
import { cells } from './text.js';

/**
 * A figure row: its printed name, spaces removed (absent in right halves; code cells 款, 項, 目, 節 may
 * precede it), and its figure cells as printed, empty cells dropped.
 */
type DataRow = Row & { name: string | null };

/** Reads a line as a figure row, or null when it holds no figures (a header or title line). */
function dataRow(text: string, line: number): DataRow | null {
  const cs = cells(text).filter((c) => c !== '');
  const nameAt = cs.map(isNumberCell).lastIndexOf(false);
  const figures = cs.slice(nameAt + 1);
  if (figures.length === 0) return null;
  if (!cs.slice(0, Math.max(nameAt, 0)).every(isNumberCell)) return null; // text on both sides of a figure: not a table row
  return { line, name: nameAt >= 0 ? compact(cs[nameAt]) : null, cells: figures };
}

/** A half-page of a table: header lines then figure rows. */
type Block = { head: number[]; rows: DataRow[] };

/** The blocks of a document, in printed order. */
function blocks(d: Doc): Block[] {
  return d.memo('blocks', () => {
    const out: Block[] = [];
    d.lines.forEach((text, i) => {
      if (text.trim() === '') return;
      const row = dataRow(text, i + 1);
      if (!out.length || (!row && out[out.length - 1].rows.length)) out.push({ head: [], rows: [] });
      if (row) out[out.length - 1].rows.push(row);
      else out[out.length - 1].head.push(i + 1);
    });
    return out.filter((b) => b.rows.length);
  });
}

/**
 * The blocks of a table: the first block whose header prints the first half's labels and, after it,
 * one block per further half, each with its labels. The pages must print the title, or a piece of
 * it where the title is split across the two halves of a page: a line without cells that is not
 * page furniture (running heads, dates, units).
 */
function findTable(d: Doc, title: string, halves: string[][]): Block[] | null {
  const all = blocks(d);
  const header = (b: Block) => b.head.map((n) => compact(d.text(n).replace(/\*/g, ''))).join('');
  const titled = (b: Block) => b.head.map((n) => d.text(n)).some((t) => !t.includes('\t') && !isFurniture(t) && isFurniture(t, title));
  for (let i = 0; i + halves.length <= all.length; i++) {
    const run = all.slice(i, i + halves.length);
    if (run.every((b, k) => halves[k].every((l) => header(b).includes(compact(l)))) && run.some(titled)) return run;
  }
  return null;
}

/**
 * A column: its key (unique within the table; used in ids and sum rules) and what its facts are of;
 * category null: a column printed without a header (must hold only zeros; not emitted).
 */
export type WideColumn = Pick<Fact, 'category' | 'nature' | 'categoryCode'> & { key: string };

export function col(key: string, category: string | null = key, nature: Fact['nature'] = null, categoryCode: string | null = null): WideColumn {
  return { key, category, nature, categoryCode };
}

/** A subtotal rule: the columns `parts` (or the columns of a nature with a header, but for the total) add up to the column `total`. */
export type SumRule = [parts: string[] | 'current' | 'capital', total: string];

/** A half of a table: the labels its header prints (the first to find it, `also` checked after), its columns. */
export interface WideHalf {
  labels: string[];
  also?: string[];
  columns: WideColumn[];
}

/** A printing of a table: its halves, and the subtotals among their columns. */
export interface Layout {
  halves: WideHalf[];
  sums: SumRule[];
}

/** A table type printed in halves: what its figures measure, how its rows are named. */
export interface WideTable extends Layout {
  /** the title, or the title in each kind of book that prints the table */
  title: string | Record<string, string>;
  /** another printing of the table, read where this one is not found */
  alternative?: Layout;
  measure: Measure & { family: Fact['family'] };
  /** rows name an agency or an account (number printed or looked up), or a function (職能別: "01一般公共事務") */
  rows: 'account' | 'function';
  /** id parts of a cell's fact, when not [subject, column key] */
  ids?: (d: Doc, r: Omit<WideRow, 'cells'>, c: WideColumn) => string[];
}

/** A row of a table: what it names, where, and its cells. */
export type WideRow = Pick<Fact, 'subject' | 'subjectCode' | 'line' | 'note'> & { agency: AgencyCode; cells: { column: WideColumn; value: number; line: number }[] };

/**
 * The ways to read a half-row against its columns. A half printed with one or two cells too few
 * (the PDF dump drops a '-' now and then) is read with the missing zeros in every place.
 */
function placements(values: number[], columns: number, where: string): number[][] {
  const missing = columns - values.length;
  if (missing < 0 || missing > 2) throw new Error(`${where}: ${values.length} figures for ${columns} columns`);
  if (missing === 0) return [values];
  return values.concat(0).flatMap((_, i) => placements([...values.slice(0, i), 0, ...values.slice(i)], columns, where));
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]);
}

/** A row read against the columns: its cells, and whether it printed fewer cells than columns and was aligned by its sums. */
type Reading = { left: DataRow; cells: WideRow['cells']; realigned: boolean };

/**
 * Joins the blocks of a layout's halves (rows by order) and reads each row against the columns, its
 * cells as the table's measure counts (千元 → NT$, or a head count). A row with cells missing is read
 * in the places for them under which the subtotals add up; one that its own sums cannot place is
 * placed by the agency rows of a ministry book, which add up to its ministry row in every column.
 * Rows whose figures are all zero are dropped.
 */
function tableRows(d: Doc, t: WideTable, layout: Layout, blocks: Block[], what: string): Reading[] {
  const halves = blocks.map((b, i) => ({ rows: b.rows, columns: layout.halves[i].columns }));
  const parse = t.measure.unit === 'TWD' ? d.twd : d.num;
  const first = halves[0].rows;
  for (const h of halves.slice(1)) d.pair(first, h.rows, what);
  const columns = halves.flatMap((h) => h.columns);
  const index = (key: string) => {
    const k = columns.findIndex((c) => c.key === key);
    return k >= 0 ? k : d.fail('-', `${what}: sum rule names unknown column ${key}`);
  };
  const sums = layout.sums.map(([parts, total]) => {
    const keys = typeof parts === 'string' ? columns.filter((c) => c.nature === parts && c.category !== null && c.key !== total).map((c) => c.key) : parts;
    return [keys.map(index), index(total)] as const;
  });
  const readings = first.map((_, i) => {
    const where = `${d.name}:${halves.map((h) => h.rows[i].line).join('/')}: ${what}`;
    const perHalf = halves.map(({ rows, columns }) => placements(rows[i].cells.map((c) => parse(c, rows[i].line)), columns.length, where));
    const ways = product(perHalf).map((parts) => parts.flat()).filter((v) => sums.every(([addends, sum]) => addends.reduce((s, k) => s + v[k], 0) === v[sum]));
    if (ways.length === 0) throw new Error(`${where}: figures do not add up`);
    return [...new Map(ways.map((v) => [v.join(','), v])).values()];
  });
  const chosen = readings.map((ways, i) => {
    if (ways.length === 1) return ways[0];
    const rowIndex = (name: string) => {
      const k = first.findIndex((r) => r.name === name);
      if (k < 0) d.fail(first[i].line, `${what}: ${ways.length} ways to align the row, and no row "${name}" to align it by`);
      if (k !== i && readings[k].length !== 1) d.fail(first[i].line, `${what}: two rows to align at once`);
      return k;
    };
    const [total, ...parts] = agencies().map((a) => rowIndex(a.name)); // the ministry as a whole, then its agencies
    const fit = ways.filter((w) => {
      const row = (k: number) => (k === i ? w : readings[k][0]);
      return columns.every((_, c) => parts.reduce((s, k) => s + row(k)[c], 0) === row(total)[c]);
    });
    if (fit.length !== 1) d.fail(first[i].line, `${what}: ${fit.length} alignments fit the column totals`);
    return fit[0];
  });
  return chosen.flatMap((values, i) => {
    const lines = halves.flatMap((h) => h.columns.map(() => h.rows[i].line));
    const cells = values.map((value, k) => ({ column: columns[k], value, line: lines[k] }));
    for (const c of cells) if (c.column.category === null && c.value !== 0) d.fail(c.line, `${what}: a figure in a column without a header`);
    const realigned = halves.some((h) => h.rows[i].cells.length !== h.columns.length);
    return cells.some((c) => c.value !== 0) ? [{ left: first[i], cells, realigned }] : [];
  });
}

/** Rows naming an agency or account, each under the agency row above it (a ministry row and totals are 62). */
function accountRows(d: Doc, table: string, readings: Reading[]): WideRow[] {
  let agency: AgencyCode | null = null;
  return readings.map(({ left, cells, realigned }) => {
    const raw = d.cells(left.line).find((c) => c !== '' && compact(c) === left.name);
    const split = splitAccount(d, raw ?? '', left.line);
    // agency rows may be numbered: "1. 數位產業署"
    const name = split.name.replace(/^\d+\./, '');
    if (!name) d.fail(left.line, `${table}: row without a name`);
    agency = (['合計', '總計'].includes(name) ? '62' : agencies().find((a) => a.name === name)?.code) ?? agency;
    if (!agency) d.fail(left.line, `${table}: "${name}" before any agency row`);
    const subjectCode = split.code ?? accountCode(d, agency, name);
    if (!subjectCode && !['合計', '總計'].includes(name)) d.fail(left.line, `${table}: no account number for "${name}" of ${agency}`);
    const note = realigned ? '本列原文少印一格，依小計、合計及各機關加總對齊欄位' : undefined;
    return { agency, subject: name, subjectCode, line: left.line, cells, note };
  });
}

/** Rows naming a function ("01 一般公共事務") or the total (總計): the table covers the book's agency as a whole. */
function functionRows(d: Doc, table: string, readings: Reading[]): WideRow[] {
  return readings.map(({ left, cells }) => {
    const m = /^(\d{2})(\S+)$/.exec(left.name ?? '');
    if (!m && left.name !== '總計') d.fail(left.line, `${table}: row "${left.name}" is not a function`);
    const whole = d.agency === '62' ? `；本表為${d.agencyName}合計，不分機關` : '';
    const note = `${m ? `職能別 ${m[1]} ${m[2]}` : '職能別總計'}${whole}`;
    // the total row is the agency's account: 0062000000, 0062200000
    const subjectCode = m ? m[1] : `00${d.agency.padEnd(4, '0')}0000`;
    return { agency: d.agency, subject: m ? m[2] : d.agencyName, subjectCode, line: left.line, cells, note };
  });
}

/** The title a book prints a table type under, and its rows; null when the book does not print it. */
export function wideRows(d: Doc, t: WideTable): { table: string; rows: WideRow[] } | null {
  const table = typeof t.title === 'string' ? t.title : t.title[d.kind];
  for (const layout of table ? [t, ...(t.alternative ? [t.alternative] : [])] : []) {
    const halves = findTable(d, table, layout.halves.map((h) => h.labels));
    if (!halves) continue;
    halves.forEach((b, i) => {
      d.expectHeader(b.head[0], b.head[b.head.length - 1], layout.halves[i].also ?? [], table);
      // halves line up by order: a half that names its rows names them as the first half does
      const names = b.rows.map((r) => r.name);
      if (names.some((n) => n !== null) && names.join('|') !== halves[0].rows.map((r) => r.name).join('|')) d.fail(b.head[0], `${table}: row labels differ`);
    });
    const readings = tableRows(d, t, layout, halves, table);
    return { table, rows: (t.rows === 'account' ? accountRows : functionRows)(d, table, readings) };
  }
  return null;
}

/** One fact per cell with a header (and, unless `zeros`, a figure other than 0); none when the book does not print the table. */
export function wideFacts(d: Doc, t: WideTable, zeros: boolean): Fact[] {
  const read = wideRows(d, t);
  if (!read) return [];
  const { family, ...measure } = t.measure;
  return read.rows.flatMap(({ cells, ...row }) =>
    cells
      .filter((c) => c.column.category !== null && (zeros || c.value !== 0))
      .map(({ column, value, line }) => {
        const { key, ...named } = column; // category, categoryCode, nature
        const idParts = t.ids?.(d, row, column) ?? [row.subject, key];
        return d.fact({ ...row, ...named, ...measure, idParts, family, table: read.table, line, value });
      }),
  );
}
