// An answer's table as a monospace code block for Discord, split into pages that fit a budget.
// Wide (CJK, full-width) characters take two columns; numeric columns are right-aligned and never cut.
import type { Table } from '../core/answer.js';
import { displayWidth, padDisplay, truncateDisplay } from './width.js';

/** Text cells wider than this are cut with …; phones wrap code blocks beyond ~60 columns. */
export const MAX_TEXT_COLUMNS = 24;
/** Rows on one page even when more would fit: a page should be readable at a glance. */
export const MAX_PAGE_ROWS = 15;

export interface TableLayout {
  header: string[]; // the column names and a rule
  rows: string[]; // one line per table row, all of the same display width as the header
}

/** Backticks would close the code block: show a look-alike instead. */
function cellText(s: string): string {
  return String(s ?? '').replace(/`/g, 'ˋ').replace(/\s+/g, ' ').trim();
}

const TOKEN_END = /[A-Za-z0-9.,%$+-]+$/;
const TOKEN_START = /^[A-Za-z0-9.,%$+-]/;

/** Cut a text cell to `max` columns, backing off to the start of a number or word it would split. */
export function cutText(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  const kept = truncateDisplay(s, max).slice(0, -1);
  const split = TOKEN_END.test(kept) && TOKEN_START.test(s.slice(kept.length));
  const backed = split ? kept.replace(TOKEN_END, '').trimEnd() : kept;
  return (backed || kept) + '…';
}

export function layoutTable(table: Table, maxText = MAX_TEXT_COLUMNS): TableLayout {
  const numeric = new Set(table.numeric ?? []);
  const n = table.columns.length;
  const fit = (r: string[]) =>
    Array.from({ length: n }, (_, i) => (numeric.has(i) ? cellText(r[i]) : cutText(cellText(r[i]), maxText)));
  const head = fit(table.columns);
  const body = table.rows.map(fit);
  const widths = head.map((_, i) => Math.max(displayWidth(head[i]), ...body.map((r) => displayWidth(r[i]))));
  const line = (r: string[], headerRow = false) =>
    r.map((c, i) => padDisplay(c, widths[i], numeric.has(i) && !headerRow ? 'right' : 'left')).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return { header: [line(head, true), rule], rows: body.map((r) => line(r)) };
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
