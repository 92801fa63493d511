// Where each table of a budget book opens: its title (or the first piece of a title split across the
// two halves of a page) or, where the text lost the title, its first header line. A table runs until
// the next table or section opens, whichever table that is, so the tables of a book may come in any
// order.
import { compact, type Doc, type Row } from './source.js';

const title = (t: string) => (s: string) => s === t || s.endsWith(t);
const header = (start: string, ...labels: string[]) => (s: string) => s.startsWith(start) && labels.every((l) => s.includes(l));

/** Openings by table (titles as the ingest names them); a family of tables shares one name. */
const OPENINGS: [table: string, opens: (line: string) => boolean][] = [
  ['歲出機關別預算表', title('歲出機關別預算表')],
  ['歲出計畫提要及分支計畫概況表', title('歲出計畫提要及分支計畫概況表')],
  ['各項費用彙計表', title('各項費用彙計表')],
  ['歲出一級用途別科目分析表', (s) => s === '歲出一級用途' || title('歲出一級用途別科目分析表')(s)],
  ['資本支出分析表', header('科目', '設備')],
  ['人事費彙計表', title('人事費彙計表')],
  ['預算員額明細表', (s) => s === '預算員額' || title('預算員額明細表')(s)],
  ['公務車輛明細表', title('公務車輛明細表')],
  ['現有辦公房舍明細表', (s) => s === '現有辦公房' || title('現有辦公房舍明細表')(s)],
  ['捐助經費分析表', header('捐助計畫', '捐助對象')],
  ['派員出國計畫', (s) => /^派員(出國|赴大陸)計畫預算(總|類別)表/.test(s)],
  ['歲出按職能及經濟性綜合分類表', header('職能', '經濟性')],
  ['委辦經費分析表', header('委辦計畫', '委辦內容')],
  ['媒體政策及業務宣導費彙計表', title('媒體政策及業務宣導費彙計表')],
  ['section', (s) => /^[一二三四五六七八九十]+、(預算總說明|主要表|附屬表)$/.test(s)],
];

/** The first line from `from` on where a table opens. */
export function tableStart(d: Doc, table: string, from = 1): number {
  const opens = OPENINGS.find(([t]) => table.startsWith(t))?.[1] ?? d.fail('-', `no opening known for ${table}`);
  return d.find((t) => opens(compact(t)), from, undefined, table);
}

/** The last line (1-based) of the table that opens at or before `from`: the line before the next opening. */
export function tableEnd(d: Doc, from: number, table: string): number {
  const others = OPENINGS.filter(([t]) => !table.startsWith(t));
  if (others.length === OPENINGS.length) throw new Error(`${d.name}: no opening known for ${table}`);
  for (let n = from + 1; n <= d.count; n++) {
    const s = compact(d.text(n).replace(/\*/g, ''));
    if (s && others.some(([, opens]) => opens(s))) return n - 1;
  }
  return d.count;
}

/** A half of a table printed line by line: its header opens with `opens` and prints `labels` over `lines` lines. */
export interface Head {
  opens: string;
  labels: string[];
  lines: number;
}

/** A half as read: its first header line, every line after its header up to the next half, and its columns. */
export interface Half {
  head: number;
  /** its last line */
  end: number;
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
  const at = [opening(heads[0], tableStart(d, table))];
  const end = tableEnd(d, at[0], table);
  for (const h of heads.slice(1)) at.push(opening(h, at[at.length - 1] + 1, end));
  return heads.map((h, i) => {
    d.expectHeader(at[i], at[i] + h.lines - 1, h.labels, table);
    const column = (label: string) => {
      for (let n = at[i]; n < at[i] + h.lines; n++) {
        const k = d.cells(n).findIndex((c) => compact(c).startsWith(label));
        if (k >= 0) return k;
      }
      return -1;
    };
    const last = (at[i + 1] ?? end + 1) - 1;
    return {
      head: at[i],
      end: last,
      rows: d.rows(at[i] + h.lines, last, () => true),
      at: column,
      col: (label: string) => (column(label) >= 0 ? column(label) : d.fail(at[i], `${table}: no column "${label}"`)),
    };
  });
}
