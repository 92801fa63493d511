// The hook to the chart renderer in src/format/chart, loaded on first use. When it cannot load,
// the app says charts are unavailable instead of failing.
import type { ChartSpec, Lang } from '../../core/answer.js';

export type ChartPng = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Uint8Array> | Uint8Array;

let cached: Promise<ChartPng | null> | undefined;
/** Why the renderer did not load, when it failed (the app then says charts are unavailable). */
export let chartLoadError: unknown;

/** The PNG renderer, loaded on first use (it brings a WebAssembly renderer and a font). */
export function loadChartRenderer(): Promise<ChartPng | null> {
  cached ??= import('../../format/chart/index.js').then(
    (mod) => mod.renderChartPng,
    (err: unknown) => {
      chartLoadError = err;
      return null;
    },
  );
  return cached;
}

/** A renderer's output as bytes; some return `{ png }`, most a Buffer. */
export function pngBytes(out: unknown): Buffer | null {
  if (out instanceof Uint8Array) return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  if (out && typeof out === 'object' && 'png' in out && (out as { png: unknown }).png instanceof Uint8Array) {
    const png = (out as { png: Uint8Array }).png;
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  }
  return null;
}
