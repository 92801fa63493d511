// "數產署 112 到 114 年預算變化", "預算趨勢", "ADI budget 2023 to 2025": every year's figure, in a table and a
// line chart, and the change between the ends as a figure computed from the two it names.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatChange, formatMoneyCell, formatValue } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { observe, yearsWith } from './observations.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, measureLabel, yearText, type Context } from './context.js';

/** The measure a series is of: the final account when only that is asked, else the budget. */
function seriesMeasure(u: Understood, item: Item): string {
  if (u.measures.includes('final') && !u.measures.includes('budget')) return 'final';
  return item.obs.some((o) => o.measure === 'budget') ? 'budget' : item.obs[0]?.measure ?? 'budget';
}

export function answerSeries(ctx: Context, u: Understood, item: Item): Answer | undefined {
  const lang = u.lang;
  const measure = seriesMeasure(u, item);
  const have = yearsWith(item, measure);
  const [from, to] = u.years.length >= 2 ? [Math.min(...u.years), Math.max(...u.years)] : [have[0], have.at(-1)];
  const years = have.filter((y) => from !== undefined && to !== undefined && y >= from && y <= to);
  if (years.length < 2) return undefined;
  const title = itemTitle(item, lang);
  const points = years.map((y) => figureOf(ctx, item, observe(item, y, measure)[0], lang, title));
  const [first, last] = [points[0], points.at(-1)!];
  const p = phrase(lang);
  const change: Figure = {
    label: p.amount.compareLabel(title, years[0], years.at(-1)!), value: last.value - first.value, unit: last.unit, year: years.at(-1),
    measure: 'change', computedFrom: [last.label, first.label], formula: `${last.label} − ${first.label}`,
  };
  const cell = (f: Figure) => (f.unit === 'TWD' ? formatMoneyCell(f.value, lang) : formatValue(f.value, f.unit, lang, f.unitLabel));
  return {
    ...baseAnswer(u, 'compare'),
    summary: p.amount.seriesSummary({ title, measure: measureLabel(measure, lang), points: points.map((f, i) => ({ year: years[i], value: cell(f) })),
      delta: formatChange(change.value, first.value, change.unit === 'TWD' ? 'TWD' : 'count', lang) }),
    figures: [change, ...points],
    table: { columns: p.amount.seriesColumns(last.unit === 'TWD'), rows: points.map((f, i) => [yearText(years[i], lang), measureLabel(measure, lang), cell(f), `${f.source?.doc.slice(0, 3)} ${f.source?.table ?? ''} L${f.source?.line ?? ''}`]), numeric: [2] },
    chart: {
      kind: 'line', title: p.amount.seriesTitle(title, years[0], years.at(-1)!), unit: last.unit === 'TWD' ? 'TWD' : 'count',
      categories: years.map(p.chartYear), series: [{ name: measureLabel(measure, lang), values: points.map((f) => f.value) }], caption: captionOf(points, lang),
    },
    sources: collectSources(points),
    suggestions: [],
  };
}
