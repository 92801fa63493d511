// An indicator: the latest value by default, the whole series across documents as table and line chart.
import type { Answer, Figure } from '../answer.js';
import type { Item, Observation } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatValue } from '../../format/numbers.js';
import { notFound } from './not-found.js';
import { rocToAd } from '../years.js';
import { baseAnswer, collectSources, docTitle, sourceOf, type Context, captionOf } from './context.js';

/** ROC as-of strings sort as dates once padded: "112-12" < "115-02". */
function asOfKey(o: Observation): string {
  const [y, m = '99', d = '99'] = (o.asOf ?? String(o.year)).split('-');
  return `${y.padStart(3, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function asOfText(asOf: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = asOf.split('-');
  if (lang === 'zh') return `${y} 年${m ? ` ${Number(m)} 月` : ''}${d ? ` ${Number(d)} 日` : ''}`;
  return `${m ? `${['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m)]} ` : ''}${Number(y) + 1911}`;
}

export function answerKpi(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const kpis = ctx.catalog.kpiById;
  const series = [...item.obs].sort((a, b) => asOfKey(b).localeCompare(asOfKey(a)));
  // "112 到 114 年": a figure reported within the period asked
  const [from, to] = [Math.min(...u.years), Math.max(...u.years)];
  const yearOf = (o: Observation) => Number((o.asOf ?? String(o.year)).slice(0, 3));
  const named = new RegExp(`${to}\\s*年`).test(item.context ?? '');
  const inYear = u.years.length ? series.filter((o) => (yearOf(o) >= from && yearOf(o) <= to) || o.year === to || named).sort((a, b) => Number(yearOf(b) === to) - Number(yearOf(a) === to)) : [];
  // a date asked that the documents do not report is not answered with another date's figure
  if (u.years.length && !inYear.length) {
    const dates = series.map((o) => asOfText(o.asOf ?? String(o.year), lang));
    return notFound(ctx, u, lang === 'zh'
      ? `文件沒有${item.name}在 ${u.years.at(-1)} 年的數字；有記載的時點：${dates.join('、')}。`
      : `The documents give no figure for ${item.name} in ${rocToAd(u.years.at(-1)!)}; they report it as of ${dates.join(', ')}.`,
      [lang === 'zh' ? `${item.name}` : item.name]);
  }
  const chosen = inYear.length ? inYear : series;
  const latestKey = asOfKey(chosen[0]);
  const metricName = (o: Observation) => (lang === 'zh' ? kpis.get(o.recordId)?.metric : kpis.get(o.recordId)?.metricEn) ?? item.name;
  const fig = (o: Observation): Figure => ({
    label: `${metricName(o)}（${asOfText(o.asOf ?? String(o.year), lang)}）`,
    value: o.value, unit: o.unit, ...(o.unitLabel ? { unitLabel: o.unitLabel } : {}),
    year: o.year, ...(o.asOf ? { asOf: o.asOf } : {}), measure: 'value', source: sourceOf(ctx, o, lang),
  });
  const head = chosen.filter((o) => asOfKey(o) === latestKey);
  const rest = series.filter((o) => !head.includes(o));
  const figures = [...head, ...rest].map(fig);
  const first = head[0];
  const quote = kpis.get(first.recordId)?.sentence ?? '';
  const v = (o: Observation) => formatValue(o.value, o.unit, lang, o.unitLabel);
  let summary = lang === 'zh'
    ? `${metricName(first)}：${v(first)}（截至 ${asOfText(first.asOf ?? String(first.year), lang)}，${docTitle(ctx, first.doc, lang)}）。`
    : `${metricName(first)}: ${v(first)} (as of ${asOfText(first.asOf ?? String(first.year), lang)}; ${docTitle(ctx, first.doc, lang)}).`;
  if (head.length > 1) {
    summary += lang === 'zh'
      ? ` 同一時點另一份文件記載 ${head.slice(1).map(v).join('、')}，兩者並列。`
      : ` Another document gives ${head.slice(1).map(v).join(', ')} for the same date; both are shown.`;
  }
  const earlier = rest.filter((o) => asOfKey(o) < latestKey);
  if (earlier.length) {
    summary += lang === 'zh'
      ? ` 歷次：${earlier.slice(0, 3).map((o) => `${asOfText(o.asOf ?? String(o.year), lang)} ${v(o)}`).join('；')}。`
      : ` Earlier: ${earlier.slice(0, 3).map((o) => `${asOfText(o.asOf ?? String(o.year), lang)} ${v(o)}`).join('; ')}.`;
  }
  if (quote && lang === 'zh') summary += ` 原文：「${quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}」`;
  const asc = [...series].reverse();
  return {
    ...baseAnswer(u, 'kpi'),
    summary,
    figures,
    table: {
      columns: lang === 'zh' ? ['截至', '數值', '來源'] : ['As of', 'Value', 'Source'],
      rows: series.map((o) => [asOfText(o.asOf ?? String(o.year), lang), v(o), `${docTitle(ctx, o.doc, lang)} L${o.line}`]),
      numeric: [1],
    },
    chart: asc.length >= 2 ? {
      kind: 'line', title: metricName(first), unit: first.unit, ...(first.unitLabel ? { unitLabel: first.unitLabel } : {}),
      categories: asc.map((o) => o.asOf ?? String(o.year)),
      series: [{ name: metricName(first), values: asc.map((o) => o.value) }],
      caption: captionOf(figures, lang),
    } : undefined,
    sources: collectSources(figures),
    suggestions: alternatives.slice(0, 4),
  };
}
