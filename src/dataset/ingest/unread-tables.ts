// Tables a budget book prints that no parser reads (歲出政事別預算表, 歲出機關別預算比較總表 …): found by
// their titles like every other table, their lines kept as passages, so what they print can still
// be searched and cited by document, table and line.
import type { Dataset, Passage } from '../schema.js';
import { compact, isFurniture, runningHeads, type Doc } from './source.js';
import { cells } from './text.js';
import { readContents } from './contents.js';

/** "6. 歲入來源別預算表	第 36-38 頁" in the contents. */
const CONTENTS_ENTRY = /^\d+\.\s*(\S+表(?:—\S+)?)\t/;
const SECTION = /^([一二三四五六七八九十]+、)?(預算總說明|主要表|附屬表)$/;
const FIGURE = /^(-?[\d,]+(\.\d+)?%?|-|－)$/;

/** A line without cells, as a title would print it: spaces, asterisks and the running head left out. */
function titleText(line: string): string | null {
  if (line.includes('\t')) return null;
  let t = compact(line.replace(/\*/g, ''));
  for (const h of runningHeads()) if (t.startsWith(h)) t = t.slice(h.length);
  return t;
}

const isTitle = (t: string | null): t is string => t !== null && /^\S{4,30}表$/.test(t) && !/^([一二三四五六七八九十]+、)?(本|主要|附屬)/.test(t);

/** Titles a document names: in its contents (`listed`) and over its pages (`printed`). */
export function documentTitles(d: Doc): { listed: string[]; printed: string[] } {
  const contents = readContents(d);
  const listed = new Set(contents.map((e) => e.title).filter((t) => t.includes('表')));
  const printed = new Set<string>();
  for (const line of d.lines) {
    const t = titleText(line);
    if (!CONTENTS_ENTRY.test(line.trim()) && isTitle(t)) printed.add(t);
  }
  // a title split across the halves of a page prints as pieces of a longer one
  const all = [...listed, ...printed];
  const whole = (t: string) => !all.some((u) => u !== t && (u.startsWith(t) || u.endsWith(t)));
  return { listed: [...listed].filter(whole), printed: [...printed].filter((t) => whole(t) && !listed.has(t)) };
}

/** A table the book names that no record cites; `printed` when a page prints its whole title. */
export interface UnreadTable {
  title: string;
  printed: boolean;
  /** its lines with words on them (headers and labelled rows), kept as passages */
  lines: number[];
}

const isPiece = (title: string, t: string) => t.length >= 3 && (title.startsWith(t) || title.endsWith(t));
const isHeader = (cs: string[]) => cs.length > 1 && cs.every((c) => c === '' || !FIGURE.test(c)) && cs.some((c) => c !== '');
const isRow = (cs: string[]) => cs.some((c) => FIGURE.test(c));

/**
 * The lines of a table from where its title (or the first piece of a title split across the
 * halves of a page) is printed. A half-page is a piece of the title, a header and rows; the table
 * ends where another title or section opens, or where a header follows its rows with no piece of
 * its title before it (the next table, whose title the text lost).
 */
function tableLines(d: Doc, title: string): number[] {
  const first = d.lines.findIndex((l) => { const t = titleText(l); return t !== null && (t.endsWith(title) || (t.length >= 4 && title.startsWith(t))); });
  if (first < 0) return [];
  const out: number[] = [];
  let piece = true;
  let rows = false;
  for (let i = first + 1; i < d.lines.length; i++) {
    const line = d.lines[i];
    const t = titleText(line);
    if (line.trim() === '') continue;
    if (t !== null && isPiece(title, t)) piece = true;
    else if (isTitle(t) || (t !== null && SECTION.test(t))) break;
    if (t !== null || isFurniture(line, title)) continue;
    const cs = cells(line);
    if (isHeader(cs) && rows && !piece) break;
    if (isRow(cs)) [rows, piece] = [true, false];
    if (/[\u3400-\u9fff]/.test(line)) out.push(i + 1);
  }
  return out;
}

/** Tables a document names that no record of the dataset cites, with their lines. */
export function unreadTables(d: Doc, data: Pick<Dataset, 'facts' | 'budget_lines'>): UnreadTable[] {
  const parsed = [...new Set([...data.facts, ...data.budget_lines].filter((r) => r.doc === d.name).map((r) => compact(r.table)))];
  const isParsed = (t: string) => parsed.some((p) => p === t || p.startsWith(t) || p.endsWith(t));
  const onPage = (t: string) => d.lines.some((l) => titleText(l)?.endsWith(t));
  const { listed, printed } = documentTitles(d);
  return [...listed, ...printed].filter((t) => !isParsed(t)).map((title) => ({ title, printed: onPage(title), lines: tableLines(d, title) }));
}

/**
 * The lines of a book's unread tables as passages, cited by the table's title: each line's cells
 * joined, under the table's title. A line that is already a passage (a prose cell) stays as it is.
 */
export function unreadTablePassages(d: Doc, tables: UnreadTable[], taken: Set<string>): Passage[] {
  const seen = new Set<number>();
  return tables.flatMap(({ title, lines }) => lines.flatMap((line) => {
    const id = `${d.id}:passage:${line}`;
    if (taken.has(id) || seen.has(line)) return [];
    seen.add(line);
    const text = cells(d.text(line)).filter((c) => c !== '').join(' ');
    return [{ id, doc: d.name, table: title, line, headings: [title], text }];
  }));
}
