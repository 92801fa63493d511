// The HTTP phases of the bench, each against separate processes so their memory is their own: the
// bot as `npm start` runs it (compiled when built, in Slack HTTP mode) and a bare Bolt app next to
// it, in the same run. Cold start, RSS, the API and slash commands closed- and open-loop, a burst,
// and memory after the burst and after a minute idle.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { COMPILED, freePort, ROOT, spawnBot, startEntry, type SpawnedBot } from '../test/ops/spawned.js';
import { FakeSlack } from '../test/slack/fake-slack.js';
import { closedLoop, openLoop, type LoadResult, type SlashTarget } from './slash-load.js';
import { metricsAB, sinkMicroseconds, type MetricsAB } from './metrics-ab.js';

export { COMPILED };
const entry = startEntry;
const rssOf = (pid: number) => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface BareBolt {
  url: string;
  pid: number;
  stop(): void;
}

async function startBareBolt(secret: string, apiUrl: string): Promise<BareBolt> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-bolt.ts'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH, PORT: String(port), SLACK_SIGNING_SECRET: secret, SLACK_API_URL: apiUrl },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare Bolt exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => void child.kill('SIGTERM') };
}

/** Process start → engine ready, in fresh compiled processes (median of `runs`); engine load alone. */
export async function coldStarts(runs = 3): Promise<{ coldStartMs: number; listeningMs: number; engineLoadMs: number; entry: string }> {
  const seen: SpawnedBot['startup'][] = [];
  for (let i = 0; i < runs; i++) {
    const bot = await spawnBot({ SLACK_MODE: '', DISCORD_MODE: '' }, entry());
    seen.push({ ...bot.startup });
    await bot.stop();
  }
  return {
    coldStartMs: median(seen.map((s) => s.readyMs ?? NaN)), listeningMs: median(seen.map((s) => s.listeningMs ?? NaN)),
    engineLoadMs: median(seen.map((s) => s.loadMs ?? NaN)), entry: existsSync(COMPILED) ? 'compiled' : 'tsx',
  };
}

async function apiLoad(url: string): Promise<LoadResult> {
  const r = await autocannon({ url: `${url}/api/ask?q=${encodeURIComponent('數產署 114 預算')}`, connections: 50, duration: 3 });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
}

export interface HttpFigures {
  rssMb: number;
  api: LoadResult;
  slash: LoadResult;
  bare: LoadResult;
  open: LoadResult;
  bareOpen: LoadResult;
  rssAfterBurstMb: number;
  /** slash commands, closed loop, a bot with METRICS_TOKEN set against this one, in turn */
  metrics: MetricsAB & { rssOnMb: number; rssOffMb: number; sinkUs: number };
  bareRssMb: number;
  bareRssAfterBurstMb: number;
  /** call with the rest of the bench's work: it runs while the bot idles; then the idle RSS is read */
  idle<T>(work: () => Promise<T>, idleMs?: number): Promise<{ result: T; rssIdleMb: number; bareRssIdleMb: number }>;
}

export async function httpPhases(questions: string[]): Promise<HttpFigures> {
  const bot = await spawnBot({ DISCORD_MODE: '' }, entry());
  const fake = bot.slack;
  const bareFake = await new FakeSlack().start();
  // both fakes receive thousands of answers: kept few, so the measuring process's heap stays small
  fake.maxCalls = bareFake.maxCalls = 100;
  const bare = await startBareBolt(bot.secrets.slackSigning, bareFake.apiUrl);
  for (const q of questions) await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(q)}`).then((r) => r.arrayBuffer());
  await sleep(500);
  const rssMb = rssOf(bot.pid);
  const bareRssMb = rssOf(bare.pid);
  const target = (url: string, f: FakeSlack): SlashTarget => ({ url, signingSecret: bot.secrets.slackSigning, responseUrl: `${f.url}/response/bench` });
  const api = await apiLoad(bot.url);
  const bareSlash = await closedLoop(target(bare.url, bareFake));
  const slash = await closedLoop(target(bot.url, fake));
  const bareOpen = await openLoop(target(bare.url, bareFake), 100, 5);
  const open = await openLoop(target(bot.url, fake), 100, 5);
  const metrics = await metricsCost(bot);
  // a 1,000-request burst, 100 at a time, then memory right after it
  await closedLoop(target(bare.url, bareFake), { connections: 100, amount: 1_000 });
  await closedLoop(target(bot.url, fake), { connections: 100, amount: 1_000 });
  await sleep(1_000); // the answers after the acks
  const rssAfterBurstMb = rssOf(bot.pid);
  const bareRssAfterBurstMb = rssOf(bare.pid);
  return {
    rssMb, api, slash, bare: bareSlash, open, bareOpen, rssAfterBurstMb, metrics, bareRssMb, bareRssAfterBurstMb,
    idle: async (work, idleMs = 60_000) => {
      const until = Date.now() + idleMs;
      const result = await work();
      await sleep(Math.max(0, until - Date.now()));
      const figures = { result, rssIdleMb: rssOf(bot.pid), bareRssIdleMb: rssOf(bare.pid) };
      bare.stop();
      await bot.stop();
      await bareFake.close();
      return figures;
    },
  };
}

const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef';

/** What metrics cost: a second bot with them on, loaded in turn with `off` (3 rounds each), then stopped. */
async function metricsCost(off: SpawnedBot): Promise<HttpFigures['metrics']> {
  const on = await spawnBot({ DISCORD_MODE: '', METRICS_TOKEN }, entry());
  on.slack.maxCalls = 100;
  const target = (b: SpawnedBot) => ({ url: b.url, pid: b.pid, signingSecret: b.secrets.slackSigning, responseUrl: `${b.slack.url}/response/bench` });
  try {
    const ab = await metricsAB(target(off), { ...target(on), metricsUrl: `${on.url}/metrics`, token: METRICS_TOKEN }, 3);
    return { ...ab, rssOnMb: rssOf(on.pid), rssOffMb: rssOf(off.pid), sinkUs: sinkMicroseconds() };
  } finally {
    await on.stop();
  }
}
