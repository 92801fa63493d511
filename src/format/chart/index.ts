// One chart renderer for every surface: ChartSpec → SVG (laid out here) → pixels (resvg compiled to
// WebAssembly, from npm: no native binary, nothing fetched) → PNG. The bundled Noto Sans Hant font is
// handed to resvg from memory and no system font is looked at, so every machine draws the same.
// resvg and the font load on the first chart only: answers without charts cost nothing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ChartSpec } from '../../core/answer.js';
import { fontFiles, FONT_FAMILY } from './font.js';
import { chartSvg, type ChartOptions } from './svg.js';

export type { ChartOptions } from './svg.js';

type Render = (svg: string, scale: number) => Promise<Buffer>;

/** PNG pixels per layout px unless asked: a 1600 px wide image, sharp on a slide or a retina screen. */
export const DEFAULT_SCALE = 2;

let renderer: Promise<Render> | undefined;

async function load(): Promise<Render> {
  const wasmPath = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  // the PNG encoder (zlib) and the renderer load with the first PNG, not with the pages that show SVG
  const [{ initWasm, Resvg }, { encodePng }, wasm, fonts] = await Promise.all([
    import('@resvg/resvg-wasm'),
    import('./png.js'),
    readFile(wasmPath),
    Promise.all(fontFiles().map((f) => readFile(f))),
  ]);
  await initWasm(wasm);
  const fontBuffers = fonts.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  return (svg, scale) => {
    const fitTo = scale === 1 ? { mode: 'original' as const } : { mode: 'zoom' as const, value: scale };
    const r = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: FONT_FAMILY }, fitTo });
    try {
      const img = r.render();
      try {
        return encodePng(img.width, img.height, img.pixels);
      } finally {
        img.free();
      }
    } finally {
      r.free(); // wasm memory is not collected by itself
    }
  };
}

function loadRenderer(): Promise<Render> {
  renderer ??= load().catch((err) => {
    renderer = undefined; // a later chart tries again
    throw err;
  });
  return renderer;
}

/** The chart as SVG text (for tests and debugging; it names the bundled font, which a browser may lack). */
export function renderChartSvg(spec: ChartSpec, opts: ChartOptions = {}): string {
  return chartSvg(spec, opts);
}

/** The chart as a PNG: laid out 800 px wide and drawn at 2× (1600 px) unless asked, as tall as its content. */
export async function renderChartPng(spec: ChartSpec, opts: ChartOptions = {}): Promise<Buffer> {
  const render = await loadRenderer();
  const scale = Math.min(4, Math.max(1, opts.scale ?? DEFAULT_SCALE));
  return render(chartSvg(spec, opts), scale);
}

/** The chart as PNG or SVG (for slides that scale, or a web page that embeds the bundled font). */
export async function renderChart(spec: ChartSpec, opts: ChartOptions & { format?: 'png' | 'svg' } = {}): Promise<Buffer> {
  if (opts.format === 'svg') return Buffer.from(chartSvg(spec, opts), 'utf8');
  return renderChartPng(spec, opts);
}
