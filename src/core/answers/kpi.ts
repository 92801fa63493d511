// An indicator: the latest value by default, the whole series across documents as table and line chart.
import type { Answer, Figure, Lang } from '../answer.js';
import type { Item, Observation } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatValue } from '../../format/numbers.js';
import { notFound } from './not-found.js';
import { inLanguage, phrase } from '../../format/phrases.js';
import { baseAnswer, collectSources, docTitle, sourceOf, type Context, captionOf } from './context.js';

/** ROC as-of strings sort as dates once padded: "112-12" < "115-02". */
function asOfKey(o: Observation): string {
  const [y, m = '99', d = '99'] = dateOf(o).split('-');
  return `${y.padStart(3, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function dateOf(o: Observation): string {
  return o.asOf ?? String(o.year);
}

/** The figures reported within the years asked ("112 到 114 年"), those of the last year first. */
function inYears(item: Item, u: Understood, series: Observation[]): Observation[] {
  if (!u.years.length) return [];
  const [from, to] = [Math.min(...u.years), Math.max(...u.years)];
  const yearOf = (o: Observation) => Number(dateOf(o).slice(0, 3));
  const named = new RegExp(`${to}\\s*年`).test(item.context ?? '');
  return series.filter((o) => (yearOf(o) >= from && yearOf(o) <= to) || o.year === to || named)
    .sort((a, b) => Number(yearOf(b) === to) - Number(yearOf(a) === to));
}

/** The latest figure, another document's for the same date, earlier reports, the sentence quoted. */
function kpiSummary(ctx: Context, lang: Lang, head: Observation[], earlier: Observation[], metric: string): string {
  const p = phrase(lang);
  const v = (o: Observation) => formatValue(o.value, o.unit, lang, o.unitLabel);
  const [first] = head;
  let summary = p.records.kpiSummary({ metric, value: v(first), date: p.date(dateOf(first)), doc: docTitle(ctx, first.doc, lang) });
  if (head.length > 1) summary += p.records.kpiSameDate(head.slice(1).map(v));
  if (earlier.length) summary += p.records.kpiEarlier(earlier.slice(0, 3).map((o) => ({ date: p.date(dateOf(o)), value: v(o) })));
  const quote = ctx.catalog.kpiById.get(first.recordId)?.sentence ?? '';
  if (quote) summary += p.records.kpiQuote(quote);
  return summary;
}

/** One report of an indicator as a figure: what it counts, at its date, cited. */
function kpiFigure(ctx: Context, lang: Lang, o: Observation, metric: string): Figure {
  return {
    label: `${metric}（${phrase(lang).date(dateOf(o))}）`,
    value: o.value, unit: o.unit, ...(o.unitLabel ? { unitLabel: o.unitLabel } : {}),
    year: o.year, ...(o.asOf ? { asOf: o.asOf } : {}), measure: 'value', source: sourceOf(ctx, o, lang),
  };
}

export function answerKpi(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  const kpis = ctx.catalog.kpiById;
  const series = [...item.obs].sort((a, b) => asOfKey(b).localeCompare(asOfKey(a)));
  const inYear = inYears(item, u, series);
  // a date asked that the documents do not report is not answered with another date's figure
  if (u.years.length && !inYear.length) {
    return notFound(ctx, u, p.records.kpiMissing(item.name, u.years.at(-1)!, series.map((o) => p.date(dateOf(o)))), [item.name]);
  }
  const chosen = inYear.length ? inYear : series;
  const latestKey = asOfKey(chosen[0]);
  const metricName = (o: Observation) => inLanguage(lang, { zh: kpis.get(o.recordId)?.metric, en: kpis.get(o.recordId)?.metricEn }) ?? item.name;
  const fig = (o: Observation) => kpiFigure(ctx, lang, o, metricName(o));
  const head = chosen.filter((o) => asOfKey(o) === latestKey);
  const rest = series.filter((o) => !head.includes(o));
  const figures = [...head, ...rest].map(fig);
  const first = head[0];
  const asc = [...series].reverse();
  return {
    ...baseAnswer(u, 'kpi'),
    summary: kpiSummary(ctx, lang, head, rest.filter((o) => asOfKey(o) < latestKey), metricName(first)),
    figures,
    table: {
      columns: p.records.kpiColumns(),
      rows: series.map((o) => [p.date(dateOf(o)), formatValue(o.value, o.unit, lang, o.unitLabel), `${docTitle(ctx, o.doc, lang)} L${o.line}`]),
      numeric: [1],
    },
    chart: asc.length >= 2 ? {
      kind: 'line', title: metricName(first), unit: first.unit, ...(first.unitLabel ? { unitLabel: first.unitLabel } : {}),
      categories: asc.map(dateOf),
      series: [{ name: metricName(first), values: asc.map((o) => o.value) }],
      caption: captionOf(figures, lang),
    } : undefined,
    sources: collectSources(figures),
    suggestions: alternatives.slice(0, 4),
  };
}
