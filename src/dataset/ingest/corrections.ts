// Curated corrections: only where the printed text cannot be parsed as it stands. Each quotes the
// text exactly as printed; it applies only to a cell that prints the quote, and `quotedLine` fails the
// ingest when the quote is no longer printed exactly once in the document.
import type { Doc } from './source.js';

export interface Correction {
  /** the text exactly as printed */
  printed: string;
  corrected: string;
  reason: string;
}

/** Account numbers printed with nine digits in the 資本支出分析表 (a zero dropped). */
export const ACCOUNT_CODE_CORRECTIONS: Correction[] = [
  {
    printed: '006220000 數位產業署',
    corrected: '0062200000',
    reason: 'nine digits; 預算員額明細表 prints the agency as "0062200000 數位產業署"',
  },
  {
    printed: '526220000 科學支出',
    corrected: '5262200000',
    reason: 'nine digits; function 52 + agency 6220 + programme 00 + work plan 00 has ten (compare "5262200100 一般行政")',
  },
];

/** Row labels of a tree table (donations.ts) mangled by a line wrap. */
export const NAME_CORRECTIONS: Correction[] = [
  {
    printed: '(5)跨域數位人才暨智慧學習 習整合推動計畫',
    corrected: '跨域數位人才暨智慧學習整合推動計畫',
    reason: '習 is printed twice across the wrap; the sub-programme explanations print "跨域數位人才暨智慧學習整合推動計畫"',
  },
];

/**
 * A table whose first rows were on a page the text layer lost: the row it still prints, quoted
 * (the tail of a lost row's explanation runs into it), and the tables that print what the lost
 * rows held instead.
 */
export interface LostRows {
  table: string;
  /** the first row the table prints, exactly as printed */
  printed: string;
  /** where the lost rows' figures are read instead */
  readFrom: string[];
  reason: string;
}

export const LOST_ROWS: LostRows[] = [
  {
    table: '歲出機關別預算表',
    printed: '5262209800 第一預備金\t3,000\t-\t-\t3,000\t23千元，增列辦理運動科技創新模式研發及公益平台推動計畫等經費391,048千元，計淨增156,325千元。',
    readFrom: ['歲出一級用途別科目分析表', '歲出計畫提要及分支計畫概況表'],
    reason:
      'the 112 unit budget prints only the last row of its 歲出機關別預算表 (第一預備金, after the tail of the row above it); ' +
      'the agency, function and the other programmes were on a page the text lost. Agency and function budgets are the 合計 ' +
      'of their rows in the 歲出一級用途別科目分析表, programme budgets the headers of the 歲出計畫提要及分支計畫概況表; ' +
      'their previous-year and final-account columns are printed nowhere else in the book and stay empty.',
  },
];

/** The correction for the rows a book's table lost, when the book prints its quote. */
export function lostRowsOf(d: Doc, table: string): LostRows | undefined {
  const c = LOST_ROWS.find((x) => x.table === table && d.lines.some((l) => l.includes(x.printed)));
  if (c) quotedLine(d, c);
  return c;
}

/** The one line that prints a correction's quote. */
export function quotedLine(d: Doc, c: Pick<Correction, 'printed'>): number {
  const at = d.lines.flatMap((l, i) => (l.includes(c.printed) ? [i + 1] : []));
  if (at.length !== 1) throw new Error(`${d.name}: correction quote printed ${at.length} times: "${c.printed}"`);
  return at[0];
}

/** The corrected value for a cell, if a correction quotes it. */
export function correctionFor(d: Doc, list: Correction[], cell: string): string | undefined {
  const c = list.find((x) => cell.trim() === x.printed);
  if (c) quotedLine(d, c);
  return c?.corrected;
}
