// Years in a question: ROC (114, 114 年度) or AD (2025, FY2025). Relative years (本年度, 去年) are
// time words of the concept table.

export interface YearMention {
  /** ROC year */
  year: number;
  /** where in the question it was read, and the text */
  start: number;
  end: number;
  text: string;
}

export const MIN_ROC = 80;
export const MAX_ROC = 140;

/** AD 1911 is ROC 0: the one offset between the calendars. */
const ROC_EPOCH = 1911;

export function rocToAd(roc: number): number {
  return roc + ROC_EPOCH;
}

/** AD years: 2025, fy2025, 2025年 (a comma after it ends an English clause, "by the end of 2025,";
 * one before digits is a thousands mark). */
const AD_YEAR = /(?:fy\s*)?(?<![\d,.])((?:19|20)\d{2})(?!\d|,\d)(?:\s*年度?)?/g;
/** ROC with 年/年度: 114 年度, 112年底 (the 底 is read apart, for as-of dates). */
const ROC_YEAR = /(?:民國\s*)?(\d{2,3})\s*(?:年度|年)/g;
/** Bare ROC numbers in the plausible range, not part of a larger number nor followed by a counting word. */
const BARE_YEAR = /(?<=^|[^\d,.a-z])(\d{2,3})(?![\d,.%a-z]|\s*(?:億|萬|千|元|人|個|名|家|件|座|項|筆|張|%|位|名|短碼|號|碼|專線))/g;
/** Months and days date a figure within the year; they name nothing. */
const DATE_PARTS = /(?<![\d,.])(?:1[0-2]|0?[1-9])\s*月(?:底|份|初|中|末)?|(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])\s*日|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/g;

/**
 * Years named in a question, where each stands, and the months and days beside them (which name
 * nothing). Where bare ROC numbers are not read as years (English: people write 2025, and "the 111
 * short code" is a number), 114 is a year only after roc / fy / year.
 */
export function readYearSpans(q: string, bareRoc = true): { years: YearMention[]; dates: { start: number; end: number }[] } {
  const years: YearMention[] = [];
  const taken = (start: number, end: number) => years.some((y) => start < y.end && y.start < end);
  const add = (m: RegExpMatchArray, year: number) => {
    const start = m.index!;
    if (!taken(start, start + m[0].length)) years.push({ year, start, end: start + m[0].trimEnd().length, text: m[0].trim() });
  };
  for (const m of q.matchAll(AD_YEAR)) add(m, Number(m[1]) - ROC_EPOCH);
  for (const m of q.matchAll(ROC_YEAR)) add(m, Number(m[1]));
  for (const m of q.matchAll(BARE_YEAR)) {
    const n = Number(m[1]);
    if (n < MIN_ROC || n > MAX_ROC) continue;
    if (!bareRoc && !/(?:roc|fy|year)\s*$/.test(q.slice(0, m.index))) continue;
    add(m, n);
  }
  const dates = [...q.matchAll(DATE_PARTS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    .filter((d) => !taken(d.start, d.end));
  return { years: years.sort((a, b) => a.start - b.start), dates };
}

/** A year in either calendar as a ROC year: 2025 → 114, 114 → 114. */
export function adToRoc(year: number): number {
  return year > ROC_EPOCH ? year - ROC_EPOCH : year;
}
