// Wide tables of a unit budget printed as a left page and a right page, page after page
// (捐助經費分析表, 委辦經費分析表): rows with labels on the left, their figures on the right.
import { type Doc, filled, isNumberCell, isNumericRow, type Row } from './source.js';

/** Page titles and running heads between the halves. */
const FURNITURE = /^(數位發展部\S*|數位產業署|\S*分析表|中華民國.*|\d+年度|單位：.*|本\s*頁\s*空\s*白)$/;

export interface HalfRow {
  /** left-half line (labels) */
  line: number;
  /** left-half cells, continuation lines merged in */
  cells: string[];
  /** right-half line (figures) and its non-empty cells */
  rightLine: number;
  right: string[];
}

export interface HalvesSpec {
  from: number;
  to: number;
  isLeftHeader: (cells: string[]) => boolean;
  isRightHeader: (cells: string[]) => boolean;
  /** a left line that opens a row (others with text continue the row above) */
  isRowLabel: (first: string) => boolean;
  /** how many trailing left cells hold figures */
  leftFigures: number;
  what: string;
}

/** Rows of the table with both halves joined, in printed order. */
export function readHalves(d: Doc, spec: HalvesSpec): HalfRow[] {
  const out: HalfRow[] = [];
  let side: 'none' | 'left' | 'right' = 'none';
  let left: { line: number; cells: string[] }[] = [];
  let right: Row[] = [];
  let pending: { line: number; cells: string[] }[] = [];
  const flush = () => {
    if (left.length !== right.length) {
      throw new Error(`${d.name}: ${spec.what}: a page has ${left.length} left rows and ${right.length} right rows`);
    }
    left.forEach((l, i) => out.push({ line: l.line, cells: l.cells, rightLine: right[i].line, right: filled(right[i].cells) }));
    left = [];
    right = [];
  };
  let rowsOnPage = 0;
  for (let n = spec.from; n <= spec.to; n++) {
    const c = d.cells(n);
    if (filled(c).length === 0 || FURNITURE.test(filled(c).join(' '))) continue;
    if (spec.isLeftHeader(c)) {
      if (side === 'right') flush();
      side = 'left';
      rowsOnPage = 0;
      continue;
    }
    if (spec.isRightHeader(c)) {
      side = 'right';
      continue;
    }
    if (side === 'left') {
      const f = filled(c);
      const figures = f.slice(-spec.leftFigures);
      if (spec.isRowLabel(c[0]) && figures.length === spec.leftFigures && figures.every(isNumberCell)) {
        left.push({ line: n, cells: [...c] });
        rowsOnPage++;
      } else if (c[0] === '' && rowsOnPage === 0) {
        // second line of the column header
      } else {
        // a wrapped name or recipient: continue the last row (of this page or the page before)
        const target = left[left.length - 1] ?? pending[pending.length - 1];
        if (!target) throw new Error(`${d.name}:${n}: ${spec.what}: continuation before any row`);
        mergeContinuation(d, target.cells, c);
      }
    } else if (side === 'right' && isNumericRow(c)) {
      right.push({ line: n, cells: c });
    }
    if (side === 'left' && left.length > 0) pending = left;
  }
  flush();
  return out;
}

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
