// Two or three prose figures fit the question about equally: say so, show them, and let the user
// pick one, rather than state one of them as the answer.
import type { Answer } from '../answer.js';
import type { Candidate } from '../features.js';
import type { Understood } from '../understand.js';
import { phrase } from '../../format/phrases.js';
import { baseAnswer, collectSources, figureOf, say, type Context } from './context.js';

export function answerClarify(ctx: Context, u: Understood, options: Candidate[]): Answer {
  const p = phrase(u.lang).records;
  const shown = options.map((c) => ({ quote: balanced(c.item.name), fig: figureOf(ctx, c.item, c.item.obs[0], u.lang) }));
  return {
    ...baseAnswer(u, 'clarify'),
    summary: p.clarifySummary(shown.map((o) => `${o.quote}（${say(o.fig, u.lang)}）`)),
    table: {
      columns: p.clarifyColumns(),
      rows: shown.map((o) => [o.quote, say(o.fig, u.lang), o.fig.asOf ? phrase(u.lang).date(o.fig.asOf) : '', o.fig.source ? `${o.fig.source.title} L${o.fig.source.line}` : '']),
    },
    sources: collectSources(shown.map((o) => o.fig)),
    suggestions: shown.map((o) => p.clarifyQuestion(o.quote)),
  };
}

/** A quote cut out of a sentence may keep half of a pair of brackets: drop the half. */
function balanced(quote: string): string {
  let out = quote;
  if (out.indexOf('」') >= 0 && (out.indexOf('「') < 0 || out.indexOf('」') < out.indexOf('「'))) out = out.replace('」', '');
  if (out.lastIndexOf('「') > out.lastIndexOf('」')) out = out.replace(/「(?!.*「)/, '');
  return out;
}
