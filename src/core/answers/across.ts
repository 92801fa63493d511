// Two or more agencies named in one question (數產署與資安署預算比較, ADI vs ACS): the same item
// for each, side by side, with the difference of the first two computed and naming its inputs.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatChange, formatMoneyCell, moneyCellUnit } from '../../format/numbers.js';
import { chooseMeasure, chooseYear, observe } from './amount.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, measureLabel, say, yearText, type Context } from './context.js';

function yearsOf(item: Item, measure: string): number[] {
  return [...new Set(item.obs.filter((o) => o.measure === measure).map((o) => o.year))];
}

export function answerAcrossAgencies(ctx: Context, u: Understood, items: Item[]): Answer | undefined {
  const lang = u.lang;
  // "比較" here compares the agencies, not each with its previous year
  const asked: Understood = { ...u, measures: u.measures.filter((m) => m !== 'change') };
  const measure = chooseMeasure(items[0], asked);
  // the latest year every agency has, unless the question names one
  const common = yearsOf(items[0], measure).filter((y) => items.every((i) => yearsOf(i, measure).includes(y)));
  const year = u.years.length ? chooseYear(items[0], asked, measure) : common.length ? Math.max(...common) : null;
  if (year === null) return undefined;
  const obs = items.map((i) => observe(i, year, measure)[0]);
  if (obs.some((o) => !o)) return undefined;
  const figs = items.map((i, k) => figureOf(ctx, i, obs[k]!, lang));
  const [a, b] = figs;
  const diff: Figure = {
    label: lang === 'zh' ? `${a.label}與${b.label}之差` : `${a.label} minus ${b.label}`,
    value: a.value - b.value, unit: a.unit, year, measure: 'difference',
    computedFrom: [a.label, b.label], formula: `${a.label} − ${b.label}`,
  };
  const money = a.unit === 'TWD';
  const summary = lang === 'zh'
    ? `${figs.map((f, k) => `${itemTitle(items[k], lang)} ${say(f, lang)}`).join('；')}（${yearText(year, lang)}${measureLabel(measure, lang)}）。前者${diff.value >= 0 ? '多' : '少'} ${formatChange(diff.value, b.value, a.unit, lang).slice(1)}。`
    : `${figs.map((f, k) => `${itemTitle(items[k], lang)}: ${say(f, lang)}`).join('; ')} (${yearText(year, lang)} ${measureLabel(measure, lang)}). The first is ${diff.value >= 0 ? 'more' : 'less'} by ${formatChange(diff.value, b.value, a.unit, lang).slice(1)}.`;
  return {
    ...baseAnswer(u, 'compare'),
    summary,
    figures: [diff, ...figs],
    table: {
      columns: lang === 'zh' ? ['項目', money ? `${yearText(year, lang)}（${moneyCellUnit(lang)}）` : yearText(year, lang)] : ['Item', money ? `${yearText(year, lang)} (${moneyCellUnit(lang)})` : yearText(year, lang)],
      rows: figs.map((f, k) => [itemTitle(items[k], lang), money ? formatMoneyCell(f.value, lang) : say(f, lang)]),
      numeric: [1],
    },
    chart: {
      kind: 'bar', title: lang === 'zh' ? `${yearText(year, lang)}${measureLabel(measure, lang)}比較` : `${yearText(year, lang)} ${measureLabel(measure, lang)}`,
      unit: a.unit, categories: items.map((i) => itemTitle(i, lang)),
      series: [{ name: measureLabel(measure, lang), values: figs.map((f) => f.value) }],
      caption: captionOf(figs, lang),
    },
    sources: collectSources(figs),
    suggestions: items.map((i) => (lang === 'zh' ? `${itemTitle(i, lang)} 與上年度比較` : `${itemTitle(i, lang)} change from previous year`)),
  };
}
