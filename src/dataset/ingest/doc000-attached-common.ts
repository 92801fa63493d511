// Shared pieces for the attached tables (附屬表) of document 000, the 114 ministry budget book:
// lines, data blocks (a run of header lines, then figure rows, up to a blank line), agencies,
// account numbers from 歲出機關別預算表, and the fact builder.
import type { AgencyCode, Fact } from '../schema.js';
import { cells, parseNumber, readSource, slug } from './text.js';

export const DOC = '000_366ac4fbdefa5f56.txt';
export const YEAR = 114;

function lines(): string[] {
  return readSource(DOC).lines;
}

/** Text of a 1-based line. */
export function lineText(n: number): string {
  const ls = lines();
  if (n < 1 || n > ls.length) throw new Error(`${DOC}: no line ${n}`);
  return ls[n - 1];
}

export function lineCount(): number {
  return lines().length;
}

/** All whitespace removed: header cells print as "合 計", "職 員". */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** First line (1-based) at or after `from` whose trimmed text (asterisks dropped) passes the test. */
export function findLine(test: (text: string) => boolean, from = 1, what = 'line'): number {
  const ls = lines();
  for (let n = from; n <= ls.length; n++) if (test(ls[n - 1].replace(/\*/g, '').trim())) return n;
  throw new Error(`${DOC}: ${what} not found after line ${from}`);
}

export function isNumberCell(c: string): boolean {
  return parseNumber(c) !== null;
}

/** A figure row: code cells, a name (absent in right halves), then figures. */
export interface DataRow {
  line: number;
  codes: string[]; // numeric cells printed before the name (款, 項, 目, 節)
  name: string | null; // the printed row name, spaces removed
  cells: string[]; // the figure cells as printed, empty cells dropped
}

/** Reads a line as a figure row, or null when it holds no figures (a header or title line). */
export function dataRow(n: number): DataRow | null {
  const cs = cells(lineText(n)).filter((c) => c !== '');
  if (cs.length === 0) return null;
  let nameAt = -1;
  cs.forEach((c, i) => {
    if (!isNumberCell(c)) nameAt = i;
  });
  const figures = cs.slice(nameAt + 1);
  if (figures.length === 0) return null;
  const codes = cs.slice(0, Math.max(nameAt, 0));
  if (!codes.every(isNumberCell)) return null; // text on both sides of a figure: not a table row
  return { line: n, codes, name: nameAt >= 0 ? compact(cs[nameAt]) : null, cells: figures };
}

/** A half-page of a table: header lines then figure rows. */
export interface Block {
  headFrom: number;
  headTo: number;
  rows: DataRow[];
}

/**
 * The blocks of lines [from, to]: runs of non-blank lines, each kept when it holds figure rows.
 * Lines before the first figure row are its header; figure rows run to the blank line.
 */
export function blocks(from: number, to: number): Block[] {
  const out: Block[] = [];
  let n = from;
  while (n <= to) {
    if (lineText(n).trim() === '') {
      n++;
      continue;
    }
    const start = n;
    while (n <= to && lineText(n).trim() !== '') n++;
    const rows: DataRow[] = [];
    let headTo = start - 1;
    for (let k = start; k < n; k++) {
      const r = dataRow(k);
      if (r) rows.push(r);
      else if (rows.length === 0) headTo = k;
      else throw new Error(`${DOC}:${k}: text line among figure rows`);
    }
    if (rows.length) out.push({ headFrom: start, headTo, rows });
  }
  return out;
}

/** Checks that a block's header lines print each expected label (spaces ignored). */
export function expectHeader(b: Block, labels: string[], what: string): void {
  let text = '';
  for (let n = b.headFrom; n <= b.headTo; n++) text += compact(lineText(n));
  for (const l of labels) {
    if (!text.includes(compact(l))) throw new Error(`${DOC}: ${what}: header lines ${b.headFrom}-${b.headTo} lack "${l}"`);
  }
}

/** Right-half rows line up with left-half rows by order. */
export function pairHalves<L, R>(left: L[], right: R[], what: string): [L, R][] {
  if (left.length !== right.length) throw new Error(`${DOC}: ${what}: ${left.length} left rows, ${right.length} right rows`);
  return left.map((l, i) => [l, right[i]]);
}

/** Agency of a row name: the ministry-level rows and totals are 62. */
export const AGENCY_BY_NAME: Record<string, AgencyCode> = {
  合計: '62',
  總計: '62',
  數位發展部主管: '62',
  數位發展部: '6201',
  資通安全署: '6210',
  數位產業署: '6220',
};

export function agencyOf(name: string): AgencyCode | null {
  return AGENCY_BY_NAME[compact(name)] ?? null;
}

const EXPENDITURE_TABLE = '歲出機關別預算表';
let accounts: Map<string, Map<string, string[]>> | null = null;

/**
 * Account numbers printed in 歲出機關別預算表 ("5262010301 健全政府數位服 務基礎環境及人 才培力"),
 * by agency, then by name with spaces removed.
 */
export function accountsByAgency(): Map<string, Map<string, string[]>> {
  if (accounts) return accounts;
  const start = findLine((t) => t.replace(/\s/g, '').endsWith(EXPENDITURE_TABLE) && !/頁/.test(t), 40, EXPENDITURE_TABLE);
  const end = findLine((t) => /^附\s*屬\s*表$/.test(t), start, '附屬表');
  const out = new Map<string, Map<string, string[]>>();
  for (let n = start; n < end; n++) {
    for (const c of cells(lineText(n))) {
      const m = /^(\d{10})\s+(\S.*)$/.exec(c);
      if (!m) continue;
      const code = m[1];
      const agency = code === '0062000000' ? '62' : code.slice(2, 6);
      const byName = out.get(agency) ?? new Map<string, string[]>();
      const name = compact(m[2]);
      byName.set(name, [...(byName.get(name) ?? []), code]);
      out.set(agency, byName);
    }
  }
  accounts = out;
  return out;
}

/** The account number of a row named under an agency, when exactly one line of that agency bears the name. */
export function accountCode(agency: AgencyCode, name: string): string | null {
  const codes = accountsByAgency().get(agency)?.get(compact(name)) ?? [];
  return codes.length === 1 ? codes[0] : null;
}

export type FactInput = Omit<Fact, 'id' | 'doc' | 'year'> & { idParts: string[] };

/** A fact of this document: id `000:<family>:<parts...>`. */
export function fact(f: FactInput): Fact {
  const { idParts, ...rest } = f;
  return {
    id: ['000', f.family, ...idParts.map(slug)].join(':'),
    doc: DOC,
    table: rest.table,
    line: rest.line,
    family: rest.family,
    year: YEAR,
    agency: rest.agency,
    subject: rest.subject,
    subjectCode: rest.subjectCode,
    category: rest.category,
    categoryCode: rest.categoryCode,
    nature: rest.nature,
    measure: rest.measure,
    value: rest.value,
    unit: rest.unit,
    ...(rest.unitLabel !== undefined ? { unitLabel: rest.unitLabel } : {}),
    ...(rest.note !== undefined ? { note: rest.note } : {}),
  };
}
