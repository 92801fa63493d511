// An answer's table as a monospace code block for Discord, split into pages that fit a budget.
// Every line fits the embed's width: text cells wrap (between words, or between CJK characters),
// numbers are right-aligned and never cut. A table whose prose would not fit in columns is laid out
// as records, one "column：value" per line.
import type { Table } from '../core/answer.js';
import { displayWidth, padDisplay } from './width.js';
import { wrapDisplay } from './wrap.js';

/** Columns of a code block in an embed before the client wraps it (phones: about 56). */
export const EMBED_COLUMNS = 56;
/** Rows on one page even when more would fit: a page should be readable at a glance. */
export const MAX_PAGE_ROWS = 15;
/** Narrowest text column worth having; below this the table is shown as records. */
const MIN_TEXT = 8;
/** A cell wrapped to more lines than this reads better as a record. */
const MAX_CELL_LINES = 5;
const GAP = 2;
/** Columns a number column's header may claim beyond its numbers, so that it wraps into few lines. */
const NUMBER_HEAD = 12;

export interface TableLayout {
  header: string[]; // the column names (possibly wrapped) and a rule, or nothing for records
  rows: string[]; // one entry per table row, possibly several lines joined by \n
  /** Per row, per column, the lines of each cell (for checking the wrap). */
  cells: string[][][];
  widths: number[];
}

/** Backticks would close the code block: show a look-alike instead. */
function cellText(s: string): string {
  return String(s ?? '').replace(/`/g, 'ˋ').replace(/\s+/g, ' ').trim();
}

/** Widths for the text columns: each its natural width while they fit, else a fair share of what is left. */
function fitWidths(natural: number[], numeric: Set<number>, total: number): number[] | undefined {
  const widths = [...natural];
  const text = natural.map((_, i) => i).filter((i) => !numeric.has(i));
  const fixed = natural.reduce((s, w, i) => s + (numeric.has(i) ? w : 0), 0) + GAP * (natural.length - 1);
  let room = total - fixed;
  if (room < MIN_TEXT * text.length) return text.length === 0 && room >= 0 ? widths : undefined;
  // water-filling: the narrowest columns keep their width, the rest share what remains
  const order = [...text].sort((a, b) => natural[a] - natural[b]);
  order.forEach((c, k) => {
    const share = Math.floor(room / (order.length - k));
    widths[c] = Math.max(MIN_TEXT, Math.min(natural[c], share));
    room -= widths[c];
  });
  return widths;
}

/** Room the columns leave goes to number columns whose header would wrap, so it wraps into as few lines as fit. */
function widenHeads(widths: number[], head: string[], numeric: Set<number>, total: number): number[] {
  let room = total - widths.reduce((s, w) => s + w, 0) - GAP * (widths.length - 1);
  return widths.map((w, i) => {
    if (!numeric.has(i) || room <= 0) return w;
    const more = Math.min(room, Math.max(0, displayWidth(head[i]) - w));
    room -= more;
    return w + more;
  });
}

function gridLayout(head: string[], body: string[][], numeric: Set<number>, widths: number[]): TableLayout | undefined {
  const wrapRow = (r: string[]) => r.map((c, i) => (numeric.has(i) && displayWidth(c) <= widths[i] ? [c] : wrapDisplay(c, widths[i])));
  const cells = body.map(wrapRow);
  if (cells.some((r) => r.some((lines, i) => !numeric.has(i) && lines.length > MAX_CELL_LINES))) return undefined;
  const lines = (r: string[][], header: boolean) => {
    const n = Math.max(1, ...r.map((l) => l.length));
    return Array.from({ length: n }, (_, k) => r.map((l, i) => padDisplay(l[k] ?? '', widths[i], numeric.has(i) && !header ? 'right' : 'left')).join(' '.repeat(GAP)));
  };
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP));
  return { header: [...lines(wrapRow(head), true), rule], rows: cells.map((r) => lines(r, false).join('\n')), cells, widths };
}

/** Each row as "column：value" lines, values wrapped under an indent; for prose the columns cannot hold. */
function recordLayout(head: string[], body: string[][], width: number): TableLayout {
  const cells = body.map((r) => r.map((c, i) => wrapDisplay(`${head[i]}：${c}`, width)));
  const rows = cells.map((r) => [...r.flat(), ''].join('\n').trimEnd());
  return { header: [], rows, cells, widths: [width] };
}

export function layoutTable(table: Table, width = EMBED_COLUMNS): TableLayout {
  const numeric = new Set(table.numeric ?? []);
  const n = table.columns.length;
  const fit = (r: string[]) => Array.from({ length: n }, (_, i) => cellText(r[i]));
  const head = fit(table.columns);
  const body = table.rows.map(fit);
  // a number column is as wide as its widest number, and wide enough for its header in a few lines
  const natural = head.map((h, i) => Math.max(Math.min(displayWidth(h), numeric.has(i) ? NUMBER_HEAD : MIN_TEXT), 2, ...body.map((r) => displayWidth(r[i]))));
  const widths = fitWidths(natural, numeric, width);
  return (widths && gridLayout(head, body, numeric, widenHeads(widths, head, numeric, width))) || recordLayout(head, body, width);
}

const FENCE_CHARS = '```\n'.length + '\n```'.length;

/** Page boundaries [from, to) for rows of a layout so that each page's block fits `budget` characters. */
export function paginate(layout: TableLayout, budget: number, maxRows = MAX_PAGE_ROWS): Array<[number, number]> {
  const fixed = FENCE_CHARS + layout.header.reduce((s, l) => s + l.length + 1, 0);
  const pages: Array<[number, number]> = [];
  let from = 0;
  while (from < layout.rows.length) {
    let size = fixed;
    let to = from;
    while (to < layout.rows.length && to - from < maxRows && size + layout.rows[to].length + 1 <= budget) {
      size += layout.rows[to].length + 1;
      to++;
    }
    if (to === from) break; // not even one row fits: the caller shows none and says how many
    pages.push([from, to]);
    from = to;
  }
  return pages;
}

export interface TablePage {
  block: string; // the code block, or '' when no row fits
  page: number; // 0-based, clamped to the pages there are
  pages: number;
  from: number;
  to: number;
  total: number;
}

export function renderTablePage(table: Table, page: number, budget: number): TablePage {
  const layout = layoutTable(table);
  const bounds = paginate(layout, budget);
  const total = layout.rows.length;
  if (bounds.length === 0) return { block: '', page: 0, pages: 0, from: 0, to: 0, total };
  const p = Math.min(Math.max(0, Math.trunc(page) || 0), bounds.length - 1);
  const [from, to] = bounds[p];
  const block = '```\n' + [...layout.header, ...layout.rows.slice(from, to)].join('\n') + '\n```';
  return { block, page: p, pages: bounds.length, from, to, total };
}
