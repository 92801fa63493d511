// Keyword search over the prose passages: where the documents talk about something. No figures.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { searchIndex } from '../search/search.js';
import { normalizeQuestion } from '../normalize.js';
import { baseAnswer, sourceOf, type Context } from './context.js';

export function answerSearch(ctx: Context, u: Understood, text: string): Answer {
  const lang = u.lang;
  const hits = searchIndex(ctx.passageIndex(), normalizeQuestion(text), 200)
    .filter((h) => h.ref.startsWith('p'))
    .slice(0, 5)
    .map((h) => ctx.data.passages[Number(h.ref.slice(1))])
    .filter(Boolean);
  if (hits.length === 0) {
    return {
      ...baseAnswer(u, 'not_found'),
      summary: lang === 'zh' ? `文件中找不到「${text}」。` : `Nothing in the documents matches "${text}".`,
      suggestions: lang === 'zh' ? ['搜尋 MyData', '搜尋 零信任', 'help'] : ['search MyData', 'search zero trust', 'help'],
    };
  }
  const snippet = (s: string) => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
  const sources = hits.map((p) => sourceOf(ctx, p, lang));
  return {
    ...baseAnswer(u, 'search'),
    summary: lang === 'zh' ? `文件中有 ${hits.length} 段提到「${text}」，最相關的在「${hits[0].headings.at(-1) ?? sources[0].title}」。` : `${hits.length} passages mention "${text}"; the closest is under "${hits[0].headings.at(-1) ?? sources[0].title}".`,
    table: {
      columns: lang === 'zh' ? ['章節', '內容', '來源'] : ['Section', 'Text', 'Source'],
      rows: hits.map((p, i) => [p.headings.at(-1) ?? '', snippet(p.text), `${sources[i].title} L${p.line}`]),
    },
    sources,
  };
}
