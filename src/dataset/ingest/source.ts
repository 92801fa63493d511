// A source document as its manifest entry describes it (file, kind, year, agency), with the helpers
// every table parser reads it by: lines, cells, amounts, search and the fact builder.
import type { Agency, AgencyCode, BudgetLine, Fact, SourceDoc } from '../schema.js';
import { cells, parseNumber, readSource, slug, sourcesInUse, thousandsToTwd } from './text.js';
import { agencyOf, registryOf } from '../agencies.js';

/** The agencies of the documents being read: the registry of the sources directory in use. */
export function agencies(): Agency[] {
  return registryOf(sourcesInUse());
}

/** The running heads of a book's pages, longest first: the budget a page belongs to, by its full name. */
export function runningHeads(): string[] {
  return agencies().map((a) => a.fullName).sort((a, b) => b.length - a.length);
}

/** Dates, units and notes printed on a line of their own. */
const PAGE_NOTES = /^(中華民國(\d+年度)?|\d+年度|單位：\S*|經資門併計|本頁空白|附屬表)$/;

/**
 * A line of page furniture: a running head, a date, the unit or 本頁空白; or the title of the table,
 * after a running head or not. A head or title may print in pieces where the halves of a page split it.
 */
export function isFurniture(text: string, title = ''): boolean {
  const cs = filled(cells(text));
  const t = compact((cs.length === 1 ? cs[0] : '').replace(/\*/g, ''));
  const piece = (whole: string, p: string) => p.length >= 3 && (whole.startsWith(p) || whole.endsWith(p));
  const heads = runningHeads();
  const rest = t.slice((heads.find((h) => t.startsWith(h)) ?? '').length);
  return cs.length === 0 || PAGE_NOTES.test(t) || heads.some((h) => piece(h, t)) || piece(title, rest);
}

/** All whitespace removed: header cells print as "合 計", "職 員". */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

export function isNumberCell(c: string): boolean {
  return parseNumber(c) !== null;
}

export function isDash(c: string): boolean {
  return ['-', '－', '—'].includes(c.trim());
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

/** A data row: its line and its cells. */
export interface Row {
  line: number;
  cells: string[];
}

/** What a column of figures measures, and in what unit. */
export type Measure = Pick<Fact, 'measure' | 'unit' | 'unitLabel'>;

/** A column of figures by the header label it prints under. */
export type Column = Measure & { label: string };

export const BUDGET: Measure = { measure: 'budget', unit: 'TWD' };

/** A fact: what it leaves out is the document's (year, agency) or null. */
export type FactInput = Omit<Fact, 'id' | 'doc' | 'year' | 'agency' | 'subjectCode' | 'category' | 'categoryCode' | 'nature'> &
  Partial<Pick<Fact, 'year' | 'agency' | 'subjectCode' | 'category' | 'categoryCode' | 'nature'>> & { idParts: readonly string[] };

/** A budget line: the columns a table does not print are null; year, doc and (unless given) agency are the document's. */
export type LineInput = Pick<BudgetLine, 'id' | 'table' | 'line' | 'kind' | 'level' | 'name' | 'parent' | 'budget'> &
  Partial<Pick<BudgetLine, 'agency' | 'code' | 'previousBudget' | 'finalAccount' | 'change' | 'explanation'>>;

/** A fact without its figure: what `figure` adds from a measure and a cell. */
export type FactBase = Omit<FactInput, 'measure' | 'value' | 'unit' | 'unitLabel'>;

export class Doc {
  readonly name: string;
  readonly kind: string;
  readonly year: number;
  readonly agency: AgencyCode;
  /** prefix of record ids: "000" for 000_….txt */
  readonly id: string;
  private readonly memos = new Map<string, unknown>();

  constructor(source: SourceDoc) {
    this.name = source.doc;
    this.kind = source.type;
    this.year = source.year;
    this.agency = source.agency;
    this.id = source.doc.replace(/[_.].*$/, '');
  }

  /** The agency the document is the budget of, as its tables name it. */
  get agencyName(): string {
    return agencyOf(agencies(), this.agency).name;
  }

  get lines(): string[] {
    return readSource(this.name).lines;
  }

  /** Text of a 1-based line. */
  text(n: number): string {
    if (n < 1 || n > this.lines.length) throw new Error(`${this.name}: no line ${n}`);
    return this.lines[n - 1];
  }

  cells(n: number): string[] {
    return cells(this.text(n));
  }

  fail(line: number | string, message: string): never {
    throw new Error(`${this.name}:${line}: ${message}`);
  }

  /** First line (1-based) in [from, to] whose trimmed text (asterisks dropped) passes the test. */
  find(test: (text: string) => boolean, from = 1, to = this.lines.length, what = 'line'): number {
    for (let n = from; n <= to; n++) if (test(this.text(n).replace(/\*/g, '').trim())) return n;
    throw new Error(`${this.name}: ${what} not found between lines ${from} and ${to}`);
  }

  /** The first `count` lines from line `from` on that print something (blank lines are no structure). */
  printed(from: number, count: number): number[] {
    const out: number[] = [];
    for (let n = from; out.length < count && n <= this.lines.length; n++) if (this.text(n).trim() !== '') out.push(n);
    if (out.length < count) this.fail(from, `${count} lines expected, the document ends`);
    return out;
  }

  /** Lines in [from, to] whose cells pass the test. */
  rows(from: number, to: number, test: (c: string[]) => boolean): Row[] {
    const out: Row[] = [];
    for (let n = from; n <= to; n++) if (test(this.cells(n))) out.push({ line: n, cells: this.cells(n) });
    return out;
  }

  /** Right-half rows line up with left-half rows by order; a different count means a broken page. */
  pair<L, R>(left: L[], right: R[], what: string): [L, R][] {
    if (left.length !== right.length) throw new Error(`${this.name}: ${what}: ${left.length} left rows but ${right.length} right rows`);
    return left.map((l, i) => [l, right[i]]);
  }

  /** Checks that header lines [from, to] print each expected label (spaces and asterisks ignored). */
  expectHeader(from: number, to: number, labels: string[], what: string): void {
    let text = '';
    for (let n = from; n <= to; n++) text += compact(this.text(n).replace(/\*/g, ''));
    for (const l of labels) if (!text.includes(compact(l))) this.fail(`${from}-${to}`, `${what}: header lacks "${l}"`);
  }

  /** A 千元 cell to whole NT$, or an error naming the line. */
  readonly twd = (cell: string, line: number): number => thousandsToTwd(cell) ?? this.fail(line, `not an amount: "${cell}"`);

  /** A plain number cell (persons, counts, areas), or an error naming the line. */
  readonly num = (cell: string, line: number): number => parseNumber(cell) ?? this.fail(line, `not a number: "${cell}"`);

  /** The fact of a printed figure, read by its measure's unit (千元 to NT$, else a plain number); none for an empty cell or a dash. */
  figure(base: FactBase, m: Measure, cell: string | undefined): Fact[] {
    if (!cell || isDash(cell)) return [];
    const value = m.unit === 'TWD' ? this.twd(cell, base.line) : this.num(cell, base.line);
    return [this.fact({ ...base, measure: m.measure, value, unit: m.unit, unitLabel: m.unitLabel })];
  }

  /** The records, or an error naming the first id that repeats. */
  unique<T extends { id: string }>(records: T[], what: string): T[] {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) throw new Error(`${this.name}: duplicate ${what} id ${r.id}`);
      seen.add(r.id);
    }
    return records;
  }

  /** Something computed once per document (a parsed table other tables look up). */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** A budget line of this document. */
  budgetLine(b: LineInput): BudgetLine {
    const { id, table, line, kind, level, name, parent, budget, explanation } = b;
    const printed = { code: b.code ?? null, previousBudget: b.previousBudget ?? null, finalAccount: b.finalAccount ?? null, change: b.change ?? null };
    const agency = b.agency ?? this.agency;
    return { id, doc: this.name, table, line, kind, year: this.year, agency, level, name, parent, budget, ...printed, ...(explanation ? { explanation } : {}) };
  }

  /** A fact of this document: id `<doc id>:<family>:<parts...>`; year and agency are the document's unless given. */
  fact({ idParts, ...f }: FactInput): Fact {
    const id = [this.id, f.family, ...idParts.map(slug)].join(':');
    return { id, doc: this.name, year: this.year, agency: this.agency, subjectCode: null, category: null, categoryCode: null, nature: null, ...f };
  }
}
