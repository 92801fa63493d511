// `npm run bench`: speed and memory on this machine. Prints a table, then one JSON line with every figure.
// The bot runs as its own process (compiled when `npm run build` has run), next to a bare Bolt app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../src/dataset/paths.js';
import { syntheticDataDir } from './synthetic.js';
import { chartTimes, coreLatency, lunrVsLinear, questions } from './core.js';
import { coldStarts, httpPhases } from './http.js';

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

// The core as `npm start` runs it: the compiled engine when it is built, else the TypeScript source.
const COMPILED_ENGINE = join(import.meta.dirname, '../dist/src/core/engine.js');
const { createEngine } = (await import(existsSync(COMPILED_ENGINE) ? COMPILED_ENGINE : '../src/core/engine.js')) as typeof import('../src/core/engine.js');

/** Everything measured inside this process; runs while the bot process idles after its burst. */
async function coreFigures() {
  const realEngine = createEngine();
  const real = coreLatency(realEngine, 30);
  const charts = await chartTimes(realEngine);
  const realScan = lunrVsLinear(DATA_DIR, 3);
  const synth = syntheticDataDir(100);
  const bigEngine = createEngine(synth.dir);
  const big = coreLatency(bigEngine, 2);
  const bigScan = lunrVsLinear(synth.dir, 1, 5);
  return { real, charts, realScan, synth, big, bigScan, bigLoadMs: bigEngine.info.loadMs };
}

async function main() {
  const t0 = performance.now();
  const cold = await coldStarts(3);
  const http = await httpPhases(questions);
  const { result: core, rssIdleMb, bareRssIdleMb } = await http.idle(coreFigures);
  const { real, charts, realScan, synth, big, bigScan } = core;
  const chartKinds = Object.entries(charts).filter(([k]) => k !== 'firstMs');
  const load = (r: typeof http.api) => `${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`;

  const rows: [string, string][] = [
    [`cold start, process start → engine ready (${cold.entry}, median of 3)`, `${cold.coldStartMs} ms (engine load ${cold.engineLoadMs} ms; listening at ${cold.listeningMs} ms)`],
    ['RSS after the sample questions (bot process, Slack HTTP)', `${r1(http.rssMb)} MB (bare Bolt ${r1(http.bareRssMb)} MB)`],
    [`core latency, real data (${questions.length} questions, each answered 20 times first)`, `p50 ${real.p50} ms, p99 ${real.p99} ms`],
    [`core latency, 100x data (${synth.records} records${synth.built ? ', built now' : ', cached'})`, `p50 ${big.p50} ms, p99 ${big.p99} ms (load ${core.bigLoadMs} ms)`],
    [`candidates: lunr vs linear scan, real (${realScan.items} items)`, `lunr p50 ${realScan.lunr.p50} / p99 ${realScan.lunr.p99} ms; scan p50 ${realScan.linear.p50} / p99 ${realScan.linear.p99} ms`],
    [`candidates: lunr vs linear scan, 100x (${bigScan.items} items)`, `lunr p50 ${bigScan.lunr.p50} / p99 ${bigScan.lunr.p99} ms; scan p50 ${bigScan.linear.p50} / p99 ${bigScan.linear.p99} ms`],
    ['chart PNG render (median of 10; first render)', `${chartKinds.map(([k, v]) => `${k} ${v} ms`).join(', ')}; first ${charts.firstMs} ms`],
    ['GET /api/ask, 50 clients, 3 s', load(http.api)],
    ['signed slash command, 50 clients, 3 s: bot', load(http.slash)],
    ['signed slash command, 50 clients, 3 s: bare Bolt', `${load(http.bare)} → bot/bare ${r2(http.slash.rps / http.bare.rps)}`],
    ['slash ack at 100 req/s open-loop, 5 s: bot', load(http.open)],
    ['slash ack at 100 req/s open-loop, 5 s: bare Bolt', `${load(http.bareOpen)} → bot/bare p99 ${r2(http.open.p99 / http.bareOpen.p99)}`],
    ['signed slash command, metrics on / off (3 s each, 3 rounds in turn)', `${http.metrics.on.join(', ')} / ${http.metrics.off.join(', ')} req/s → ${http.metrics.ratio}; bot CPU per request ${http.metrics.cpuRatio}×; RSS ${r1(http.metrics.rssOnMb)} / ${r1(http.metrics.rssOffMb)} MB; ${http.metrics.sinkUs} µs of metrics work per question`],
    ['RSS after a 1,000-request burst: bot / bare Bolt', `${r1(http.rssAfterBurstMb)} / ${r1(http.bareRssAfterBurstMb)} MB`],
    ['RSS after 60 s idle: bot / bare Bolt', `${r1(rssIdleMb)} / ${r1(bareRssIdleMb)} MB`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
  const summary = {
    coldStartMs: cold.coldStartMs, engineLoadMs: cold.engineLoadMs, listeningMs: cold.listeningMs, startEntry: cold.entry,
    rssMb: r1(http.rssMb), bareBoltRssMb: r1(http.bareRssMb),
    coreP50Ms: real.p50, coreP99Ms: real.p99, core100xP50Ms: big.p50, core100xP99Ms: big.p99, records100x: synth.records,
    lunrP99Ms: realScan.lunr.p99, linearP99Ms: realScan.linear.p99, lunr100xP99Ms: bigScan.lunr.p99, linear100xP99Ms: bigScan.linear.p99,
    apiRps: http.api.rps, apiP99Ms: http.api.p99, apiErrors: http.api.errors,
    slashRps: http.slash.rps, slashAckP99Ms: http.slash.p99, slashErrors: http.slash.errors,
    bareBoltRps: http.bare.rps, slashVsBareBolt: r2(http.slash.rps / http.bare.rps),
    openLoopAckP99Ms: http.open.p99, bareBoltOpenLoopAckP99Ms: http.bareOpen.p99, ackP99VsBareBolt: r2(http.open.p99 / http.bareOpen.p99),
    openLoopErrors: http.open.errors,
    slashMetricsOnVsOff: http.metrics.ratio, slashCpuMetricsOnVsOff: http.metrics.cpuRatio, rssMetricsOnMb: r1(http.metrics.rssOnMb), metricsUsPerQuestion: http.metrics.sinkUs,
    rssAfterBurstMb: r1(http.rssAfterBurstMb), rssIdle60sMb: r1(rssIdleMb), bareBoltRssAfterBurstMb: r1(http.bareRssAfterBurstMb),
    chartMedianMs: Math.max(...chartKinds.map(([, v]) => v)), chartFirstMs: charts.firstMs,
    benchSeconds: Math.round((performance.now() - t0) / 1000),
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
