// One chart renderer for every surface: ChartSpec → SVG (laid out here) → pixels (resvg compiled to
// WebAssembly, from npm: no native binary, nothing fetched) → PNG. The bundled Noto Sans Hant font is
// handed to resvg from memory and no system font is looked at, so every machine draws the same.
// resvg and the font load on the first chart only: answers without charts cost nothing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ChartSpec } from '../../core/answer.js';
import { fontFiles, FONT_FAMILY } from './font.js';
import { encodePng } from './png.js';
import { chartSvg, type ChartOptions } from './svg.js';

export type { ChartOptions } from './svg.js';

type Render = (svg: string) => Promise<Buffer>;

let renderer: Promise<Render> | undefined;

async function load(): Promise<Render> {
  const wasmPath = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  const [{ initWasm, Resvg }, wasm, fonts] = await Promise.all([
    import('@resvg/resvg-wasm'),
    readFile(wasmPath),
    Promise.all(fontFiles().map((f) => readFile(f))),
  ]);
  await initWasm(wasm);
  const fontBuffers = fonts.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  return (svg) => {
    const r = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'original' } });
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

/** The chart as a PNG: 800 px wide unless asked otherwise, as tall as its content. */
export async function renderChartPng(spec: ChartSpec, opts: ChartOptions = {}): Promise<Buffer> {
  const render = await loadRenderer();
  return render(chartSvg(spec, opts));
}
