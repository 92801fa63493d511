// A budget book's table of contents (目次), read like any other table: found by its title and by the
// shape of its rows ("8. 歲出機關別預算表	第 40-47 頁", "5. 人事費彙計表	33"), wherever it is printed.
// Each entry names a part of the book (a statement, a table) and the printed pages it fills.
import { compact, type Doc } from './source.js';

export interface ContentsEntry {
  /** the entry's title without its number: 歲出機關別預算表, 施政及預算重點說明 */
  title: string;
  /** the line of the contents that lists it */
  line: number;
  first: number;
  last: number;
}

/** The contents' title: 目次 or 目錄 on a line of its own, after a running head or not. */
const TITLE = /^\S{0,16}(目次|目錄)$/;
/** An entry: its number, its title, a tab, then the pages as "第 40-47 頁", "1-9" or "33". */
const ENTRY = /^(?:[一二三四五六七八九十]+、|\d+\.)\s*(\S.*?)\t\s*(?:第\s*)?(\d+)(?:\s*[-－–~]\s*(\d+))?\s*(?:頁)?\s*$/;
/** A group of entries printed without pages: "二、主要表", "三、附屬表". */
const GROUP = /^[一二三四五六七八九十]+、\s*\S+\t?\s*$/;
/** The date or a blank line between the title and the entries. */
const FURNITURE = /^(中華民國\s*\d+\s*年度)?$/;

/** The entries of the book's contents, in the order printed; none when the book prints no contents. */
export function readContents(d: Doc): ContentsEntry[] {
  const title = d.lines.findIndex((l) => !l.includes('\t') && TITLE.test(compact(l.replace(/\*/g, ''))));
  if (title < 0) return [];
  const entries: ContentsEntry[] = [];
  for (let i = title + 1; i < d.lines.length; i++) {
    const raw = d.lines[i].trim();
    const m = ENTRY.exec(raw);
    if (m) {
      const [first, last] = [Number(m[2]), Number(m[3] ?? m[2])];
      if (last < first) d.fail(i + 1, `contents: pages ${first}-${last} run backwards`);
      entries.push({ title: compact(m[1]), line: i + 1, first, last });
    } else if (!GROUP.test(raw) && !FURNITURE.test(compact(raw))) break;
  }
  if (entries.length === 0) d.fail(title + 1, 'contents: a title but no entry with pages under it');
  return entries;
}

/** "40-47", or "33" for a single page. */
export function pageRange(e: Pick<ContentsEntry, 'first' | 'last'>): string {
  return e.first === e.last ? String(e.first) : `${e.first}-${e.last}`;
}
