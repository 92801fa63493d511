// Where each table of a budget book opens: its title (or the first piece of a title split across the
// two halves of a page) or, where the text lost the title, its first header line. A table runs until
// the next table or section opens, whichever table that is, so the tables of a book may come in any
// order.
import { compact, type Doc, type Row } from './source.js';

type Opening = [table: string, opens: (line: string) => boolean];
/** A table that opens with its title (after a running head or not) or with the title's first piece. */
const title = (t: string, piece = t): Opening => [t, (s) => s === piece || s.endsWith(t)];
const header = (t: string, start: string, ...labels: string[]): Opening => [t, (s) => s.startsWith(start) && labels.every((l) => s.includes(l))];

/** Openings by table (titles as the ingest names them); a family of tables shares one name. */
const OPENINGS: Opening[] = [
  ...['歲出機關別預算表', '歲出計畫提要及分支計畫概況表', '各項費用彙計表', '人事費彙計表', '公務車輛明細表', '媒體政策及業務宣導費彙計表'].map((t) => title(t)),
  ...['歲入來源別預算比較總表', '歲出機關別預算比較總表', '歲入來源別預算表', '歲出政事別預算表'].map((t) => title(t)),
  title('歲出一級用途別科目分析表', '歲出一級用途'),
  title('預算員額明細表', '預算員額'),
  title('現有辦公房舍明細表', '現有辦公房'),
  header('資本支出分析表', '科目', '設備'),
  header('捐助經費分析表', '捐助計畫', '捐助對象'),
  header('歲出按職能及經濟性綜合分類表', '職能', '經濟性'),
  header('委辦經費分析表', '委辦計畫', '委辦內容'),
  ['派員出國計畫', (s) => /^派員(出國|赴大陸)計畫預算(總|類別)表/.test(s)],
  ['section', (s) => /^([一二三四五六七八九十]+、)?(預算總說明|主要表|附屬表)$/.test(s)],
];

/** Where a table opens, and its last line: the line before the next table or section opens. */
export function tableSpan(d: Doc, table: string): [start: number, end: number] {
  const opens = OPENINGS.find(([t]) => table.startsWith(t))?.[1] ?? d.fail('-', `no opening known for ${table}`);
  const start = d.find((t) => opens(compact(t)), 1, undefined, table);
  const next = d.lines.findIndex((t, i) => i >= start && OPENINGS.some(([, o]) => o !== opens && o(compact(t.replace(/\*/g, '')))));
  return [start, next < 0 ? d.lines.length : next];
}

/** The line a table opens at when an opening is known for its very title (not its family's) and printed. */
export function tableStart(d: Doc, table: string): number | undefined {
  const opens = OPENINGS.find(([t]) => t === table)?.[1];
  const at = opens ? d.lines.findIndex((t) => opens(compact(t.replace(/\*/g, '')))) : -1;
  return at < 0 ? undefined : at + 1;
}

/** A half of a table printed line by line: its header opens with `opens` and prints `labels` over `lines` lines. */
export interface Head {
  opens: string;
  labels: string[];
  lines: number;
}

/** A half as read: its header lines, every line after its header up to the next half, and its columns. */
export interface Half {
  head: number;
  /** the header's lines (its first is `head`), blank lines left out */
  header: number[];
  rows: Row[];
  /** the index of the cell a label heads (spaces removed, the first cell it starts), -1 when it heads none */
  at: (label: string) => number;
  /** the same, or an error naming the table */
  col: (label: string) => number;
}

/**
 * The halves of a table printed line by line, from where it opens: each header is the first to open
 * after the one before, within the table, and must print its labels.
 */
export function readHalves(d: Doc, table: string, heads: Head[]): Half[] {
  const opening = (h: Head, from: number, to?: number) => d.find((t) => compact(t).startsWith(h.opens), from, to, `${table}: header ${h.opens}`);
  const [start, end] = tableSpan(d, table);
  const at: number[] = [];
  for (const h of heads) at.push(opening(h, at.length ? at[at.length - 1] + 1 : start, end));
  return heads.map((h, i) => {
    const lines = d.printed(at[i], h.lines);
    d.expectHeader(at[i], lines[lines.length - 1], h.labels, table);
    const header = lines.map((n) => d.cells(n));
    const column = (label: string) => header.map((cs) => cs.findIndex((c) => compact(c).startsWith(label))).find((k) => k >= 0) ?? -1;
    return {
      head: at[i],
      header: lines,
      rows: d.rows(lines[lines.length - 1] + 1, (at[i + 1] ?? end + 1) - 1, () => true),
      at: column,
      col: (label: string) => (column(label) >= 0 ? column(label) : d.fail(at[i], `${table}: no column "${label}"`)),
    };
  });
}

/**
 * The pages of a table whose two halves follow each other page after page, each half opening with
 * a header line whose first cell starts with `left` or `right`: the rows after each header line.
 */
export function pages(rows: Row[], left: string, right: string): { left: Row[]; right: Row[] }[] {
  const out: { left: Row[]; right: Row[] }[] = [];
  let side: 'left' | 'right' | null = null;
  for (const r of rows) {
    const opens = [left, right].find((w) => compact(r.cells[0]).startsWith(w));
    if (opens === left) out.push({ left: [], right: [] });
    if (opens) side = opens === left ? 'left' : 'right';
    else if (side && out.length) out[out.length - 1][side].push(r);
  }
  return out;
}
