// Where a cited figure is printed, in words a reader of the printed document can use: the page of a
// budget book (第 46 頁 / p. 46) or the pages of its table (第 40-47 頁 / pp. 40-47), a report's
// numbered section (柒、三、(三) 加速 AI 應用擴散…), and only when the source says neither, the line
// of the text file (第 80 行). The line always stays in the link to the source viewer.
import type { Lang, Source } from '../core/answer.js';

/** A section is named by its numbers and the start of its title. */
const SECTION_CHARS = 28;

/** "第 46 頁", "第 45、46 頁", "第 40-47 頁" / "p. 46", "pp. 45, 46", "pp. 40-47"; the numbers may be links. */
export function pageWord(pages: string[], lang: Lang, plain: readonly string[] = pages): string {
  if (lang === 'zh') return `第 ${pages.join('、')} 頁`;
  const several = pages.length > 1 || plain.some((p) => p.includes('-'));
  return `${several ? 'pp.' : 'p.'} ${pages.join(', ')}`;
}

export const lineWord = (n: number, lang: Lang) => linesWord([String(n)], lang);

/** "第 885、916 行" / "lines 885, 916"; the numbers may be links. */
export function linesWord(nums: string[], lang: Lang): string {
  if (lang === 'zh') return `第 ${nums.join('、')} 行`;
  return `${nums.length > 1 ? 'lines' : 'line'} ${nums.join(', ')}`;
}

/** "柒、三、(三) 加速 AI 應用擴散，帶動產業數位…" (the document's own words in both languages). */
export function sectionWord(section: string, lang: Lang): string {
  const short = section.length > SECTION_CHARS ? `${section.slice(0, SECTION_CHARS - 1)}…` : section;
  return lang === 'zh' ? short : `section ${short}`;
}

/** One source's place: its page, else its section (with the book's pages), else its pages, else its line. */
export function placeWord(s: Pick<Source, 'page' | 'pages' | 'section' | 'line'>, lang: Lang): string | undefined {
  if (s.page !== undefined) return pageWord([String(s.page)], lang);
  if (s.section) return s.pages ? withPages(sectionWord(s.section, lang), pageWord([s.pages], lang), lang) : sectionWord(s.section, lang);
  if (s.pages) return pageWord([s.pages], lang);
  return s.line !== undefined ? lineWord(s.line, lang) : undefined;
}

/** A section with the pages of the book it is printed on: "壹、六、(三) …（第 1-25 頁）" / "section 壹、六、(三) …, pp. 1-25". */
export function withPages(section: string, pages: string, lang: Lang): string {
  return lang === 'zh' ? `${section}（${pages}）` : `${section}, ${pages}`;
}

/** "（…）" in Chinese, " (…)" in English. */
export function bracket(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}
