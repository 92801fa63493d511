// Tables printed as a tree of rows (合計 → group → item …) in a left half of labels and a right half
// of figures, page after page (捐助經費分析表, 委辦經費分析表): found by the left half's header wherever
// it is printed, read until the next table opens.
import { type Doc, compact } from './source.js';
import { cleanName } from './text.js';
import { readHalves, type HalfRow } from './page-halves.js';
import { tableEnd } from './openings.js';

export interface Column {
  label: string; // as printed in the header
  measure: string;
  nature: 'current' | 'capital' | null;
}

export interface TreeRow {
  level: number; // 0 = 合計
  label: string; // the printed row label, numbering removed
  key: string; // printed numbering: "1.", "4040", "(2)", "[3]"
  rawFirst: string; // the label cell as printed
  line: number;
  rightLine: number;
  values: { column: Column; cell: string; line: number }[];
  texts: string[]; // other left cells: item no, period, recipient, content
  parent: TreeRow | null;
}

/** Three current columns, two capital ones, then 合計 (the budget). */
export function sixColumns(labels: string[], measures: string[]): Column[] {
  const parts = labels.map((label, i) => ({ label, measure: measures[i], nature: i < 3 ? ('current' as const) : ('capital' as const) }));
  return [...parts, { label: '合計', measure: 'budget', nature: null }];
}

export const LABEL = /^(合\s*計|\d+\.(?=\d{10}|\D)|\d{4}\s|\(\d+\)|\[\d+\])/;

function levelOf(d: Doc, label: string, levels: RegExp[]): number {
  const i = levels.findIndex((re) => re.test(label));
  if (i < 0) throw new Error(`${d.name}: row label "${label}" has no level`);
  return i;
}

function buildTree(d: Doc, rows: HalfRow[], columns: Column[], leftFigures: number, levels: RegExp[]): TreeRow[] {
  const out: TreeRow[] = [];
  const stack: TreeRow[] = [];
  for (const r of rows) {
    const first = r.cells[0];
    const level = levelOf(d, first, levels);
    const key = LABEL.exec(first)![1].trim();
    const leftValues = r.cells.filter((c) => c !== '').slice(-leftFigures);
    const cellsAll = [
      ...leftValues.map((cell) => ({ cell, line: r.line })),
      ...r.right.map((cell) => ({ cell, line: r.rightLine })),
    ];
    if (cellsAll.length !== columns.length) throw new Error(`${d.name}:${r.line}: ${cellsAll.length} figures for ${columns.length} columns`);
    const texts = r.cells.slice(1).filter((c) => c !== '');
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const row: TreeRow = {
      level,
      label: cleanName(first.replace(LABEL, '')),
      key: compact(key),
      rawFirst: first,
      line: r.line,
      rightLine: r.rightLine,
      values: cellsAll.map((c, i) => ({ column: columns[i], ...c })),
      texts: texts.slice(0, texts.length - leftFigures),
      parent: stack[stack.length - 1] ?? null,
    };
    stack.push(row);
    out.push(row);
  }
  return out;
}

interface TreeSpec {
  table: string;
  /** the first cell of the left half's header, and the labels of its header lines */
  opener: string;
  headLines: number;
  labels: string[];
  /** the first cell of the right half's header, and the labels of its three header lines */
  rightOpener: string;
  rightLabels: string[];
  leftFigures: number;
  columns: Column[];
  /** the row labels of each level of the tree, from 合計 down */
  levels: RegExp[];
}

/** A tree table found by its left header, wherever it is printed; it runs until the next table opens. */
export function readTree(d: Doc, s: TreeSpec): TreeRow[] {
  const from = d.find((t) => compact(t).startsWith(s.opener), 1, undefined, s.opener);
  const to = tableEnd(d, from, s.table);
  d.expectHeader(from, from + s.headLines, s.labels, s.table);
  const rightHead = d.find((t) => compact(t).startsWith(s.rightOpener), from, to, `header ${s.rightOpener}`);
  d.expectHeader(rightHead, rightHead + 2, s.rightLabels, s.table);
  const rows = readHalves(d, {
    from, to, what: s.table, leftFigures: s.leftFigures,
    isLeftHeader: (c) => compact(c[0]).startsWith(s.opener),
    isRightHeader: (c) => compact(c[0]).startsWith(s.rightOpener),
    isRowLabel: (first) => LABEL.test(first),
  });
  return buildTree(d, rows, s.columns, s.leftFigures, s.levels);
}
