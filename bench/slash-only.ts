// The slash-command phases of `npm run bench` alone, for quick checks of one change: closed loop and
// open loop, bot vs bare Bolt, ROUNDS times (default 2). Other modes, by environment:
//   FLAGS="--max-semi-space-size=4 --expose-gc"  node flags of the bot (default: those of `npm start`)
//   ONLY_BOT=1   the bot's closed-loop throughput alone (5 s, after a 3 s warm-up)
//   OPEN_ONLY=1  the bot's open-loop ack latency alone, 5 s after a closed-loop warm-up
//   BURST=1      RSS of the bot over the 4 s after a 1,000-request burst
//   BOT_LOG=warn the bot's log level (default info)
//   METRICS=1    the bot with metrics on (METRICS_TOKEN set)
//   METRICS_AB=1 only what metrics cost: a bot with them and one without, loaded in turn ROUNDS times
// Run with `npx tsx bench/slash-only.ts`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT, spawnBot, START_FLAGS } from '../test/ops/spawned.js';
import { FakeSlack } from '../test/slack/fake-slack.js';
import { closedLoop, openLoop } from './slash-load.js';
import { metricsAB, sinkMicroseconds } from './metrics-ab.js';
const COMPILED = join(ROOT, 'dist/bot/main.js');
const flags = (process.env.FLAGS ?? '').split(' ').filter(Boolean);
const entry = [...(flags.length ? flags : START_FLAGS), ...(existsSync(COMPILED) ? [COMPILED] : ['--import', 'tsx', 'src/main.ts'])];
const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef';
const botEnv = { DISCORD_MODE: '', LOG_LEVEL: process.env.BOT_LOG ?? 'info' };
const bot = await spawnBot({ ...botEnv, ...(process.env.METRICS ? { METRICS_TOKEN } : {}) }, entry);
if (process.env.METRICS_AB) {
  const measured = await spawnBot({ ...botEnv, METRICS_TOKEN }, entry);
  measured.slack.maxCalls = bot.slack.maxCalls = 100;
  const target = (b: typeof bot) => ({ url: b.url, pid: b.pid, signingSecret: b.secrets.slackSigning, responseUrl: `${b.slack.url}/response/bench` });
  const ab = await metricsAB(target(bot), { ...target(measured), metricsUrl: `${measured.url}/metrics`, token: METRICS_TOKEN }, Number(process.env.ROUNDS ?? 2));
  console.log(`metrics on ${ab.on.join(' ')} | off ${ab.off.join(' ')} req/s → on/off ${ab.ratio} (${ab.scrapes} scrapes)`);
  console.log(`bot CPU ms per request: on ${ab.cpuOn.join(' ')} | off ${ab.cpuOff.join(' ')} → on/off ${ab.cpuRatio}`);
  console.log(`the metrics' own work per slash question, in process: ${sinkMicroseconds()} µs`);
  await measured.stop(); await bot.stop(); process.exit(0);
}
const bareFake = await new FakeSlack().start();
bot.slack.maxCalls = bareFake.maxCalls = 100;
const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-bolt.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH, PORT: String(port), SLACK_SIGNING_SECRET: bot.secrets.slackSigning, SLACK_API_URL: bareFake.apiUrl } });
await new Promise((r) => child.stdout!.once('data', r));
const t = (url: string, f: FakeSlack) => ({ url, signingSecret: bot.secrets.slackSigning, responseUrl: `${f.url}/response/bench` });
const bareUrl = `http://127.0.0.1:${port}`;
if (process.env.BURST) {
  const { readFileSync } = await import('node:fs');
  const rss = (pid: number) => Math.round(Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
  console.log('before', rss(bot.pid));
  await closedLoop(t(bareUrl, bareFake), { connections: 100, amount: 1_000 });
  const t0 = Date.now();
  await closedLoop(t(bot.url, bot.slack), { connections: 100, amount: 1_000 });
  const seen: string[] = [`end ${Date.now() - t0}ms: ${rss(bot.pid)} (bare ${rss(child.pid!)})`];
  for (const ms of [100, 250, 500, 1000, 2000, 4000]) { await new Promise((r) => setTimeout(r, ms - (seen.length > 1 ? [100, 250, 500, 1000, 2000, 4000][seen.length - 2] : 0))); seen.push(`${ms}: ${rss(bot.pid)}`); }
  console.log(seen.join(' | '));
}
if (process.env.OPEN_ONLY) {
  await closedLoop(t(bot.url, bot.slack));
  await new Promise((r) => setTimeout(r, 5000));
  console.log('=== open loop start');
  const o = await openLoop(t(bot.url, bot.slack), 100, 5);
  console.log('=== open loop end p99', o.p99, 'p50', o.p50);
}
if (process.env.ONLY_BOT) {
  await closedLoop(t(bot.url, bot.slack));
  const before = bot.slack.received.response;
  const r = await closedLoop(t(bot.url, bot.slack), { seconds: 5 });
  await new Promise((res) => setTimeout(res, 2000));
  console.log('bot only', r.rps, 'req/s;', r.requests, 'acked,', bot.slack.received.response - before, 'answered');
}
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  let c0 = process.cpuUsage();
  const bare = await closedLoop(t(bareUrl, bareFake));
  let c1 = process.cpuUsage(c0); console.log('bench cpu during bare', ((c1.user + c1.system) / 3e6).toFixed(2), 'cores');
  c0 = process.cpuUsage();
  const slash = await closedLoop(t(bot.url, bot.slack));
  c1 = process.cpuUsage(c0); console.log('bench cpu during bot', ((c1.user + c1.system) / 3e6).toFixed(2), 'cores');
  const bo = await openLoop(t(bareUrl, bareFake), 100, 5);
  const o = await openLoop(t(bot.url, bot.slack), 100, 5);
  console.log(`closed: bot ${slash.rps} bare ${bare.rps} ratio ${(slash.rps / bare.rps).toFixed(2)} | open p99: bot ${o.p99} bare ${bo.p99} ratio ${(o.p99 / bo.p99).toFixed(2)}`);
}
child.kill('SIGTERM'); await bot.stop(); await bareFake.close(); process.exit(0);
