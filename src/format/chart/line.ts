// A series over as-of dates: a value axis from zero at round ticks, each date with its Western year,
// one series labelled at every point, several labelled at their last point on the right.
import { axisUnit, categoryLines, formatChartValue, formatTick, niceTicks, rocMonth } from './labels.js';
import { maxWidth, textEl } from './text.js';
import { colour, line, PAD, type Plot, type PlotContext } from './theme.js';

const TOP = 30;
const HEIGHT = 220;
const SMALL = 12;

type Pt = { x: number; y: number; v: number };
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function linePlot({ spec, lang, theme: t, width }: PlotContext): Plot {
  const count = spec.categories.length;
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const lo = Math.min(0, ...all);
  const { ticks, step } = niceTicks(lo, Math.max(lo + 1e-9, ...all));
  const bottom = ticks[0];
  const top = ticks[ticks.length - 1];
  const tickText = ticks.map((v) => formatTick(v, spec, lang, { step, max: top }));
  const x0 = PAD + maxWidth(tickText, SMALL) + 10;
  const value = (v: number) => formatChartValue(v, spec, lang);
  const single = spec.series.length === 1;
  const cats = spec.categories.map((c) => categoryLines(c, lang));
  const lastOf = (vs: (number | null)[]) => [...vs].reverse().find((v): v is number => v !== null);
  const rightLabels = single ? [] : spec.series.map((s) => `${value(lastOf(s.values) ?? 0)} ${s.name}`);
  const dateHalf = (i: number) => maxWidth(cats[i] ?? [], SMALL) / 2;
  const valueHalf = (i: number) => (single ? maxWidth(spec.series[0].values[i] == null ? [] : [value(spec.series[0].values[i]!)], 14) / 2 : 0);
  const left = Math.max(x0 + 18, PAD + dateHalf(0), x0 + valueHalf(0) + 4);
  const right = width - PAD - (single ? Math.max(18, dateHalf(count - 1), valueHalf(count - 1)) : maxWidth(rightLabels, 13) + 14);
  // dates spaced by the time between them; other categories evenly
  const months = spec.categories.map(rocMonth);
  const span = (months[count - 1] ?? 0) - (months[0] ?? 0);
  const timed = span > 0 && months.every((m, i) => m !== null && (i === 0 || m >= months[i - 1]!));
  const px = (i: number) =>
    count < 2 ? (left + right) / 2 : left + (timed ? (months[i]! - months[0]!) / span : i / (count - 1)) * (right - left);
  const py = (v: number) => TOP + (1 - (v - bottom) / (top - bottom || 1)) * HEIGHT;

  const body: string[] = [];
  const unit = axisUnit(spec, lang);
  if (unit) body.push(textEl(PAD, 12, unit, { size: SMALL, fill: t.muted }));
  ticks.forEach((v, i) => {
    body.push(line(x0, py(v), width - PAD, py(v), v === 0 ? t.muted : t.grid));
    body.push(textEl(x0 - 8, py(v) + 4, tickText[i], { size: SMALL, fill: t.muted, anchor: 'end' }));
  });

  // dates from the last one leftwards, each only where it does not touch the one drawn before
  const axisY = TOP + HEIGHT + 20;
  let prev: Box | undefined;
  for (let i = count - 1; i >= 0; i--) {
    const half = maxWidth(cats[i], SMALL) / 2 + 6;
    const box: Box = [px(i) - half, axisY - 12, px(i) + half, axisY + 15 * cats[i].length];
    if (prev && overlaps(box, prev)) continue;
    prev = box;
    cats[i].forEach((l, j) => body.push(textEl(px(i), axisY + j * 15, l, { size: SMALL, fill: j ? t.muted : t.text, anchor: 'middle' })));
  }

  // every point is an obstacle for labels; a label goes above its point, else below, else nowhere
  const placed: Box[] = unit ? [[PAD, 0, PAD + maxWidth([unit], SMALL), 16]] : [];
  spec.series.forEach((se) => se.values.forEach((v, i) => {
    if (v !== null) placed.push([px(i) - 5, py(v) - 5, px(i) + 5, py(v) + 5]);
  }));
  const said = new Set<string>();
  const pointLabel = (p: Pt) => {
    const text = value(p.v);
    const key = `${p.x.toFixed(0)}|${text}`;
    if (said.has(key)) return; // the same value at the same date: once
    const half = maxWidth([text], 14) / 2;
    for (const baseline of [p.y - 12, p.y + 24]) {
      const box: Box = [p.x - half - 2, baseline - 14, p.x + half + 2, baseline + 4];
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      said.add(key);
      body.push(textEl(p.x, baseline, text, { size: 14, fill: t.text, anchor: 'middle' }));
      return;
    }
  };
  const ends: { y: number; text: string; fill: string }[] = [];
  spec.series.forEach((se, k) => {
    const c = colour(t, k);
    const pts: (Pt | null)[] = se.values.map((v, i) => (v === null || !Number.isFinite(v) ? null : { x: px(i), y: py(v), v }));
    // a gap in the data breaks the line
    let run: Pt[] = [];
    const flush = () => {
      if (run.length > 1) body.push(`<polyline points="${run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}" fill="none" stroke="${c}" stroke-width="3" stroke-linejoin="round"/>`);
      run = [];
    };
    for (const p of pts) (p ? run.push(p) : flush());
    flush();
    const shown = pts.filter((p): p is Pt => p !== null);
    for (const p of shown) body.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4.5" fill="${c}"/>`);
    if (single && count <= 12) [...shown].reverse().forEach(pointLabel);
    else if (shown.length) ends.push({ y: shown[shown.length - 1].y + 5, text: single ? value(shown[shown.length - 1].v) : rightLabels[k], fill: c });
  });
  // labels at the right end, pushed apart so none overlaps
  ends.sort((a, b) => a.y - b.y).forEach((e, i, arr) => {
    if (i > 0) e.y = Math.max(e.y, arr[i - 1].y + 16);
    body.push(textEl(single ? right : right + 10, single ? e.y - 17 : e.y, e.text, { size: 13, fill: single ? t.text : e.fill, anchor: single ? 'middle' : 'start' }));
  });
  const lines = Math.max(1, ...cats.map((l) => l.length));
  return { body, height: axisY + (lines - 1) * 15 + 6 };
}
