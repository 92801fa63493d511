// "X 計畫什麼時候結束", "when did it start": a year is asked, and a major plan's period gives it. The
// year is a figure of its own (unit year), cited to the plan's row.
import type { Answer, Figure } from '../answer.js';
import type { Candidate } from '../features.js';
import { explainsEnough } from '../gate.js';
import type { Understood } from '../understand.js';
import { phrase } from '../../format/phrases.js';
import { baseAnswer, collectSources, sourceOf, type Context } from './context.js';

/** The major plan the question names: the best candidate, or the best plan among those that explain it. */
function planAsked(s: { ranked: Candidate[]; best?: Candidate }): Candidate | undefined {
  if (s.best?.item.kind === 'plan') return s.best;
  return s.ranked.find((c) => c.item.kind === 'plan' && explainsEnough(c));
}

export function answerWhen(ctx: Context, u: Understood, s: { ranked: Candidate[]; best?: Candidate }): Answer | undefined {
  const found = planAsked(s);
  const plan = found && ctx.catalog.plans.find((p) => p.id === found.item.id);
  const start = u.asks.has('started');
  const year = start ? plan?.startYear : plan?.endYear;
  if (!found || !plan || year === null || year === undefined) return undefined;
  const o = found.item.obs[0];
  const p = phrase(u.lang);
  const figure: Figure = {
    label: p.records.planYearLabel(plan.name, start), value: year, unit: 'year', year, measure: start ? 'startYear' : 'endYear',
    ...(o ? { source: sourceOf(ctx, o, u.lang) } : {}),
  };
  return {
    ...baseAnswer(u, 'plan'),
    summary: p.records.planYearSummary(plan.name, plan.period, year, start),
    figures: [figure],
    sources: collectSources([figure]),
    suggestions: [p.records.planQuestion(plan.name)],
  };
}
