// Hook to the chart renderer (src/format/chart, renderChartPng(spec, opts) → PNG), loaded on first
// use; when it cannot load, a chart button says charts are unavailable.
import type { ChartSpec, Lang } from '../../core/answer.js';

export type ChartRenderer = (spec: ChartSpec, opts: { lang: Lang }) => Promise<Buffer>;

let loading: Promise<ChartRenderer | null> | undefined;

export function loadChartRenderer(): Promise<ChartRenderer | null> {
  loading ??= import('../../format/chart/index.js').then(
    (m) => m.renderChartPng as ChartRenderer,
    () => null,
  );
  return loading;
}
