// Horizontal bars (long Chinese labels read better across): one series, several side by side, or stacked.
// Category labels wrap to three lines at most; every bar carries its value, a stack its total.
import { categoryLines, formatChartValue } from './labels.js';
import { maxWidth, textEl, textWidth, wrapLines } from './text.js';
import { colour, line, PAD, rect, type Plot, type PlotContext } from './theme.js';

const LABEL = 14;
const VALUE = 13;
const LINE_H = 18;

const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function barPlot({ spec, lang, theme: t, width }: PlotContext, stacked: boolean): Plot {
  const n = spec.series.length;
  const grouped = !stacked && n > 1;
  const labels = spec.categories.map((c) => wrapLines(categoryLines(c, lang).join(' '), LABEL, Math.round(width * 0.34), 3));
  const labelW = maxWidth(labels.flat(), LABEL);
  const value = (v: number) => formatChartValue(v, spec, lang);
  const totals = spec.categories.map((_, i) => spec.series.reduce((s, se) => s + Math.max(0, se.values[i] ?? 0), 0));
  const all = spec.series.flatMap((s) => s.values.filter(known));
  const valueW = maxWidth(stacked ? totals.map(value) : all.map(value), VALUE) + 10;
  const hi = Math.max(0, ...(stacked ? totals : all));
  const lo = stacked ? 0 : Math.min(0, ...all);
  // a negative bar carries its value on its left: keep room for it
  const plotL = PAD + labelW + 12 + (lo < 0 ? valueW : 0);
  const plotR = Math.max(plotL + 40, width - PAD - valueW);
  const scale = (v: number) => plotL + ((v - lo) / (hi - lo || 1)) * (plotR - plotL);
  const zero = scale(0);
  const barH = grouped ? 16 : 22;
  const gap = 3;
  const body: string[] = [];
  const valueText = (v: number, x: number, y: number, left: boolean) =>
    textEl(left ? x - 6 : x + 6, y, value(v), { size: VALUE, fill: t.text, anchor: left ? 'end' : 'start' });

  let y = 0;
  spec.categories.forEach((_, i) => {
    const lines = labels[i];
    const block = grouped ? n * barH + (n - 1) * gap : barH;
    const rowH = Math.max(block + 14, lines.length * LINE_H + 12);
    lines.forEach((l, j) => body.push(textEl(PAD, y + rowH / 2 - ((lines.length - 1) * LINE_H) / 2 + j * LINE_H + 5, l, { size: LABEL, fill: t.text })));
    const top = y + (rowH - block) / 2;
    if (stacked) {
      let x = zero;
      spec.series.forEach((se, k) => {
        const v = Math.max(0, se.values[i] ?? 0);
        const w = scale(v) - zero;
        if (w <= 0) return;
        body.push(rect(x, top, w, barH, colour(t, k), 1));
        const inside = value(v);
        if (textWidth(inside, 12) + 8 <= w) body.push(textEl(x + w / 2, top + barH / 2 + 4, inside, { size: 12, fill: t.onBar, anchor: 'middle' }));
        x += w;
      });
      body.push(valueText(totals[i], x, top + barH / 2 + 5, false));
    } else {
      spec.series.forEach((se, k) => {
        const v = se.values[i];
        const by = top + k * (barH + gap);
        if (!known(v)) {
          body.push(textEl(zero + 6, by + barH / 2 + 5, '—', { size: VALUE, fill: t.muted }));
          return;
        }
        const x = Math.min(zero, scale(v));
        body.push(rect(x, by, Math.max(1, Math.abs(scale(v) - zero)), barH, colour(t, k)));
        body.push(valueText(v, scale(v), by + barH / 2 + 5, v < 0));
      });
    }
    y += rowH;
  });
  body.push(line(zero, 0, zero, y, t.muted));
  return { body, height: y };
}
