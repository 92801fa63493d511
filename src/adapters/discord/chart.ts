// Hook to the chart renderer (src/format/chart, renderChartPng(spec, opts) → PNG). Loaded on first
// use, so the bot runs without it: a chart button then says charts are unavailable.
import type { ChartSpec, Lang } from '../../core/answer.js';

export type ChartRenderer = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Buffer>;

// a variable specifier: the module may not exist in every build, and must not be required to compile
const CHART_MODULE = '../../format/chart/index.js';

let loading: Promise<ChartRenderer | null> | undefined;

export function loadChartRenderer(): Promise<ChartRenderer | null> {
  loading ??= import(CHART_MODULE).then(
    (m: { renderChartPng?: unknown }) => (typeof m.renderChartPng === 'function' ? (m.renderChartPng as ChartRenderer) : null),
    () => null,
  );
  return loading;
}
