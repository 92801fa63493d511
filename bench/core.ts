// The core's figures, measured in this process: latency over the sample and rephrased questions,
// candidate finding with lunr against a linear scan, and chart rendering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/core/engine.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/core/catalog.js';
import { understand } from '../src/core/understand.js';
import { featuresOf, questionSets } from '../src/core/features.js';
import { searchIndex, loadSearchIndex } from '../src/core/search/search.js';
import { renderChartPng } from '../src/format/chart/index.js';
import { MODEL } from '../src/core/model.js';

const root = join(import.meta.dirname, '..');
export const questions = ['sample-questions.jsonl', 'rephrasings.jsonl'].flatMap((f) =>
  readFileSync(join(root, 'test/eval', f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q),
);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(fn: () => void, rounds: number): { p50: number; p99: number; mean: number } {
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const r2 = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r2(percentile(ms, 50)), p99: r2(percentile(ms, 99)), mean: r2(ms.reduce((s, x) => s + x, 0) / ms.length) };
}

/** Latency in steady state: every question answered `warmRounds` times first (the JIT has compiled
 * the hot paths and the heap has settled, as in a bot that has been up a while), then measured. */
export function coreLatency(engine: Engine, rounds: number, warmRounds = 20) {
  for (let w = 0; w < warmRounds; w++) for (const q of questions) engine.ask(q);
  let i = 0;
  return time(() => engine.ask(questions[i++ % questions.length]), questions.length * rounds);
}

/** Candidate finding only: lunr versus scoring every item (the linear scan a developer would write first). */
export function lunrVsLinear(dataDir: string, rounds: number, sample = questions.length) {
  const data = loadDataset(dataDir);
  const catalog = buildCatalog(data);
  const index = loadSearchIndex(JSON.parse(readFileSync(join(dataDir, 'search-index.json'), 'utf8')));
  const us = questions.slice(0, sample).map(understand);
  let i = 0;
  const lunr = time(() => {
    const u = us[i++ % us.length];
    const q = questionSets(u);
    for (const h of searchIndex(index, u.itemText || u.residual)) {
      const item = h.ref.startsWith('i') ? catalog.items[Number(h.ref.slice(1))] : undefined;
      if (item) featuresOf(item, u, q, MODEL);
    }
  }, us.length * rounds);
  i = 0;
  const linear = time(() => {
    const u = us[i++ % us.length];
    const q = questionSets(u);
    for (const item of catalog.items) featuresOf(item, u, q, MODEL);
  }, us.length * rounds);
  return { lunr, linear, items: catalog.items.length };
}

/** PNG render time per chart kind, from real answers (the first render also loads resvg and the font). */
export async function chartTimes(engine: Engine) {
  const kinds: Record<string, string> = {
    bar: '114 年度各機關預算排名', breakdown: '數位發展部主管 114 年度用途別細分', line: 'MyData 介接多少機關', progress: '連結亞太強韌陸海空網路計畫執行情形',
  };
  const t0 = performance.now();
  await renderChartPng(engine.ask(kinds.bar).chart!);
  const first = performance.now() - t0;
  const out: Record<string, number> = {};
  for (const [kind, q] of Object.entries(kinds)) {
    const spec = engine.ask(q).chart!;
    const ms: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await renderChartPng(spec);
      ms.push(performance.now() - t);
    }
    out[kind] = Math.round(ms.sort((a, b) => a - b)[5]);
  }
  return { firstMs: Math.round(first), ...out };
}
