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

/** The one line that prints a correction's quote. */
export function quotedLine(d: Doc, c: Correction): number {
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
