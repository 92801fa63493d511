// The chart renderer (src/format/chart), loaded by any surface on its first chart: it brings a
// WebAssembly renderer and a font. When it cannot load, the surfaces say charts are unavailable.
// Every render is counted and timed for the metrics.
import type { ChartSpec, Lang } from '../core/answer.js';
import { metrics } from './metrics/sink.js';

export type ChartRenderer = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Buffer>;

let loading: Promise<ChartRenderer | null> | undefined;
/** Why the renderer did not load, when it failed. */
export let chartLoadError: unknown;

function counted(render: ChartRenderer): ChartRenderer {
  return async (spec, opts) => {
    const done = metrics.chartTimer();
    try {
      const png = await render(spec, opts);
      done(true);
      return png;
    } catch (err) {
      done(false);
      throw err;
    }
  };
}

export function loadChartRenderer(): Promise<ChartRenderer | null> {
  loading ??= import('../format/chart/index.js').then(
    (mod) => counted(mod.renderChartPng),
    (err: unknown) => {
      chartLoadError = err;
      return null;
    },
  );
  return loading;
}
