// Wide tables printed as half-pages ("blocks"): header lines (running title, unit, column labels),
// then figure rows. Blank lines carry no meaning: a block ends where text follows its figure rows.
// A table is found by its column labels and its title, wherever it is printed.
import type { AgencyCode } from '../schema.js';
import { AGENCY_NAMES, compact, isNumberCell, type Doc } from './source.js';
import { cells } from './text.js';

/** A figure row: code cells, a name (absent in right halves), then figures. */
export interface DataRow {
  line: number;
  codes: string[]; // numeric cells printed before the name (款, 項, 目, 節)
  name: string | null; // the printed row name, spaces removed
  cells: string[]; // the figure cells as printed, empty cells dropped
}

/** Reads a line as a figure row, or null when it holds no figures (a header or title line). */
export function dataRow(text: string, line: number): DataRow | null {
  const cs = cells(text).filter((c) => c !== '');
  let nameAt = -1;
  cs.forEach((c, i) => {
    if (!isNumberCell(c)) nameAt = i;
  });
  const figures = cs.slice(nameAt + 1);
  if (figures.length === 0) return null;
  const codes = cs.slice(0, Math.max(nameAt, 0));
  if (!codes.every(isNumberCell)) return null; // text on both sides of a figure: not a table row
  return { line, codes, name: nameAt >= 0 ? compact(cs[nameAt]) : null, cells: figures };
}

/** A half-page of a table: header lines then figure rows. */
export interface Block {
  head: number[];
  rows: DataRow[];
}

/** The blocks of a document, in printed order. */
export function blocks(d: Doc): Block[] {
  return d.memo('blocks', () => {
    const out: Block[] = [];
    let head: number[] = [];
    let rows: DataRow[] = [];
    d.lines.forEach((text, i) => {
      if (text.trim() === '') return;
      const row = dataRow(text, i + 1);
      if (row) rows.push(row);
      else {
        if (rows.length) out.push({ head, rows });
        if (rows.length) head = [];
        rows = [];
        head.push(i + 1);
      }
    });
    if (rows.length) out.push({ head, rows });
    return out;
  });
}

export function headerText(d: Doc, b: Block): string {
  return b.head.map((n) => compact(d.text(n).replace(/\*/g, ''))).join('');
}

/** Checks that a block's header lines print each expected label (spaces ignored). */
export function expectHeader(d: Doc, b: Block, labels: string[], what: string): void {
  const text = headerText(d, b);
  for (const l of labels) if (!text.includes(compact(l))) d.fail(b.head[0], `${what}: header lacks "${l}"`);
}

export const RUNNING_HEADS = ['數位發展部主管', '數位發展部數位產業署', '數位發展部資通安全署'];

/** Title pieces of a block: lines without cells that are not running heads, dates or units. */
export function titlePieces(d: Doc, b: Block): string[] {
  const isHead = (t: string) => RUNNING_HEADS.some((h) => h.startsWith(t) || h.endsWith(t));
  return b.head
    .map((n) => d.text(n))
    .filter((t) => !t.includes('\t'))
    .map((t) => compact(t.replace(/\*/g, '')))
    .filter((t) => t && !isHead(t) && !/^(中華民國|\d+年度|單位：|經資門併計|本頁空白|附屬表)/.test(t));
}

/**
 * The blocks of a table: the first block whose header prints the first half's labels and, after it,
 * one block per further half, each with its labels. The pages must print the title, or a piece of
 * it where the title is split across the two halves of a page.
 */
export function findTable(d: Doc, title: string, halves: string[][]): Block[] | null {
  const all = blocks(d);
  const fits = (p: string) => p === title || (p.length >= 3 && (title.startsWith(p) || title.endsWith(p)));
  for (let i = 0; i + halves.length <= all.length; i++) {
    const run = all.slice(i, i + halves.length);
    if (!run.every((b, k) => halves[k].every((l) => headerText(d, b).includes(compact(l))))) continue;
    if (run.some((b) => titlePieces(d, b).some(fits))) return run;
  }
  return null;
}

/** Agency of a row name in a ministry book: the ministry-level rows and totals are 62. */
export function agencyOf(name: string): AgencyCode | null {
  const n = compact(name);
  if (n === '合計' || n === '總計') return '62';
  return (Object.keys(AGENCY_NAMES) as AgencyCode[]).find((a) => AGENCY_NAMES[a] === n) ?? null;
}
