// Lines under a plot: the unit of the whole chart, and for a comparison of two years, the change.
import type { ChartSpec } from '../../core/answer.js';
import { groupDigits, type Lang } from '../numbers.js';
import { formatChartValue, unitNote } from './labels.js';

export { unitNote };

const YEARISH = /^\d{2,3}(?:\s*\(\d{4}\))?$|^FY\d{4}$/;

/** "112→114 年度：減少 3.64 億（-14.09%）" when the chart compares one series across two years. */
export function changeNote(spec: ChartSpec, lang: Lang): string {
  if (spec.kind !== 'bar' || spec.series.length !== 1 || spec.categories.length !== 2) return '';
  if (!spec.categories.every((c) => YEARISH.test(c.trim()))) return '';
  const [a, b] = spec.series[0].values;
  if (typeof a !== 'number' || typeof b !== 'number') return '';
  const diff = b - a;
  const pct = a ? `${diff >= 0 ? '+' : '-'}${groupDigits(Math.abs((diff / a) * 100), 2)}%` : '';
  const amount = formatChartValue(Math.abs(diff), spec, lang);
  const [from, to] = spec.categories.map((c) => c.replace(/\s*\(.*\)$/, ''));
  if (lang === 'zh') return `${from}→${to} 年度：${diff >= 0 ? '增加' : '減少'} ${amount}${pct ? `（${pct}）` : ''}`;
  return `${from}→${to}: ${diff >= 0 ? 'up' : 'down'} ${amount}${pct ? ` (${pct})` : ''}`;
}
