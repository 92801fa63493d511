// Two or more agencies named in one question (數產署與資安署預算比較, ADI vs ACS): the same item
// for each, side by side, with the difference of the first two computed and naming its inputs.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatChange, formatMoneyCell } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { chooseMeasure, chooseYear, observe } from './observations.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, measureLabel, say, yearText, type Context } from './context.js';

function yearsOf(item: Item, measure: string): number[] {
  return [...new Set(item.obs.filter((o) => o.measure === measure).map((o) => o.year))];
}

/** The measure and year the agencies are compared in: the year asked, else the latest every agency has. */
function commonPoint(u: Understood, items: Item[]): { measure: string; year: number } | undefined {
  // "比較" here compares the agencies, not each with its previous year
  const asked: Understood = { ...u, measures: u.measures.filter((m) => m !== 'change') };
  const measure = chooseMeasure(items[0], asked);
  const common = yearsOf(items[0], measure).filter((y) => items.every((i) => yearsOf(i, measure).includes(y)));
  const year = u.years.length ? chooseYear(items[0], asked, measure) : common.length ? Math.max(...common) : null;
  return year === null ? undefined : { measure, year };
}

export function answerAcrossAgencies(ctx: Context, u: Understood, items: Item[]): Answer | undefined {
  const lang = u.lang;
  const point = commonPoint(u, items);
  if (!point) return undefined;
  const { measure, year } = point;
  const obs = items.map((i) => observe(i, year, measure)[0]);
  if (obs.some((o) => !o)) return undefined;
  const figs = items.map((i, k) => figureOf(ctx, i, obs[k]!, lang));
  const p = phrase(lang);
  const [a, b] = figs;
  const diff: Figure = {
    label: p.differenceLabel(a.label, b.label),
    value: a.value - b.value, unit: a.unit, year, measure: 'difference',
    computedFrom: [a.label, b.label], formula: `${a.label} − ${b.label}`,
  };
  const money = a.unit === 'TWD';
  const summary = p.amount.acrossSummary({
    parts: figs.map((f, k) => ({ title: itemTitle(items[k], lang), value: say(f, lang) })),
    year: yearText(year, lang), measure: measureLabel(measure, lang),
    more: diff.value >= 0, delta: formatChange(diff.value, b.value, a.unit, lang),
  });
  return {
    ...baseAnswer(u, 'compare'),
    summary,
    figures: [diff, ...figs],
    table: {
      columns: p.amount.acrossColumns(yearText(year, lang), money),
      rows: figs.map((f, k) => [itemTitle(items[k], lang), money ? formatMoneyCell(f.value, lang) : say(f, lang)]),
      numeric: [1],
    },
    chart: {
      kind: 'bar', title: p.amount.acrossTitle(yearText(year, lang), measureLabel(measure, lang)),
      unit: a.unit, categories: items.map((i) => itemTitle(i, lang)),
      series: [{ name: measureLabel(measure, lang), values: figs.map((f) => f.value) }],
      caption: captionOf(figs, lang),
    },
    sources: collectSources(figs),
    suggestions: items.map((i) => p.changeQuestion(itemTitle(i, lang))),
  };
}
