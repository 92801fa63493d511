// Keyword search over the prose passages: where the documents talk about something. No figures.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { searchIndex } from '../search/search.js';
import { normalizeQuestion } from '../normalize.js';
import { baseAnswer, sourceOf, type Context } from './context.js';
import { phrase } from '../../format/phrases.js';

export function answerSearch(ctx: Context, u: Understood, text: string): Answer {
  const lang = u.lang;
  const p = phrase(lang).records;
  const hits = searchIndex(ctx.passageIndex(), normalizeQuestion(text), 200)
    .filter((h) => h.ref.startsWith('p'))
    .slice(0, 5)
    .map((h) => ctx.data.passages[Number(h.ref.slice(1))])
    .filter(Boolean);
  if (hits.length === 0) {
    return {
      ...baseAnswer(u, 'not_found'),
      summary: p.searchNothing(text),
      suggestions: p.searchQuestions(),
    };
  }
  const snippet = (s: string) => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
  const sources = hits.map((p) => sourceOf(ctx, p, lang));
  return {
    ...baseAnswer(u, 'search'),
    summary: p.searchSummary(hits.length, text, hits[0].headings.at(-1) ?? sources[0].title),
    table: {
      columns: p.searchColumns(),
      rows: hits.map((p, i) => [p.headings.at(-1) ?? '', snippet(p.text), `${sources[i].title} L${p.line}`]),
    },
    sources,
  };
}
