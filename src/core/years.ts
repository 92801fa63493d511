// Years in a question: ROC (114, 114 年度) or AD (2025, FY2025), and 本年度/上年度/前年度.

export interface YearMention {
  /** ROC year */
  year: number;
  /** the text it was read from */
  text: string;
}

export interface YearReading {
  years: YearMention[];
  /** 0 = 本年度, -1 = 上年度, -2 = 前年度 (relative to the document the figure comes from) */
  relative: number | null;
  /** the question with the year words removed */
  rest: string;
}

export const MIN_ROC = 80;
export const MAX_ROC = 140;

/** AD 1911 is ROC 0: the one offset between the calendars. */
const ROC_EPOCH = 1911;

export function rocToAd(roc: number): number {
  return roc + ROC_EPOCH;
}

const RELATIVE: [RegExp, number][] = [
  [/本年度|今年度|今年|this year|current year/g, 0],
  [/上年度|上一年度|去年|last year|previous year|prior year/g, -1],
  [/(?<!以)前年度|(?<!以)前年|two years ago/g, -2],
];

/** Years named in a question. Where bare ROC numbers are not read as years (English: people write
 * 2025, and "the 111 short code" is a number), 114 is a year only after roc / fy / year. */
export function readYears(q: string, bareRoc = true): YearReading {
  const years: YearMention[] = [];
  let rest = q;
  let relative: number | null = null;
  for (const [re, rel] of RELATIVE) {
    if (re.test(rest)) {
      relative = relative ?? rel;
      rest = rest.replace(re, ' ');
    }
  }
  // AD years: 2025, fy2025, 2025年
  // (a comma after it ends an English clause, "by the end of 2025,"; one before digits is a thousands mark)
  rest = rest.replace(/(?:fy\s*)?(?<![\d,.])((?:19|20)\d{2})(?!\d|,\d)(?:\s*年度?)?/g, (m, y: string) => {
    years.push({ year: Number(y) - ROC_EPOCH, text: m.trim() });
    return ' ';
  });
  // ROC with 年/年度/年底: 114 年度, 112年底 (the 底 stays for as-of readers)
  rest = rest.replace(/(?:民國\s*)?(\d{2,3})\s*(年度|年)/g, (m, y: string) => {
    years.push({ year: Number(y), text: m.trim() });
    return ' ';
  });
  // bare ROC numbers in the plausible range, not part of a larger number or followed by a counting word
  rest = rest.replace(/(^|[^\d,.a-z])(\d{2,3})(?![\d,.%a-z]|\s*(?:億|萬|千|元|人|個|名|家|件|座|項|筆|張|%|位|名|短碼|號|碼|專線))/g, (m, pre: string, y: string) => {
    const n = Number(y);
    if (n < MIN_ROC || n > MAX_ROC) return m;
    if (!bareRoc && !/(?:roc|fy|year)\s*$/.test(q.slice(0, q.indexOf(m) + pre.length))) return m;
    years.push({ year: n, text: y });
    return pre + ' ';
  });
  // months and days date a figure within the year; they name nothing
  rest = rest.replace(/(?<![\d,.])(?:1[0-2]|0?[1-9])\s*月(?:底|份|初|中|末)?|(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])\s*日/g, ' ')
    .replace(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/g, ' ');
  return { years, relative, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** A year in either calendar as a ROC year: 2025 → 114, 114 → 114. */
export function adToRoc(year: number): number {
  return year > ROC_EPOCH ? year - ROC_EPOCH : year;
}
