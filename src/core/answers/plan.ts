// A major plan: approved total, budgeted and executed to date, with its progress.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { baseAnswer, collectSources, figureOf, measureLabel, say, type Context, captionOf } from './context.js';

const ORDER = ['approved', 'budgetedToDate', 'executedToDate'];

/** Executed to date as a share of the approved total, computed from the two figures it names. */
function progressFigure(p: ReturnType<typeof phrase>, plan: { name: string; year: number }, figures: Figure[]): Figure | undefined {
  const executed = figures.find((f) => f.measure === 'executedToDate');
  const approved = figures.find((f) => f.measure === 'approved');
  if (!executed || !approved?.value) return undefined;
  return {
    label: p.records.planRateLabel(plan.name), value: Math.round((executed.value / approved.value) * 10000) / 100, unit: 'percent',
    year: plan.year, measure: 'rate', computedFrom: [executed.label, approved.label], formula: 'executedToDate ÷ approved × 100',
  };
}

export function answerPlan(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  const plan = ctx.catalog.plans.find((p) => p.id === item.id)!;
  const wanted = u.measures.find((m) => ORDER.includes(m)) ?? 'approved';
  const obs = [...item.obs].sort((a, b) => (a.measure === wanted ? -1 : b.measure === wanted ? 1 : ORDER.indexOf(a.measure) - ORDER.indexOf(b.measure)));
  const figures: Figure[] = obs.map((o) => figureOf(ctx, item, o, lang, plan.name));
  const get = (m: string) => item.obs.find((o) => o.measure === m);
  const approved = get('approved');
  const executed = get('executedToDate');
  const budgeted = get('budgetedToDate');
  const rate = progressFigure(p, plan, figures);
  if (rate) figures.push(rate);
  const main = figures[0];
  const summary = p.records.planSummary({
    name: plan.name, type: plan.type, period: plan.period, measure: measureLabel(main.measure!, lang), value: say(main, lang),
    executed: approved && executed ? {
      year: plan.year, value: say(figures.find((f) => f.measure === 'executedToDate')!, lang), percent: (executed.value / approved.value) * 100,
    } : undefined,
  });
  const rows = obs.map((o) => [measureLabel(o.measure, lang), formatMoneyCell(o.value, lang)]);
  const text = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
  return {
    ...baseAnswer(u, 'plan'),
    summary,
    figures,
    table: {
      columns: p.records.planColumns(),
      rows: [...rows, [p.records.planWork, text(plan.work)], [p.records.planProgress, text(plan.progress)]],
      numeric: [1],
    },
    chart: approved ? {
      kind: 'progress', title: plan.name, unit: 'TWD', categories: [budgeted, executed].filter(Boolean).map((o) => measureLabel(o!.measure, lang)),
      series: [{ name: plan.name, values: [budgeted, executed].filter(Boolean).map((o) => o!.value) }], total: approved.value, caption: captionOf(figures, lang),
    } : undefined,
    sources: collectSources(figures),
    suggestions: alternatives.slice(0, 4),
  };
}
