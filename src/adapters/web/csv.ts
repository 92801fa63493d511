// An answer's table as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads Chinese), CRLF rows,
// numbers without thousands separators, and text cells that a spreadsheet would run as a formula defused.
import type { ServerResponse } from 'node:http';
import type { Answer } from '../../core/answer.js';

const NUMBER = /^-?[\d,]+(\.\d+)?$/;
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string, numeric: boolean): string {
  let v = value;
  if (numeric && NUMBER.test(v)) v = v.replace(/,/g, '');
  else if (FORMULA.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The columns and rows the CSV holds: the answer's table, or its figures when it has no table. */
export function csvRows(a: Answer): { columns: string[]; rows: string[][]; numeric: Set<number> } {
  if (a.table && a.table.rows.length) {
    return { columns: a.table.columns, rows: a.table.rows, numeric: new Set(a.table.numeric ?? []) };
  }
  const zh = a.lang === 'zh';
  const columns = zh ? ['項目', '數值', '單位', '年度', '來源文件', '表', '行'] : ['Label', 'Value', 'Unit', 'Year', 'Document', 'Table', 'Line'];
  const rows = a.figures.map((f) => [
    f.label, String(f.value), f.unitLabel ?? f.unit, f.year !== undefined ? String(f.year) : '',
    f.source?.doc ?? '', f.source?.table ?? '', f.source?.line !== undefined ? String(f.source.line) : '',
  ]);
  return { columns, rows, numeric: new Set([1, 3, 6]) };
}

/** Rows as CSV text for a spreadsheet; `numeric` are the columns that hold numbers. */
export function csvText(columns: string[], rows: string[][], numeric: Set<number>): string {
  const lines = [columns.map((c) => cell(c, false)), ...rows.map((r) => r.map((c, i) => cell(c, numeric.has(i))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export function answerCsv(a: Answer): string {
  const { columns, rows, numeric } = csvRows(a);
  return csvText(columns, rows, numeric);
}

/** Send an answer as a CSV download, named after the question. */
export function sendAnswerCsv(res: ServerResponse, a: Answer): void {
  if (res.headersSent) return;
  const body = answerCsv(a);
  const name = `${a.query.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'answer'}.csv`;
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': `attachment; filename="answer.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}
