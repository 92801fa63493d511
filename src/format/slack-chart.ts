// An answer's chart as Slack's native `data_visualization` block (Slack draws it, in the reader's
// theme). Limits from the Block Kit reference: title ≤ 50 characters; 1–6 series with unique names
// ≤ 20 characters; ≤ 20 data points per series, labels ≤ 20 characters matching the axis
// categories; axis labels ≤ 50; at most two such blocks per message. Values share one unit.
import type { ChartSpec, Lang } from '../core/answer.js';
import { categoryLines, valueScale } from './chart/labels.js';
import { escapeSlack, truncateLabel } from './slack-text.js';

export const DATA_VIZ_LIMITS = { title: 50, series: 6, points: 20, label: 20, axisLabel: 50, perMessage: 2 } as const;

export type DataVizBlock = {
  type: 'data_visualization';
  title: string;
  chart: {
    type: 'bar' | 'line';
    series: { name: string; data: { label: string; value: number }[] }[];
    axis_config: { categories: string[]; x_label?: string; y_label?: string };
  };
};

/** Labels of at most `max` characters, still unique after shortening. */
export function uniqueLabels(texts: string[], max: number): string[] {
  const out: string[] = [];
  for (const t of texts) {
    let label = truncateLabel(escapeSlack(t.replace(/\s+/g, ' ').trim()) || '—', max);
    for (let n = 2; out.includes(label); n++) label = `${truncateLabel(escapeSlack(t), max - String(n).length - 1)}#${n}`;
    out.push(label);
  }
  return out;
}

function yLabel(spec: ChartSpec, lang: Lang): string | undefined {
  if (spec.unit === 'TWD') {
    const { word } = valueScale(spec, lang);
    if (lang === 'zh') return `新臺幣${word}元`;
    return `NT$${{ B: ' billion', M: ' million', K: ' thousand', '': '' }[word] ?? ''}`;
  }
  if (spec.unit === 'percent') return '%';
  return spec.unitLabel ? escapeSlack(spec.unitLabel) : undefined;
}

/** A progress chart as bars: each part beside the approved total. */
function asSeries(spec: ChartSpec, lang: Lang): Pick<ChartSpec, 'categories' | 'series'> {
  if (spec.kind !== 'progress' || spec.total === undefined) return spec;
  const total = lang === 'zh' ? '核定總經費' : 'Approved total';
  const values = spec.series[0]?.values ?? [];
  return { categories: [...spec.categories, total], series: [{ name: spec.series[0]?.name ?? total, values: [...values, spec.total] }] };
}

/** The native chart, or undefined when the chart cannot be drawn within Slack's limits. */
export function dataVisualization(spec: ChartSpec, lang: Lang): { block: DataVizBlock; omitted: number } | undefined {
  const { categories, series } = asSeries(spec, lang);
  if (series.length === 0 || series.length > DATA_VIZ_LIMITS.series || categories.length === 0) return undefined;
  // every series needs a value at every category: leave out the categories where one is missing
  const keep = categories.map((_, i) => series.every((s) => typeof s.values[i] === 'number' && Number.isFinite(s.values[i])));
  const kept = categories.map((c, i) => ({ c, i })).filter(({ i }) => keep[i]).slice(0, DATA_VIZ_LIMITS.points);
  if (kept.length === 0) return undefined;
  const { div, decimals } = valueScale(spec, lang);
  const labels = uniqueLabels(kept.map(({ c }) => categoryLines(c, lang).join(' ')), DATA_VIZ_LIMITS.label);
  const names = uniqueLabels(series.map((s) => s.name), DATA_VIZ_LIMITS.label);
  const round = (v: number) => Number((v / div).toFixed(spec.unit === 'TWD' ? decimals : Math.max(decimals, 2)));
  const y = yLabel(spec, lang);
  const block: DataVizBlock = {
    type: 'data_visualization',
    title: truncateLabel(escapeSlack(spec.title), DATA_VIZ_LIMITS.title),
    chart: {
      type: spec.kind === 'line' ? 'line' : 'bar',
      series: series.map((s, k) => ({ name: names[k], data: kept.map(({ i }, j) => ({ label: labels[j], value: round(s.values[i]!) })) })),
      axis_config: { categories: labels, ...(y ? { y_label: truncateLabel(y, DATA_VIZ_LIMITS.axisLabel) } : {}) },
    },
  };
  return { block, omitted: categories.length - kept.length };
}
