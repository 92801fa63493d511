// Tables printed as a tree of rows (合計 → group → item …) in a left half of labels and a right half
// of figures, page after page (捐助經費分析表, 委辦經費分析表): found by the left half's header wherever
// it is printed and read until the next table opens, each page's left rows joined to its right rows
// by order.
import { type Column, type Doc, type Row, compact, filled, isFurniture, isNumberCell, isNumericRow } from './source.js';
import { cleanName } from './text.js';
import { readHalves, type Head } from './openings.js';

/** A column of 千元 figures, current or capital money (null: the total). */
export type TreeColumn = Column & { nature: 'current' | 'capital' | null };

export interface TreeRow {
  level: number; // 0 = 合計
  label: string; // the printed row label, numbering removed
  key: string; // printed numbering: "1.", "4040", "(2)", "[3]"
  rawFirst: string; // the label cell as printed
  line: number;
  rightLine: number;
  values: { column: TreeColumn; cell: string; line: number }[];
  texts: string[]; // other left cells: item no, period, recipient, content
  parent: TreeRow | null;
}

export interface TreeSpec {
  table: string;
  /** the headers of the left half (labels) and the right half (figures), printed again on each page */
  left: Head;
  right: Head;
  /** how many trailing left cells hold figures */
  leftFigures: number;
  columns: TreeColumn[];
  /** the row labels of each level of the tree, from 合計 down */
  levels: RegExp[];
}

/** Three current columns, two capital ones, then 合計 (the budget). */
export function sixColumns(labels: string[], measures: string[]): TreeColumn[] {
  const parts = labels.map((label, i) => ({ label, measure: measures[i], unit: 'TWD' as const, nature: i < 3 ? ('current' as const) : ('capital' as const) }));
  return [...parts, { label: '合計', measure: 'budget', unit: 'TWD', nature: null }];
}

const LABEL = /^(合\s*計|\d+\.(?=\d{10}|\D)|\d{4}\s|\(\d+\)|\[\d+\])/;

/**
 * Append a continuation line to the row it continues: its first cell to the name, its other text
 * to the first text cell of the row that stops mid-sentence (a wrapped recipient such as
 * "財團法人資訊工" + "業策進會、工業 技術研究院"), else to the last text cell.
 */
function mergeContinuation(d: Doc, row: string[], cont: string[]): void {
  if (cont[0]) row[0] = `${row[0]} ${cont[0]}`;
  const rest = filled(cont.slice(1));
  if (rest.length === 0) return;
  const text = row
    .map((cell, i) => ({ cell, i }))
    .filter(({ cell, i }) => i > 0 && cell !== '' && !isNumberCell(cell) && !/^\d+-\d+$/.test(cell));
  if (text.length === 0) throw new Error(`${d.name}: continuation "${rest.join(' ')}" has no cell to continue`);
  const k = (text.find(({ cell }) => !/[。.]$/.test(cell)) ?? text[text.length - 1]).i;
  row[k] = `${row[k]} ${rest.join(' ')}`;
}

/**
 * Each page's left rows, paired by order with its right rows. A left line that opens no row
 * continues the last row, of its page or the page before (a wrapped name or recipient).
 */
function pageRows(d: Doc, s: TreeSpec, from: number, to: number): [Row, Row][] {
  const out: [Row, Row][] = [];
  let side: 'left' | 'right' | null = null;
  let [left, right]: Row[][] = [[], []];
  let last: Row | undefined;
  const flush = () => {
    out.push(...d.pair(left, right, `${s.table}: a page`));
    [left, right] = [[], []];
  };
  for (const r of d.rows(from, to, (c) => !isFurniture(c.join('\t'), s.table))) {
    const [first] = r.cells;
    const figures = filled(r.cells).slice(-s.leftFigures);
    if (compact(first).startsWith(s.left.opens)) {
      if (side === 'right') flush();
      side = 'left';
    } else if (compact(first).startsWith(s.right.opens)) side = 'right';
    else if (side === 'right' && isNumericRow(r.cells)) right.push(r);
    else if (side !== 'left' || (first === '' && left.length === 0)) continue; // the second line of a left header
    else if (LABEL.test(first) && figures.length === s.leftFigures && figures.every(isNumberCell)) left.push((last = r));
    else if (last) mergeContinuation(d, last.cells, r.cells);
    else d.fail(r.line, `${s.table}: continuation before any row`);
  }
  flush();
  return out;
}

/** A tree table found by its left header, wherever it is printed; it runs until the next table opens. */
export function readTree(d: Doc, s: TreeSpec): TreeRow[] {
  const [left, right] = readHalves(d, s.table, null, [s.left, s.right]);
  const stack: TreeRow[] = [];
  return pageRows(d, s, left.head, right.end).map(([l, r]) => {
    const first = l.cells[0];
    const level = s.levels.findIndex((re) => re.test(first));
    if (level < 0) d.fail(l.line, `${s.table}: row label "${first}" has no level`);
    const figures = [...filled(l.cells).slice(-s.leftFigures).map((cell) => ({ cell, line: l.line })), ...filled(r.cells).map((cell) => ({ cell, line: r.line }))];
    if (figures.length !== s.columns.length) d.fail(l.line, `${s.table}: ${figures.length} figures for ${s.columns.length} columns`);
    const texts = filled(l.cells.slice(1));
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const row: TreeRow = {
      level,
      label: cleanName(first.replace(LABEL, '')),
      key: compact(LABEL.exec(first)![1].trim()),
      rawFirst: first,
      line: l.line,
      rightLine: r.line,
      values: figures.map((c, i) => ({ column: s.columns[i], ...c })),
      texts: texts.slice(0, texts.length - s.leftFigures),
      parent: stack[stack.length - 1] ?? null,
    };
    stack.push(row);
    return row;
  });
}
