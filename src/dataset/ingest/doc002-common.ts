// Shared pieces for document 002, the 112 unit budget of the Administration for Digital Industries.
import type { Fact } from '../schema.js';
import { cells, joinCjk, parseNumber, plainText, readSource, slug, strictNumber, strictTwd } from './text.js';

export const DOC = '002_0dbb72d4644089b7.txt';
export const YEAR = 112;
export const AGENCY = '6220' as const;
export const AGENCY_NAME = '數位產業署';

/** Text of a 1-based line. */
export function lineText(n: number): string {
  const { lines } = readSource(DOC);
  if (n < 1 || n > lines.length) throw new Error(`${DOC}: no line ${n}`);
  return lines[n - 1];
}

export function lineCount(): number {
  return readSource(DOC).lines.length;
}

export function lineCells(n: number): string[] {
  return cells(lineText(n));
}

/** All whitespace removed: header cells print as "合 計", "職 員". */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** A name broken by line wraps: drop spaces next to CJK characters and dashes, keep "5G AIoT". */
export function cleanName(s: string): string {
  const near = '[\\u3000-\\u9fff\\uff00-\\uffef\\-—–]';
  return joinCjk(plainText(s))
    .replace(new RegExp(`(?<=${near})\\s+|\\s+(?=${near})`, 'g'), '')
    .trim();
}

/** Explanation text: segments joined as one flow, HTML removed, wrap spaces dropped. */
export function cleanText(segments: string[]): string {
  return joinCjk(plainText(segments.join('')));
}

/** First line (1-based) in [from, to] whose trimmed text satisfies the test; throws if none. */
export function findLine(test: (text: string) => boolean, from = 1, to = lineCount(), what = 'line'): number {
  for (let n = from; n <= to; n++) if (test(lineText(n).trim())) return n;
  throw new Error(`${DOC}: ${what} not found between lines ${from} and ${to}`);
}

export function isNumberCell(c: string): boolean {
  return parseNumber(c) !== null;
}

export function isDash(c: string): boolean {
  return ['-', '－', '—'].includes(c.trim());
}

/** A 千元 cell to whole NT$, or an error naming the line. */
export function twd(cell: string, line: number): number {
  return strictTwd(DOC, cell, line);
}

/** A plain number cell (persons, counts, areas), or an error naming the line. */
export function num(cell: string, line: number): number {
  return strictNumber(DOC, cell, line);
}

/** A data row: its line and its cells. */
export interface Row {
  line: number;
  cells: string[];
}

/** Lines in [from, to] whose cells pass the test. */
export function rowsBetween(from: number, to: number, test: (c: string[]) => boolean): Row[] {
  const out: Row[] = [];
  for (let n = from; n <= to; n++) {
    const c = lineCells(n);
    if (test(c)) out.push({ line: n, cells: c });
  }
  return out;
}

/** Non-empty cells only. */
export function filled(c: string[]): string[] {
  return c.filter((x) => x !== '');
}

/** A row made only of numbers and dashes (the right half of a wide table). */
export function isNumericRow(c: string[]): boolean {
  const f = filled(c);
  return f.length > 0 && f.every(isNumberCell);
}

/** Right-half rows line up with left-half rows by order; a different count means a broken page. */
export function pairHalves<L, R>(left: L[], right: R[], what: string): [L, R][] {
  if (left.length !== right.length) {
    throw new Error(`${DOC}: ${what}: ${left.length} left rows but ${right.length} right rows`);
  }
  return left.map((l, i) => [l, right[i]]);
}

/** Checks that a header block prints each expected column label (spaces ignored). */
export function expectHeader(from: number, to: number, labels: string[], what: string): void {
  let text = '';
  for (let n = from; n <= to; n++) text += compact(lineText(n));
  for (const l of labels) {
    if (!text.includes(compact(l))) throw new Error(`${DOC}: ${what}: header lines ${from}-${to} lack "${l}"`);
  }
}

export type FactInput = Omit<Fact, 'doc' | 'agency' | 'year' | 'id' | 'subjectCode' | 'category' | 'categoryCode' | 'nature'> & {
  idParts: string[];
  year?: number;
  subjectCode?: string | null;
  category?: string | null;
  categoryCode?: string | null;
  nature?: Fact['nature'];
};

/** A fact of this document: id `002:<family>:<parts...>`. */
export function fact(f: FactInput): Fact {
  const { idParts, ...rest } = f;
  return {
    id: ['002', f.family, ...idParts.map(slug)].join(':'),
    doc: DOC,
    table: rest.table,
    line: rest.line,
    family: rest.family,
    year: rest.year ?? YEAR,
    agency: AGENCY,
    subject: rest.subject,
    subjectCode: rest.subjectCode ?? null,
    category: rest.category ?? null,
    categoryCode: rest.categoryCode ?? null,
    nature: rest.nature ?? null,
    measure: rest.measure,
    value: rest.value,
    unit: rest.unit,
    ...(rest.unitLabel !== undefined ? { unitLabel: rest.unitLabel } : {}),
    ...(rest.note !== undefined ? { note: rest.note } : {}),
  };
}
