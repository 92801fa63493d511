// Colours for a white page and for the dark grey of Slack's and Discord's dark modes; the shared plot types.
import type { ChartSpec } from '../../core/answer.js';
import type { Lang } from '../numbers.js';

export interface Theme {
  bg: string;
  text: string;
  muted: string;
  grid: string;
  track: string;
  /** text drawn on top of a palette colour */
  onBar: string;
  palette: string[];
}

export const THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    bg: '#ffffff', text: '#1d1c1d', muted: '#5e5d60', grid: '#e3e3e3', track: '#ececec', onBar: '#ffffff',
    palette: ['#1f6fb2', '#e07b24', '#2e8f57', '#c0392b', '#7d5ba6', '#8c6d1f'],
  },
  dark: {
    bg: '#1a1d21', text: '#ececec', muted: '#a9a9ad', grid: '#3a3d42', track: '#2e3137', onBar: '#14171a',
    palette: ['#5aa7e8', '#f0a35e', '#5cc98a', '#ef7d71', '#b494e4', '#d6b65c'],
  },
};

export const PAD = 24;

export interface PlotContext {
  spec: ChartSpec;
  lang: Lang;
  theme: Theme;
  width: number;
}

/** A plot drawn from y = 0 down to `height`, x in page coordinates. */
export interface Plot {
  body: string[];
  height: number;
  /** a note above the plot, such as the axis unit */
  note?: string;
}

export const colour = (t: Theme, k: number) => t.palette[k % t.palette.length];

export const rect = (x: number, y: number, w: number, h: number, fill: string, r = 2) =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" rx="${r}"/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, w = 1) =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${w}"/>`;
