// Charts for every surface, drawn in a bounded pool of worker threads (src/format/chart/pool.ts),
// started on the first chart: answers without charts cost nothing. A full queue is a ChartBusyError,
// which each surface turns into "busy, try again in a moment". When the pool cannot start, the
// surfaces say charts are unavailable. Every render is counted and timed for the metrics.
import type { ChartSpec, Lang } from '../core/answer.js';
import type { ChartPool, ChartPoolOptions } from '../format/chart/pool.js';
import { metrics } from './metrics/sink.js';

export { CHART_BUSY, CHART_RETRY_AFTER_S, ChartBusyError } from '../format/chart/busy.js';

export type ChartRenderer = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Buffer>;

let options: ChartPoolOptions = {};
let loading: Promise<ChartPool | null> | undefined;
/** Why the renderer did not load, when it failed. */
export let chartLoadError: unknown;

/** The pool's bounds (from the configuration); takes effect for a pool not yet started. */
export function configureCharts(opts: ChartPoolOptions): void {
  options = opts;
}

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
  loading ??= import('../format/chart/pool.js').then(
    (mod) => new mod.ChartPool(options),
    (err: unknown) => {
      chartLoadError = err;
      return null;
    },
  );
  return loading.then((pool) => (pool ? counted((spec, opts) => pool.render(spec, opts)) : null));
}

/** Stop the workers (at shutdown). */
export async function closeCharts(): Promise<void> {
  const pool = await loading;
  loading = undefined;
  await pool?.close();
}
