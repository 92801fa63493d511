// Draws the sample charts in docs/charts/ from the engine's answers, one of every kind, in both themes
// for a look, and prints each kind's render time (median of a loop) and PNG size.
//   npx tsx scripts/render-sample-charts.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChartSpec } from '../src/core/answer.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import { renderChartPng } from '../src/format/chart/index.js';

/** Sample name → the question whose answer carries the chart. */
export const SAMPLE_QUESTIONS = {
  'agencies-114': '數位發展部主管 114 年度各機關預算',
  'adi-112-114': '數位產業署 112 與 114 年度預算比較',
  'mydata-series': 'MyData 介接多少機關',
  'plan-progress': '連結亞太強韌陸海空網路計畫執行情形',
} as const;

export function chartOf(engine: Engine, question: string): ChartSpec {
  const chart = engine.ask(question).chart;
  if (!chart) throw new Error(`no chart in the answer to ${question}`);
  return chart;
}

const joinCaptions = (specs: ChartSpec[]) => {
  const parts = specs.flatMap((s) => s.caption.replace(/^資料來源：/, '').split('；'));
  return `資料來源：${[...new Set(parts)].join('；')}`;
};

/** Grouped bars: every agency's budget in every year the data has, from each agency's own answer. */
export function agenciesOverYears(engine: Engine): ChartSpec {
  const agencies = chartOf(engine, '114 年度各機關預算排名').categories;
  const perAgency = agencies.map((a) => chartOf(engine, `${a} 預算歷年`));
  const years = [...new Set(perAgency.flatMap((s) => s.categories))].sort();
  return {
    kind: 'grouped-bar',
    title: '數位發展部主管各機關預算 歷年比較',
    unit: 'TWD',
    categories: years,
    series: perAgency.map((s, k) => ({ name: agencies[k], values: years.map((y) => s.series[0].values[s.categories.indexOf(y)] ?? null) })),
    caption: joinCaptions(perAgency),
  };
}

/** Stacked bars: the object classes of the ministry's 114 budget, current and capital parts stacked. */
export function classesByNature(engine: Engine): ChartSpec {
  const spec = chartOf(engine, '數位發展部主管 114 年度用途別細分');
  const parsed = spec.categories.map((c) => /^(.+)（(.+)）$/.exec(c));
  const classes = [...new Set(parsed.map((m, i) => m?.[1] ?? spec.categories[i]))];
  const natures = [...new Set(parsed.map((m) => m?.[2] ?? '其他'))];
  const values = natures.map((n) => classes.map((c) => {
    const i = parsed.findIndex((m, k) => (m?.[1] ?? spec.categories[k]) === c && (m?.[2] ?? '其他') === n);
    return i < 0 ? null : spec.series[0].values[i];
  }));
  return {
    kind: 'stacked-bar',
    title: '數位發展部主管 114 年度預算 用途別（經常門與資本門）',
    unit: 'TWD',
    categories: classes,
    series: natures.map((n, k) => ({ name: n, values: values[k] })),
    caption: spec.caption,
  };
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'docs', 'charts');
  mkdirSync(out, { recursive: true });
  const engine = createEngine();
  const samples: Record<string, ChartSpec> = {
    ...Object.fromEntries(Object.entries(SAMPLE_QUESTIONS).map(([name, q]) => [name, chartOf(engine, q)])),
    'agencies-years': agenciesOverYears(engine),
    'object-classes-114': classesByNature(engine),
  };
  let t = performance.now();
  await renderChartPng(samples['agencies-114']);
  console.log(`first render (loads resvg and the font): ${(performance.now() - t).toFixed(0)} ms`);
  for (const [name, spec] of Object.entries(samples)) {
    writeFileSync(join(out, `${name}.png`), await renderChartPng(spec));
    const dark = await renderChartPng(spec, { theme: 'dark' });
    const ms: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      await renderChartPng(spec);
      ms.push(performance.now() - t);
    }
    const median = ms.sort((a, b) => a - b)[7];
    const size = (await renderChartPng(spec)).length;
    console.log(`${name.padEnd(20)} ${spec.kind.padEnd(12)} ${median.toFixed(1).padStart(6)} ms  ${(size / 1024).toFixed(1)} KB (dark ${(dark.length / 1024).toFixed(1)} KB)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
