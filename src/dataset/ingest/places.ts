// Where each record is printed, as a reader of the printed document looks for it. In a budget book:
// the pages its contents give for the record's table (or, for text, the part of the book it is in),
// and the page itself where every page of that table prints its unit line, so the pages can be
// counted. In a report: its numbered section. Text in a book also names its section.
import type { Dataset } from '../schema.js';
import { readContents, pageRange, type ContentsEntry } from './contents.js';
import { tableStart } from './openings.js';
import { sectionsOf } from './sections.js';
import { compact, runningHeads, type Doc } from './source.js';

const BOOKS = ['ministry-budget', 'unit-budget'];
const REPORTS = ['performance-report', 'legislative-report'];
/** The data's names for text that is not a table. */
const PROSE = ['prose', 'prose-table'];
/** A line each page of a table prints once, under its title: 單位：新臺幣千元. */
const PAGE_HEAD = /^單位：/;

export interface Place {
  pages?: string;
  page?: number;
  section?: string;
}

/** A part of the book: its entry in the contents and, where found in the text, the lines it fills. */
interface Part extends ContentsEntry {
  from?: number;
  to?: number;
  /** the line where each printed page of the part starts, when there is one for each of its pages */
  pageStarts?: number[];
}

/** Shortest piece of a title that counts as printing it (a title split across the halves of a page). */
const MIN_PIECE = 4;

/** Whether a line prints a title: whole (after a running head or not), or a first or last piece of it. */
function printsTitle(text: string, title: string): boolean {
  if (text.includes('\t')) return false;
  const t = compact(text.replace(/\*/g, ''));
  const rest = t.slice((runningHeads().find((h) => t.startsWith(h) && t.length > h.length) ?? '').length);
  return t.endsWith(title) || (rest.length >= MIN_PIECE && (title.startsWith(rest) || title.endsWith(rest)));
}

/**
 * Where each entry opens in the text, searched in the order of the contents (the order the book is
 * printed in), each after the one before: a known table opening, else the first line printing its
 * title. The rows of a table cited by its name are its own even when a split title prints after them.
 */
function openings(d: Doc, contents: ContentsEntry[], cited: Map<string, number>): Part[] {
  let after = contents[contents.length - 1].line;
  return contents.map((e) => {
    const known = tableStart(d, e.title);
    const at = known !== undefined && known > after ? known - 1 : d.lines.findIndex((l, i) => i + 1 > after && printsTitle(l, e.title));
    const from = at < 0 ? undefined : Math.min(at + 1, cited.get(e.title) ?? Infinity);
    if (from !== undefined) after = from;
    return { ...e, from };
  });
}

function partsOf(d: Doc, cited: Map<string, number>): Part[] {
  const contents = readContents(d);
  if (!contents.length) return [];
  const parts = openings(d, contents, cited);
  const found = parts.filter((p) => p.from !== undefined);
  found.forEach((p, i) => {
    p.to = (found[i + 1]?.from ?? d.lines.length + 1) - 1;
    const heads: number[] = [];
    for (let n = p.from!; n <= p.to; n++) if (!d.text(n).includes('\t') && PAGE_HEAD.test(compact(d.text(n)))) heads.push(n);
    if (heads.length === p.last - p.first + 1) p.pageStarts = heads;
  });
  return parts;
}

function pageAt(p: Part, line: number): number | undefined {
  if (!p.pageStarts) return undefined;
  const k = p.pageStarts.filter((n) => n <= line).length;
  return p.first + Math.max(0, k - 1);
}

/** A part that is a table (歲出機關別預算表, 派員出國計畫預算類別表—開會、談判), not text. */
const isTable = (p: ContentsEntry) => p.title.includes('表');

const within = (p: Part, line: number) => p.from !== undefined && line >= p.from && line <= p.to!;

/** The place of a record of a book: by the table it names, else by the part its line is in. */
function bookPlace(d: Doc, parts: Part[], sections: Map<number, string>, r: { table: string; line: number }, strict: boolean): Place {
  const titled = PROSE.includes(r.table) ? undefined : parts.find((p) => p.title === compact(r.table));
  // the lines of a table no parser reads are placed by where they stand, not by the title they are filed under
  const named = strict || (titled && within(titled, r.line)) ? titled : undefined;
  const part = named ?? parts.find((p) => within(p, r.line));
  if (!part) return {};
  if (named?.from !== undefined && !within(named, r.line)) {
    d.fail(r.line, `${r.table} is listed on pages ${pageRange(named)}, but this line is outside the lines those pages fill`);
  }
  const page = within(part, r.line) ? pageAt(part, r.line) : undefined;
  const section = !PROSE.includes(r.table) ? undefined : isTable(part) ? part.title : sections.get(r.line);
  return { pages: pageRange(part), ...(page !== undefined ? { page } : {}), ...(section ? { section } : {}) };
}

type Placed = { doc: string; table: string; line: number } & Place;

function records(data: Dataset): Placed[] {
  return [...data.budget_lines, ...data.facts, ...data.major_plans, ...data.kpis, ...data.passages];
}

/** Records read from a table's rows: their table's pages must hold their line. */
const tableRecords = (data: Dataset) => new Set<Placed>([...data.budget_lines, ...data.facts, ...data.major_plans, ...data.kpis]);

/**
 * Adds to every record of the dataset where it is printed: pages (and the page) of a budget book,
 * the section of a report or of a book's text. Records of other documents are left as they are.
 */
export function placeRecords(data: Dataset, docs: Doc[]): void {
  const strict = tableRecords(data);
  const byDoc = new Map<string, Placed[]>();
  for (const r of records(data)) {
    if (!byDoc.has(r.doc)) byDoc.set(r.doc, []);
    byDoc.get(r.doc)!.push(r);
  }
  for (const d of docs) {
    const mine = byDoc.get(d.name) ?? [];
    if (BOOKS.includes(d.kind)) {
      // the first line each table is cited at
      const cited = new Map<string, number>();
      for (const r of mine) if (strict.has(r) && !PROSE.includes(r.table)) cited.set(compact(r.table), Math.min(r.line, cited.get(compact(r.table)) ?? Infinity));
      const parts = partsOf(d, cited);
      // a book's text has its headings within its part: a table's rows open none
      const sections = new Map<number, string>();
      for (const p of parts) if (p.from !== undefined && !isTable(p)) for (const [n, s] of sectionsOf(d.lines, p.from, p.to)) sections.set(n, s);
      for (const r of mine) Object.assign(r, bookPlace(d, parts, sections, r, strict.has(r)));
    } else if (REPORTS.includes(d.kind)) {
      const sections = sectionsOf(d.lines, 1, d.lines.length, true);
      for (const r of mine) {
        const section = sections.get(r.line);
        if (section) r.section = section;
      }
    }
  }
}
