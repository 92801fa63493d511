// One item's budget in two years, and the change between them.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatChange, formatMoneyCell } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { observe, yearsWith } from './observations.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, measureLabel, say, yearText, type Context } from './context.js';
import { notFound } from './not-found.js';

/** The change between the two years: printed when they are one book's two columns, else computed. */
function changeFigure(ctx: Context, u: Understood, item: Item, [fa, fb]: Figure[], [from, to]: number[]): Figure {
  const title = itemTitle(item, u.lang);
  const printed = to - from === 1 ? observe(item, to, 'change')[0] : undefined;
  if (printed) return figureOf(ctx, item, printed, u.lang, title);
  return {
    label: phrase(u.lang).amount.compareLabel(title, from, to), value: fb.value - fa.value, unit: 'TWD', year: to, measure: 'change',
    computedFrom: [fb.label, fa.label], formula: `${fb.label} − ${fa.label}`,
  };
}

/** Budget of an item in two years: the printed change when the two are one book's columns, else computed. */
export function answerCompare(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  const title = itemTitle(item, lang);
  const budgetYears = yearsWith(item, 'budget');
  const to = u.years.length ? Math.max(...u.years) : budgetYears[budgetYears.length - 1];
  const from = u.years.length >= 2 ? Math.min(...u.years) : to - 1;
  const a = observe(item, from, 'budget')[0];
  const b = observe(item, to, 'budget')[0];
  if (!a || !b) {
    return notFound(ctx, u, p.amount.compareMissing(title, from, to, budgetYears), [p.budgetQuestion(title, budgetYears[budgetYears.length - 1])]);
  }
  const fa = figureOf(ctx, item, a, lang, title);
  const fb = figureOf(ctx, item, b, lang, title);
  const change = changeFigure(ctx, u, item, [fa, fb], [from, to]);
  const delta = formatChange(change.value, a.value, 'TWD', lang);
  return {
    ...baseAnswer(u, 'compare'),
    summary: p.amount.compareSummary({ title, from, to, fromValue: say(fa, lang), toValue: say(fb, lang), up: change.value >= 0, delta }),
    figures: [change, fb, fa],
    table: {
      columns: p.amount.compareColumns(),
      rows: [
        [yearText(to, lang), formatMoneyCell(b.value, lang)],
        [yearText(from, lang), formatMoneyCell(a.value, lang)],
        [p.amount.changeRow, formatMoneyCell(change.value, lang)],
      ],
      numeric: [1],
    },
    chart: {
      kind: 'bar', title: p.amount.compareTitle(title, from, to), unit: 'TWD',
      categories: [from, to].map(p.chartYear),
      series: [{ name: measureLabel('budget', lang), values: [a.value, b.value] }],
      caption: captionOf([fa, fb], lang),
    },
    sources: collectSources([change, fb, fa]),
    suggestions: alternatives.slice(0, 4),
  };
}
