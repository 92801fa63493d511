// An answer's table as Slack blocks: the native `table` block when it fits, else a code block.
// Rows are dropped whole (and counted), never cut; numeric cells are never shortened.
import type { Lang, Table } from '../core/answer.js';
import { displayWidth, escapeSlack, guessLang, truncateLabel, truncateProse } from './slack-text.js';

export const TABLE_LIMITS = {
  /** Rows of one table block, header included. */
  rows: 100,
  columns: 20,
  /** Our own cap on the characters of all cells of one table block, to keep the message small. */
  tableChars: 10_000,
  /** Non-numeric cell text in a table block. */
  cellChars: 500,
  /** Non-numeric cell text in the fixed-width fallback. */
  codeCellWidth: 40,
  sectionChars: 3000,
  codeSections: 4,
} as const;

export interface TableBlocks {
  blocks: Record<string, unknown>[];
  /** Data rows left out. */
  omittedRows: number;
}

function isNumeric(table: Table, col: number): boolean {
  return table.numeric?.includes(col) ?? false;
}

/** Runs of white space, or any at the ends, to fold into one space. */
const SPACES = /\s\s|[\t\n\r]|^\s|\s$/;

function cellText(table: Table, col: number, raw: string | undefined, max: number): string {
  const text = escapeSlack(SPACES.test(raw ?? '') ? (raw ?? '').replace(/\s+/g, ' ').trim() : raw ?? '');
  if (text === '') return '—';
  if (isNumeric(table, col) || text.length <= max) return text;
  // prose is cut at a sentence end, with a note, never mid-word
  return max >= 100 ? truncateProse(text, max, guessLang(text)) : truncateLabel(text, max);
}

function nativeTable(table: Table): TableBlocks {
  const width = table.columns.length;
  const row = (cells: (string | undefined)[]) =>
    Array.from({ length: width }, (_, c) => ({ type: 'raw_text', text: cellText(table, c, cells[c], TABLE_LIMITS.cellChars) }));
  const rows = [row(table.columns)];
  let chars = rows[0].reduce((n, cell) => n + cell.text.length, 0);
  for (const data of table.rows) {
    const cells = row(data);
    const size = cells.reduce((n, cell) => n + cell.text.length, 0);
    if (rows.length >= TABLE_LIMITS.rows || chars + size > TABLE_LIMITS.tableChars) break;
    rows.push(cells);
    chars += size;
  }
  const column_settings = Array.from({ length: width }, (_, c) =>
    isNumeric(table, c) ? { align: 'right' } : { is_wrapped: true },
  );
  return { blocks: [{ type: 'table', column_settings, rows }], omittedRows: table.rows.length - (rows.length - 1) };
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function codeTable(table: Table): TableBlocks {
  const cells = (r: string[]) => table.columns.map((_, c) => cellText(table, c, r[c], TABLE_LIMITS.codeCellWidth));
  const head = cells(table.columns);
  const body = table.rows.map(cells);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[c]))));
  const line = (r: string[]) => r.map((t, c) => pad(t, widths[c], isNumeric(table, c))).join('  ').trimEnd();
  const header = line(head);
  const fence = (lines: string[]) => '```\n' + lines.join('\n') + '\n```';
  const blocks: Record<string, unknown>[] = [];
  let chunk: string[] = [header];
  let used = 0;
  for (const r of body) {
    const l = line(r);
    if (fence([...chunk, l]).length > TABLE_LIMITS.sectionChars) {
      if (chunk.length === 1 || blocks.length + 1 >= TABLE_LIMITS.codeSections) break;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fence(chunk) } });
      chunk = [header];
      if (fence([...chunk, l]).length > TABLE_LIMITS.sectionChars) break;
    }
    chunk.push(l);
    used++;
  }
  if (chunk.length > 1 || blocks.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fence(chunk) } });
  return { blocks, omittedRows: table.rows.length - used };
}

/** Tables longer than this become a paginated, sortable `data_table`; shorter ones read at a glance. */
export const DATA_TABLE_FROM_ROWS = 10;

/**
 * Long tables as a `data_table` (paginated, sortable; numbers as raw_number cells so they sort as
 * numbers), short ones as the `table` block, anything past 100 rows × 20 columns as a code block.
 * `plain` leaves out the data table (the fallback when Slack rejects a block).
 */
export function tableBlocks(table: Table, opts: { plain?: boolean; caption?: string } = {}): TableBlocks {
  if (table.columns.length === 0) return { blocks: [], omittedRows: 0 };
  if (table.columns.length > TABLE_LIMITS.columns || table.rows.length + 1 > TABLE_LIMITS.rows) return codeTable(table);
  if (!opts.plain && table.rows.length > DATA_TABLE_FROM_ROWS) return dataTable(table, opts.caption ?? '');
  return nativeTable(table);
}

/** "2,216,120" → 2216120, "-37.67%" → -37.67; undefined for anything that is not one number. */
export function cellNumber(text: string): number | undefined {
  const m = /^([-+−]?[\d,]+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  return m ? Number(m[1].replace(/,/g, '').replace('−', '-')) : undefined;
}

function dataTable(table: Table, caption: string): TableBlocks {
  const width = table.columns.length;
  const cell = (c: number, raw: string | undefined) => {
    const text = cellText(table, c, raw, TABLE_LIMITS.cellChars);
    const value = isNumeric(table, c) ? cellNumber(text) : undefined;
    return value === undefined ? { type: 'raw_text', text } : { type: 'raw_number', value, text };
  };
  const rows = [table.columns.map((h, c) => ({ type: 'raw_text', text: cellText(table, c, h, TABLE_LIMITS.cellChars) }))];
  let chars = rows[0].reduce((n, x) => n + x.text.length, 0);
  for (const data of table.rows) {
    const cells = Array.from({ length: width }, (_, c) => cell(c, data[c]));
    const size = cells.reduce((n, x) => n + x.text.length, 0);
    if (rows.length >= TABLE_LIMITS.rows + 1 || chars + size > TABLE_LIMITS.tableChars) break;
    rows.push(cells);
    chars += size;
  }
  const block = { type: 'data_table', caption: truncateLabel(escapeSlack(caption) || '—', 150), page_size: DATA_TABLE_FROM_ROWS, rows };
  return { blocks: [block], omittedRows: table.rows.length - (rows.length - 1) };
}

export function moreRowsNote(n: number, lang: Lang): string {
  return lang === 'zh' ? `另有 ${n} 列未顯示。` : `${n} more ${n === 1 ? 'row' : 'rows'} not shown.`;
}
