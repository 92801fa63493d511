// `npm run bench`: speed and memory on this machine. Prints a table, then one JSON line with every figure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createEngine, type Engine } from '../src/core/engine.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog } from '../src/core/catalog.js';
import { understand } from '../src/core/understand.js';
import { featuresOf, questionSets } from '../src/core/features.js';
import { searchIndex, loadSearchIndex } from '../src/core/search/search.js';
import { DATA_DIR } from '../src/dataset/paths.js';
import { loadConfig } from '../src/config.js';
import { start } from '../src/main.js';
import { syntheticDataDir } from './synthetic.js';
import { renderChartPng } from '../src/format/chart/index.js';
import { FakeSlack, signedHeaders } from '../test/slack/fake-slack.js';

const root = join(import.meta.dirname, '..');
const questions = ['sample-questions.jsonl', 'rephrasings.jsonl'].flatMap((f) =>
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

function coreLatency(engine: Engine, rounds: number) {
  for (const q of questions) engine.ask(q); // warm up
  let i = 0;
  return time(() => engine.ask(questions[i++ % questions.length]), questions.length * rounds);
}

/** Candidate finding only: lunr versus scoring every item (the linear scan a developer would write first). */
function lunrVsLinear(dataDir: string, rounds: number, sample = questions.length) {
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
      if (item) featuresOf(item, u, q);
    }
  }, us.length * rounds);
  i = 0;
  const linear = time(() => {
    const u = us[i++ % us.length];
    const q = questionSets(u);
    for (const item of catalog.items) featuresOf(item, u, q);
  }, us.length * rounds);
  return { lunr, linear, items: catalog.items.length };
}

async function load(url: string, opts: Partial<autocannon.Options>) {
  const r = await autocannon({ url, connections: 50, duration: 3, ...opts });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

async function httpLoad() {
  const fake = await new FakeSlack().start();
  const secret = 'bench-signing-secret';
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000',
    SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl,
  });
  const running = await start(config, { prompt: false });
  const base = `http://127.0.0.1:${(running.server!.address() as { port: number }).port}`;
  const api = await load(`${base}/api/ask?q=${encodeURIComponent('數產署 114 預算')}`, {});
  const body = new URLSearchParams({ command: '/budget', text: '數產署 114 預算', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: `${fake.url}/response/bench`, trigger_id: '1' }).toString();
  const slash = await load(`${base}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(secret, body) } });
  await new Promise((r) => setTimeout(r, 500));
  await running.stop();
  await fake.close();
  return { api, slash };
}

/** PNG render time per chart kind, from real answers (the first render also loads resvg and the font). */
async function chartTimes(engine: Engine) {
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

async function main() {
  const t0 = performance.now();
  const cold = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/cold-start.ts')], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!);
  const realEngine = createEngine();
  const real = coreLatency(realEngine, 30);
  const charts = await chartTimes(realEngine);
  const realScan = lunrVsLinear(DATA_DIR, 3);
  const synth = syntheticDataDir(100);
  const bigEngine = createEngine(synth.dir);
  const big = coreLatency(bigEngine, 2);
  const bigScan = lunrVsLinear(synth.dir, 1, 5);
  const http = await httpLoad();
  const rss = process.memoryUsage().rss / 1e6;

  const rows: [string, string][] = [
    ['cold start (process start → ready)', `${cold.coldStartMs.toFixed(0)} ms (engine load ${cold.engineLoadMs} ms)`],
    ['RSS after sample questions (fresh process)', `${cold.rssMb.toFixed(0)} MB`],
    [`core latency, real data (${questions.length} questions)`, `p50 ${real.p50} ms, p99 ${real.p99} ms`],
    [`core latency, 100x data (${synth.records} records${synth.built ? ', built now' : ', cached'})`, `p50 ${big.p50} ms, p99 ${big.p99} ms (load ${bigEngine.info.loadMs} ms)`],
    [`candidates: lunr vs linear scan, real (${realScan.items} items)`, `lunr p50 ${realScan.lunr.p50} / p99 ${realScan.lunr.p99} ms; scan p50 ${realScan.linear.p50} / p99 ${realScan.linear.p99} ms`],
    [`candidates: lunr vs linear scan, 100x (${bigScan.items} items)`, `lunr p50 ${bigScan.lunr.p50} / p99 ${bigScan.lunr.p99} ms; scan p50 ${bigScan.linear.p50} / p99 ${bigScan.linear.p99} ms`],
    ['chart PNG render (median of 10; first render)', `${Object.entries(charts).filter(([k]) => k !== 'firstMs').map(([k, v]) => `${k} ${v} ms`).join(', ')}; first ${charts.firstMs} ms`],
    ['GET /api/ask, 50 clients', `${http.api.rps} req/s, p50 ${http.api.p50} ms, p99 ${http.api.p99} ms, errors ${http.api.errors}, non-2xx ${http.api.non2xx}`],
    ['signed Slack slash command (ack), 50 clients', `${http.slash.rps} req/s, p50 ${http.slash.p50} ms, p99 ${http.slash.p99} ms, errors ${http.slash.errors}, non-2xx ${http.slash.non2xx}`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
  const summary = {
    coldStartMs: Math.round(cold.coldStartMs), engineLoadMs: cold.engineLoadMs, rssMb: Math.round(cold.rssMb), benchRssMb: Math.round(rss),
    coreP50Ms: real.p50, coreP99Ms: real.p99, core100xP50Ms: big.p50, core100xP99Ms: big.p99, records100x: synth.records,
    lunrP99Ms: realScan.lunr.p99, linearP99Ms: realScan.linear.p99, lunr100xP99Ms: bigScan.lunr.p99, linear100xP99Ms: bigScan.linear.p99,
    apiRps: http.api.rps, apiP99Ms: http.api.p99, apiErrors: http.api.errors + http.api.non2xx,
    slashRps: http.slash.rps, slashAckP99Ms: http.slash.p99, slashErrors: http.slash.errors + http.slash.non2xx,
    chartMedianMs: Math.max(...Object.entries(charts).filter(([k]) => k !== 'firstMs').map(([, v]) => v)), chartFirstMs: charts.firstMs,
    benchSeconds: Math.round((performance.now() - t0) / 1000),
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
