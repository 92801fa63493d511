// ChartSpec → SVG, laid out by hand: horizontal bars (long Chinese labels read better across),
// grouped and stacked bars, a line for a series over dates, a progress bar against a total.
import type { ChartSpec } from '../../core/answer.js';
import { formatMoneyShort, groupDigits, type Lang } from '../numbers.js';
import { displayWidth } from '../width.js';

export interface ChartOptions {
  lang?: Lang;
  theme?: 'light' | 'dark';
  width?: number;
}

export const THEMES = {
  light: { bg: '#ffffff', text: '#1d1c1d', muted: '#616061', grid: '#e3e3e3', track: '#eeeeee', palette: ['#1f6fb2', '#e07b24', '#2e9e5b', '#c0392b', '#7d5ba6', '#8c6d1f'] },
  dark: { bg: '#1a1d21', text: '#ececec', muted: '#a7a7a7', grid: '#3a3d42', track: '#2c2f34', palette: ['#5aa7e8', '#f0a35e', '#5cc98a', '#ef6f61', '#b08ee0', '#d6b65c'] },
};

const FONT = 'Noto Sans Hant';
const PAD = 24;

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Width of text in px: a wide character is one em, a narrow one a little over half. */
function textWidth(s: string, size: number): number {
  return displayWidth(s) * size * 0.55;
}

function fit(s: string, size: number, max: number): string {
  if (textWidth(s, size) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch + '…', size) > max) break;
    out += ch;
  }
  return out + '…';
}

/** Wrap text into lines no wider than max px. */
function wrap(s: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (textWidth(cur + ch, size) > max) {
      lines.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function formatChartValue(v: number, spec: ChartSpec, lang: Lang): string {
  if (spec.unit === 'TWD') return formatMoneyShort(v, lang);
  if (spec.unit === 'percent') return `${groupDigits(v, 2)}%`;
  const n = Number.isInteger(v) ? groupDigits(v) : groupDigits(v, 2);
  return lang === 'zh' && spec.unitLabel ? `${n} ${spec.unitLabel}` : n;
}

const text = (x: number, y: number, s: string, size: number, fill: string, extra = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${size}" fill="${fill}" ${extra}>${esc(s)}</text>`;

interface Frame {
  body: string[];
  height: number;
}

function barRows(spec: ChartSpec, lang: Lang, width: number, t: typeof THEMES.light, stacked: boolean): Frame {
  const body: string[] = [];
  const labelW = Math.min(260, Math.max(...spec.categories.map((c) => textWidth(c, 14))) + 8);
  const valueW = 110;
  const x0 = PAD + labelW;
  const plotW = width - x0 - PAD - valueW;
  const n = spec.series.length;
  const rowH = stacked || n === 1 ? 34 : 18 * n + 14;
  const totals = spec.categories.map((_, i) => spec.series.reduce((s, se) => s + Math.max(0, se.values[i] ?? 0), 0));
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(stacked ? Math.max(...totals) : Math.max(0, ...all), 1);
  const min = stacked ? 0 : Math.min(0, ...all);
  const scale = (v: number) => ((v - min) / (max - min)) * plotW;
  const zero = x0 + scale(0);
  let y = 0;
  spec.categories.forEach((cat, i) => {
    body.push(text(PAD, y + rowH / 2 + 5, fit(cat, 14, labelW - 8), 14, t.text));
    if (stacked) {
      let x = zero;
      spec.series.forEach((se, k) => {
        const v = Math.max(0, se.values[i] ?? 0);
        const w = scale(v) - scale(0);
        body.push(`<rect x="${x.toFixed(1)}" y="${(y + 6).toFixed(1)}" width="${w.toFixed(1)}" height="${rowH - 12}" fill="${t.palette[k % t.palette.length]}" rx="2"/>`);
        x += w;
      });
      body.push(text(x + 6, y + rowH / 2 + 5, formatChartValue(totals[i], spec, lang), 13, t.text));
    } else {
      spec.series.forEach((se, k) => {
        const v = se.values[i];
        if (v === null || v === undefined) return;
        const bh = n === 1 ? rowH - 12 : 16;
        const by = n === 1 ? y + 6 : y + 7 + k * 18;
        const x = v >= 0 ? zero : x0 + scale(v);
        const w = Math.abs(scale(v) - scale(0));
        body.push(`<rect x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${Math.max(1, w).toFixed(1)}" height="${bh}" fill="${t.palette[k % t.palette.length]}" rx="2"/>`);
        const label = formatChartValue(v, spec, lang);
        body.push(text(v >= 0 ? zero + w + 6 : zero + 6, by + bh / 2 + 5, label, 13, t.text));
      });
    }
    y += rowH;
  });
  if (min < 0) body.push(`<line x1="${zero}" y1="0" x2="${zero}" y2="${y}" stroke="${t.muted}" stroke-width="1"/>`);
  return { body, height: y };
}

function lineChart(spec: ChartSpec, lang: Lang, width: number, t: typeof THEMES.light): Frame {
  const h = 260;
  const body: string[] = [];
  // inset so the first and last value labels fit
  const x0 = PAD + 60;
  const plotW = width - 2 * PAD - 120;
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(...all, 1) * 1.15;
  const step = spec.categories.length > 1 ? plotW / (spec.categories.length - 1) : 0;
  const px = (i: number) => x0 + (spec.categories.length > 1 ? i * step : plotW / 2);
  const py = (v: number) => 20 + (1 - v / max) * (h - 60);
  for (let g = 0; g <= 4; g++) {
    const gy = 20 + (g / 4) * (h - 60);
    body.push(`<line x1="${x0}" y1="${gy}" x2="${x0 + plotW}" y2="${gy}" stroke="${t.grid}" stroke-width="1"/>`);
  }
  spec.series.forEach((se, k) => {
    const color = t.palette[k % t.palette.length];
    const pts = se.values.map((v, i) => (v === null ? null : [px(i), py(v)] as const)).filter((p): p is readonly [number, number] => p !== null);
    body.push(`<polyline points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" fill="none" stroke="${color}" stroke-width="3"/>`);
    se.values.forEach((v, i) => {
      if (v === null) return;
      body.push(`<circle cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="5" fill="${color}"/>`);
      body.push(text(px(i), py(v) - 12, formatChartValue(v, spec, lang), 14, t.text, 'text-anchor="middle"'));
    });
  });
  spec.categories.forEach((c, i) => body.push(text(px(i), h - 18, c, 13, t.muted, 'text-anchor="middle"')));
  return { body, height: h };
}

function progressChart(spec: ChartSpec, lang: Lang, width: number, t: typeof THEMES.light): Frame {
  const total = spec.total ?? Math.max(...spec.series[0].values.map((v) => v ?? 0), 1);
  const body: string[] = [];
  const labelW = Math.min(220, Math.max(...spec.categories.map((c) => textWidth(c, 14))) + 8);
  const x0 = PAD + labelW;
  const plotW = width - x0 - PAD - 150;
  let y = 0;
  const totalLabel = lang === 'zh' ? `核定總經費 ${formatChartValue(total, spec, lang)}` : `Approved total ${formatChartValue(total, spec, lang)}`;
  body.push(text(x0, y + 14, totalLabel, 13, t.muted));
  y += 24;
  spec.categories.forEach((c, i) => {
    const v = spec.series[0].values[i] ?? 0;
    const share = total ? v / total : 0;
    body.push(text(PAD, y + 21, fit(c, 14, labelW - 8), 14, t.text));
    body.push(`<rect x="${x0}" y="${y + 6}" width="${plotW}" height="22" fill="${t.track}" rx="4"/>`);
    body.push(`<rect x="${x0}" y="${y + 6}" width="${(Math.min(1, share) * plotW).toFixed(1)}" height="22" fill="${t.palette[i % t.palette.length]}" rx="4"/>`);
    body.push(text(x0 + plotW + 8, y + 22, `${formatChartValue(v, spec, lang)} (${groupDigits(share * 100, 1)}%)`, 13, t.text));
    y += 36;
  });
  return { body, height: y };
}

function legend(spec: ChartSpec, t: typeof THEMES.light): Frame {
  if (spec.series.length < 2) return { body: [], height: 0 };
  const body: string[] = [];
  let x = PAD;
  spec.series.forEach((s, k) => {
    body.push(`<rect x="${x}" y="4" width="12" height="12" fill="${t.palette[k % t.palette.length]}" rx="2"/>`);
    body.push(text(x + 18, 15, s.name, 13, t.text));
    x += 30 + textWidth(s.name, 13);
  });
  return { body, height: 24 };
}

export function chartSvg(spec: ChartSpec, opts: ChartOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const t = THEMES[opts.theme ?? 'light'];
  const width = opts.width ?? 800;
  const titleLines = wrap(spec.title, 20, width - 2 * PAD);
  const plot =
    spec.kind === 'line' ? lineChart(spec, lang, width, t)
      : spec.kind === 'progress' ? progressChart(spec, lang, width, t)
        : barRows(spec, lang, width, t, spec.kind === 'stacked-bar');
  const leg = legend(spec, t);
  const captionLines = wrap(spec.caption, 12, width - 2 * PAD).slice(0, 4);
  const unitNote = spec.unit === 'TWD' ? (lang === 'zh' ? '單位：新臺幣' : 'NT$') : '';
  const top = PAD + titleLines.length * 28;
  const plotY = top + 8 + leg.height;
  const height = plotY + plot.height + 16 + (captionLines.length + (unitNote ? 1 : 0)) * 17 + PAD;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}">`,
    `<rect width="100%" height="100%" fill="${t.bg}"/>`,
    ...titleLines.map((l, i) => text(PAD, PAD + 20 + i * 28, l, 20, t.text, 'font-weight="bold"')),
    `<g transform="translate(0 ${top + 8})">${leg.body.join('')}</g>`,
    `<g transform="translate(0 ${plotY})">${plot.body.join('')}</g>`,
    ...[...(unitNote ? [unitNote] : []), ...captionLines].map((l, i) => text(PAD, plotY + plot.height + 28 + i * 17, l, 12, t.muted)),
    '</svg>',
  ];
  return out.join('\n');
}
