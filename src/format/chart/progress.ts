// A major plan against its approved total: one track per part (已編列, 已執行), the track's full length
// being the total, each part with its amount and its share of the total.
import { groupDigits } from '../numbers.js';
import { categoryLines, formatChartValue } from './labels.js';
import { maxWidth, textEl, textWidth, wrapLines } from './text.js';
import { colour, line, PAD, rect, type Plot, type PlotContext } from './theme.js';

const LABEL = 14;
const VALUE = 13;
const LINE_H = 18;
const BAR = 22;

export function progressPlot({ spec, lang, theme: t, width }: PlotContext): Plot {
  const values = spec.series[0]?.values ?? [];
  const total = spec.total ?? Math.max(1, ...values.map((v) => v ?? 0));
  const value = (v: number) => formatChartValue(v, spec, lang);
  const labels = spec.categories.map((c) => wrapLines(categoryLines(c, lang).join(' '), LABEL, Math.round(width * 0.3), 3));
  const share = (v: number) => (total > 0 ? (v / total) * 100 : 0);
  const pct = (v: number) => (lang === 'zh' ? `（${groupDigits(share(v), 1)}%）` : ` (${groupDigits(share(v), 1)}%)`);
  const texts = values.map((v) => (v === null ? '—' : `${value(v)}${pct(v)}`));
  const x0 = PAD + maxWidth(labels.flat(), LABEL) + 14;
  const x1 = width - PAD - maxWidth(texts, VALUE) - 12;
  const body: string[] = [];

  // the scale: zero at the left, the approved total at the right end of every track
  const totalText = `${lang === 'zh' ? '核定總經費' : 'Approved total'} ${value(total)}`;
  if (textWidth(totalText, 12) + 20 < x1 - x0) body.push(textEl(x0, 14, '0', { size: 12, fill: t.muted }));
  body.push(textEl(x1, 14, totalText, { size: 12, fill: t.muted, anchor: 'end' }));
  let y = 24;
  const top = y;
  spec.categories.forEach((_, i) => {
    const lines = labels[i];
    const rowH = Math.max(BAR + 14, lines.length * LINE_H + 12);
    lines.forEach((l, j) => body.push(textEl(PAD, y + rowH / 2 - ((lines.length - 1) * LINE_H) / 2 + j * LINE_H + 5, l, { size: LABEL, fill: t.text })));
    const by = y + (rowH - BAR) / 2;
    body.push(rect(x0, by, x1 - x0, BAR, t.track, 4));
    const v = values[i];
    if (v !== null && v !== undefined) body.push(rect(x0, by, Math.min(1, Math.max(0, v / total)) * (x1 - x0), BAR, colour(t, i), 4));
    body.push(textEl(x1 + 10, by + BAR / 2 + 5, texts[i], { size: VALUE, fill: t.text }));
    y += rowH;
  });
  body.push(line(x1, top - 4, x1, y, t.muted));
  return { body, height: y };
}
