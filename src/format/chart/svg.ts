// ChartSpec → SVG: the title on top, a legend when there are several series, the plot of its kind,
// then the unit and the sources underneath, every line wrapped to the width (nothing cut off).
import type { ChartSpec } from '../../core/answer.js';
import type { Lang } from '../numbers.js';
import { barPlot } from './bars.js';
import { linePlot } from './line.js';
import { progressPlot } from './progress.js';
import { textEl, textWidth, wrapLines, wrapText } from './text.js';
import { changeNote, unitNote } from './notes.js';
import { colour, PAD, rect, THEMES, type Plot, type PlotContext, type Theme } from './theme.js';

export interface ChartOptions {
  lang?: Lang;
  theme?: 'light' | 'dark';
  /** Layout width in px (800 unless asked); the height follows from the content. */
  width?: number;
  /** Pixels per layout px in the PNG: 2 (a 1600 px image, sharp on a slide) unless asked. */
  scale?: number;
}

function legend(spec: ChartSpec, t: Theme, width: number): Plot {
  if (spec.kind === 'progress' || spec.series.length < 2) return { body: [], height: 0 };
  const body: string[] = [];
  let x = PAD;
  let y = 0;
  spec.series.forEach((s, k) => {
    const w = 18 + textWidth(s.name, 13) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 20;
    }
    body.push(rect(x, y + 3, 12, 12, colour(t, k)));
    body.push(textEl(x + 18, y + 14, s.name, { size: 13, fill: t.text }));
    x += w;
  });
  return { body, height: y + 20 };
}

function plotOf(ctx: PlotContext): Plot {
  const { spec, lang, theme: t } = ctx;
  if (spec.categories.length === 0 || spec.series.length === 0) {
    return { body: [textEl(PAD, 20, lang === 'zh' ? '沒有可畫的數值' : 'No values to draw', { size: 14, fill: t.muted })], height: 30 };
  }
  if (spec.kind === 'line') return linePlot(ctx);
  if (spec.kind === 'progress') return progressPlot(ctx);
  return barPlot(ctx, spec.kind === 'stacked-bar');
}

/** Values aligned with the categories; anything not a finite number is a gap. */
function clean(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    series: spec.series.map((s) => ({
      ...s,
      values: spec.categories.map((_, i) => {
        const v = s.values[i];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
    })),
  };
}

export function chartSvg(input: ChartSpec, opts: ChartOptions = {}): string {
  const spec = clean(input);
  const lang = opts.lang ?? 'zh';
  const t = THEMES[opts.theme ?? 'light'];
  const width = Math.round(Math.min(2400, Math.max(360, opts.width ?? 800)));
  const inner = width - 2 * PAD;
  const out: string[] = [];

  let y = PAD;
  for (const l of wrapLines(spec.title, 20, inner, 3, 'bold')) {
    out.push(textEl(PAD, y + 20, l, { size: 20, fill: t.text, weight: 'bold' }));
    y += 28;
  }
  y += 10;
  const parts = [legend(spec, t, width), plotOf({ spec, lang, theme: t, width })];
  for (const p of parts) {
    if (!p.height) continue;
    out.push(`<g transform="translate(0 ${y.toFixed(1)})">${p.body.join('')}</g>`);
    y += p.height + 10;
  }
  y += 8;
  const change = changeNote(spec, lang);
  if (change) {
    out.push(textEl(PAD, y + 14, change, { size: 14, fill: t.text, weight: 'bold' }));
    y += 22;
  }
  const unit = unitNote(spec, lang);
  for (const l of [...(unit ? [unit] : []), ...wrapText(spec.caption, 12, inner)]) {
    out.push(textEl(PAD, y + 12, l, { size: 12, fill: t.muted }));
    y += 17;
  }
  const height = Math.ceil(y + PAD - 6);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${t.bg}"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}
