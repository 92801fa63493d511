// How numbers and categories read on a chart: 22.16 億 / NT$2.22B, 92.78%, 84 個機關; axis ticks at
// round values; ROC years with the Western year beside them where the engine gave the bare ROC form.
import type { ChartSpec } from '../../core/answer.js';
import { formatValue, groupDigits, type Lang } from '../numbers.js';

/** One scale for every number on a chart: the same word (億, 萬, B, M) and the same decimals. */
export interface ValueScale {
  div: number;
  /** zh: 億 / 萬 / ''; en: B / M / K / '' */
  word: string;
  decimals: number;
}

const scales = new WeakMap<ChartSpec, Partial<Record<Lang, ValueScale>>>();

function valuesOf(spec: ChartSpec): number[] {
  const vs = spec.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (spec.kind === 'stacked-bar') vs.push(...spec.categories.map((_, i) => spec.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0)));
  if (spec.total !== undefined) vs.push(spec.total);
  return vs;
}

function moneyScale(top: number, lang: Lang): [number, string, number] {
  if (lang === 'zh') return top >= 1e8 ? [1e8, '億', 2] : top >= 1e4 ? [1e4, '萬', 0] : [1, '', 0];
  return top >= 1e9 ? [1e9, 'B', 2] : top >= 1e6 ? [1e6, 'M', 1] : top >= 1e3 ? [1e3, 'K', 1] : [1, '', 0];
}

export function valueScale(spec: ChartSpec, lang: Lang): ValueScale {
  const cached = scales.get(spec)?.[lang];
  if (cached) return cached;
  const vs = valuesOf(spec);
  let scale: ValueScale;
  if (spec.unit === 'TWD') {
    const [div, word, most] = moneyScale(Math.max(0, ...vs.map(Math.abs)), lang);
    // whole numbers at this scale need no decimals; otherwise every value gets the same
    scale = { div, word, decimals: vs.every((v) => Number.isInteger(v / div)) ? 0 : most };
  } else {
    scale = { div: 1, word: '', decimals: Math.max(0, ...vs.map(decimals)) > 0 ? Math.min(2, Math.max(...vs.map(decimals))) : 0 };
  }
  scales.set(spec, { ...scales.get(spec), [lang]: scale });
  return scale;
}

/** A value next to its bar or point, at the chart's one scale. */
export function formatChartValue(v: number, spec: ChartSpec, lang: Lang): string {
  const sc = valueScale(spec, lang);
  if (spec.unit === 'TWD') {
    const s = `${v < 0 ? '-' : ''}${groupDigits(Math.abs(v) / sc.div, sc.decimals)}`;
    return lang === 'zh' ? `${s}${sc.word ? ` ${sc.word}` : ''}` : `${s.startsWith('-') ? '-' : ''}NT$${s.replace('-', '')}${sc.word}`;
  }
  if (spec.unit === 'percent') return `${groupDigits(v, sc.decimals)}%`;
  return formatValue(Number(v.toFixed(sc.decimals)), spec.unit, lang, spec.unitLabel);
}

/** The unit line under a chart: 單位：新臺幣億元 / NT$ billion. */
export function unitNote(spec: ChartSpec, lang: Lang): string {
  if (spec.unit !== 'TWD') return '';
  const { word } = valueScale(spec, lang);
  if (lang === 'zh') return `單位：新臺幣${word}元`;
  return `Unit: NT$${{ B: ' billion', M: ' million', K: ' thousand', '': '' }[word] ?? ''}`;
}

/** Decimals needed to write x (at most 3). */
function decimals(x: number): number {
  for (let d = 0; d < 3; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 3;
}

/** An axis tick: the chart's one scale word, no counting word. */
export function formatTick(v: number, spec: ChartSpec, lang: Lang, axis: { step: number; max: number }): string {
  if (v === 0) return '0';
  if (spec.unit === 'TWD') {
    const { div, word } = valueScale(spec, lang);
    const s = groupDigits(Math.abs(v) / div, decimals(axis.step / div));
    const sign = v < 0 ? '-' : '';
    return lang === 'zh' ? `${sign}${s}${word ? ` ${word}` : ''}` : `${sign}NT$${s}${word}`;
  }
  const s = groupDigits(v, decimals(axis.step));
  return spec.unit === 'percent' ? `${s}%` : s;
}

/** The counting word an axis carries, when the ticks are bare numbers. */
export function axisUnit(spec: ChartSpec, lang: Lang): string {
  if (spec.unit === 'TWD' || spec.unit === 'percent') return '';
  // formatValue(1…) gives "1 個機關" / "1 person": keep the word
  const word = formatValue(2, spec.unit, lang, spec.unitLabel).replace(/^2\s*/, '');
  return word ? (lang === 'zh' ? `（${word}）` : `(${word})`) : '';
}

/** Round ticks from lo to hi (lo ≤ 0 ≤ hi for bars; lines start at zero too). */
export function niceTicks(lo: number, hi: number, target = 5): { ticks: number[]; step: number } {
  if (hi <= lo) hi = lo + 1;
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step * 0.999; t += step) ticks.push(Math.round(t / step) * step);
  return { ticks, step };
}

const ROC = /^(\d{2,3})(?:[-/.年](\d{1,2})月?)?$/;

/** A category as it should read: "114" → "114 (2025)"; a date such as "112-12" → ["112-12", "(2023-12)"]. */
export function categoryLines(c: string, lang: Lang): string[] {
  const m = ROC.exec(c.trim());
  if (!m) return [c];
  const roc = Number(m[1]);
  if (roc < 80 || roc > 200) return [c];
  const ad = roc + 1911;
  if (!m[2]) return [lang === 'zh' ? `${roc} (${ad})` : `FY${ad}`];
  const month = m[2].padStart(2, '0');
  return lang === 'zh' ? [`${roc}-${month}`, `(${ad}-${month})`] : [`${ad}-${month}`];
}

/** A ROC date category as a month count, for spacing points by time ("114" counts as the year's end). */
export function rocMonth(c: string): number | null {
  const m = ROC.exec(c.trim());
  if (!m || Number(m[1]) < 80 || Number(m[1]) > 200) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 11);
}
