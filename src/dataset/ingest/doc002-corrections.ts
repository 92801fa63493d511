// Curated corrections for document 002: only where the printed text cannot be parsed as it stands.
// Each quotes the source text it corrects; `checkQuote` fails the build if the quote is no longer there.
import { DOC, lineText } from './doc002-common.js';

export interface Correction {
  line: number;
  /** the text exactly as printed on that line */
  printed: string;
  corrected: string;
  reason: string;
}

/** Account numbers printed with nine digits in the 資本支出分析表 (a zero dropped). */
export const ACCOUNT_CODE_CORRECTIONS: Correction[] = [
  {
    line: 514,
    printed: '006220000 數位產業署',
    corrected: '0062200000',
    reason: 'nine digits; the agency is printed as "0062200000 數位產業署" on line 561',
  },
  {
    line: 515,
    printed: '526220000 科學支出',
    corrected: '5262200000',
    reason: 'nine digits; function 52 + agency 6220 + programme 00 + work plan 00 has ten (compare "5262200100 一般行政" on line 516)',
  },
];

/** Names mangled by a line wrap. */
export const NAME_CORRECTIONS: Correction[] = [
  {
    line: 852,
    printed: '(5)跨域數位人才暨智慧學習 習整合推動計畫',
    corrected: '跨域數位人才暨智慧學習整合推動計畫',
    reason: '習 is printed twice across the wrap; lines 276 and 333 print "跨域數位人才暨智慧學習整合推動計畫"',
  },
];

export function checkQuote(c: Correction): void {
  if (!lineText(c.line).includes(c.printed)) {
    throw new Error(`${DOC}:${c.line}: correction quote not found: "${c.printed}"`);
  }
}

/** The corrected value for a cell of a given line, if a correction applies to it. */
export function correctionFor(list: Correction[], line: number, cell: string): string | undefined {
  const c = list.find((x) => x.line === line && cell.trim() === x.printed);
  if (!c) return undefined;
  checkQuote(c);
  return c.corrected;
}
