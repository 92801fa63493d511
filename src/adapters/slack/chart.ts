// The hook to the chart renderer in src/format/chart. Charts are optional: when that module is
// absent or exports no renderer, the app says so instead of failing.
import type { ChartSpec, Lang } from '../../core/answer.js';

export type ChartPng = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Uint8Array> | Uint8Array;

// A variable specifier, so that type-checking and bundling do not require the module to exist yet.
const CHART_MODULE = '../../format/chart/index.js';
const EXPORT_NAMES = ['renderChartPng', 'chartToPng', 'renderPng', 'renderChart'] as const;

let cached: Promise<ChartPng | null> | undefined;
/** Why the module did not load, when it exists but failed (a missing module is not an error). */
export let chartLoadError: unknown;

/** The PNG renderer, or null when charts are not available in this build. */
export function loadChartRenderer(specifier: string = CHART_MODULE): Promise<ChartPng | null> {
  if (specifier === CHART_MODULE && cached) return cached;
  const found = import(new URL(specifier, import.meta.url).href)
    .then((mod: Record<string, unknown>) => {
      for (const name of EXPORT_NAMES) if (typeof mod[name] === 'function') return mod[name] as ChartPng;
      return null;
    })
    .catch((err: { code?: string }) => {
      if (err?.code !== 'ERR_MODULE_NOT_FOUND') chartLoadError = err;
      return null;
    });
  if (specifier === CHART_MODULE) cached = found;
  return found;
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
