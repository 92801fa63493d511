// The chart renderer (src/format/chart), loaded by any surface on its first chart: it brings a
// WebAssembly renderer and a font. When it cannot load, the surfaces say charts are unavailable.
import type { ChartSpec, Lang } from '../core/answer.js';

export type ChartRenderer = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Buffer>;

let loading: Promise<ChartRenderer | null> | undefined;
/** Why the renderer did not load, when it failed. */
export let chartLoadError: unknown;

export function loadChartRenderer(): Promise<ChartRenderer | null> {
  loading ??= import('../format/chart/index.js').then(
    (mod) => mod.renderChartPng,
    (err: unknown) => {
      chartLoadError = err;
      return null;
    },
  );
  return loading;
}
