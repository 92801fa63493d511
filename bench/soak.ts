// `npm run soak -- --minutes N`: mixed traffic over every surface against a separate bot process as
// `npm start` runs it (the compiled bundle when built; Slack HTTP, Discord HTTP, the API, the page
// and MCP on one loopback port, Redis shared), with a burst of chart presses every minute and Redis
// killed and brought back every other minute. It reports RSS over time and, last, one JSON line.
// Passes (exit 0) when no response was a 5xx and RSS at the end is within 20% of its value after
// the first minute. Without redis-server installed it runs without Redis, and says so.
import { randomBytes } from 'node:crypto';
import { createEngine } from '../src/core/engine.js';
import { REDIS_MISSING, redisBinary, startRedis, type RedisServer } from '../test/conversation/redis-server.js';
import { discordChartBurst, slackChartBurst } from '../test/ops/chart-burst.js';
import { spawnBot, startEntry, type SpawnedBot } from '../test/ops/spawned.js';
import { apiAsk, discordAsk, p99, slashCommand, type Timed } from '../test/ops/traffic.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MINUTES = arg('minutes', 10);
const MCP_TOKEN = `soak-${randomBytes(12).toString('hex')}`;
const r1 = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// questions from the sample set the engine answers, and follow-ups; one has a chart
const QUESTIONS = ['數產署 114 年度預算', '資安署 114 年度人事費', 'ADI budget 2025', 'MyData 介接多少機關', '114 年度哪個機關預算最多', 'help'];
const FOLLOW_UPS = ['那 113 年呢？', '數產署呢？', 'and for 2024?'];
const CHART_QUESTION = '114 年度哪個機關預算最多';

interface Tally {
  requests: number;
  serverErrors: number;
  apiUp: number[];
  apiDown: number[];
  charts: { pngs: number; busy: number; sent: number };
}

function mcpCall(bot: SpawnedBot, q: string): Promise<Timed> {
  const t0 = performance.now();
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask', arguments: { question: q } } });
  return fetch(`${bot.url}/mcp`, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${MCP_TOKEN}` },
  }).then(async (r) => (await r.arrayBuffer(), { status: r.status, ms: performance.now() - t0 }), () => ({ status: 0, ms: performance.now() - t0 }));
}

function page(bot: SpawnedBot, q: string, cookie?: string): Promise<Timed & { cookie?: string }> {
  const t0 = performance.now();
  return fetch(`${bot.url}/?q=${encodeURIComponent(q)}`, { headers: cookie ? { cookie } : {} })
    .then(async (r) => (await r.arrayBuffer(), { status: r.status, ms: performance.now() - t0, cookie: r.headers.get('set-cookie')?.split(';')[0] ?? cookie }),
      () => ({ status: 0, ms: performance.now() - t0 }));
}

/** One person at a time on some surface: a question, sometimes a follow-up, then a short pause. */
async function person(bot: SpawnedBot, until: number, tally: Tally, redisUp: () => boolean, id: number): Promise<void> {
  let cookie: string | undefined;
  for (let n = 0; Date.now() < until; n++) {
    const q = QUESTIONS[(id + n) % QUESTIONS.length];
    const follow = FOLLOW_UPS[n % FOLLOW_UPS.length];
    const session = `soak-${id}`;
    const results: Timed[] = [];
    switch (n % 7) {
      case 0:
      case 1: {
        const up = redisUp();
        const r = await apiAsk(bot, q, session);
        (up ? tally.apiUp : tally.apiDown).push(r.ms);
        results.push(r, await apiAsk(bot, follow, session));
        break;
      }
      case 2:
        results.push(await slashCommand(bot, q, `soak-${id}-${n}`, `U${id}`));
        break;
      case 3:
        results.push(await discordAsk(bot, q, `6666666666${id}`));
        break;
      case 4: {
        const first = await page(bot, q, cookie);
        cookie = first.cookie;
        results.push(first, await page(bot, follow, cookie));
        break;
      }
      case 5:
        results.push(await mcpCall(bot, q));
        break;
      default: {
        // a plain question, and a chart as PNG
        const png = (await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(CHART_QUESTION)}&format=png`).then(async (r) => (await r.arrayBuffer(), r.status), () => 0));
        results.push(await apiAsk(bot, q), { status: png, ms: 0 });
      }
    }
    for (const r of results) {
      tally.requests++;
      if (r.status >= 500 || r.status === 0) tally.serverErrors++;
    }
    await sleep(150);
  }
}

async function main() {
  const binary = redisBinary();
  if (!binary) process.stdout.write(`${REDIS_MISSING}\n`);
  let redis: RedisServer | undefined = binary ? await startRedis(binary) : undefined;
  const port = redis?.port;
  const bot = await spawnBot({ MCP_TOKEN, ...(redis ? { REDIS_URL: redis.url } : {}) }, startEntry());
  bot.slack.maxCalls = 5_000;
  if (!createEngine().ask(CHART_QUESTION).chart) throw new Error(`no chart for ${CHART_QUESTION}`);
  const tally: Tally = { requests: 0, serverErrors: 0, apiUp: [], apiDown: [], charts: { pngs: 0, busy: 0, sent: 0 } };
  let redisUp = true;
  const rows: { minute: number; rssMb: number; requests: number; redis: string }[] = [];
  const start = Date.now();
  const until = start + MINUTES * 60_000;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(bot.rssMb()), 1_000);
  process.stdout.write(`soak: ${MINUTES} min, ${startEntry().includes('--import') ? 'tsx' : 'compiled'} bot, ${redis ? 'Redis restarted every other minute' : 'no Redis'}; RSS idle ${r1(bot.rssMb())} MB\n`);

  const people = Array.from({ length: 6 }, (_, i) => person(bot, until, tally, () => redisUp, i));
  const schedule = (async () => {
    for (let minute = 1; Date.now() < until; minute++) {
      const minuteEnd = start + minute * 60_000;
      // a burst of chart presses on both chat surfaces at the start of each minute
      const [d, s] = await Promise.all([discordChartBurst(bot, CHART_QUESTION, 60, 50_000), slackChartBurst(bot, CHART_QUESTION, 40, 50_000)]);
      for (const b of [d, s]) {
        tally.charts.sent += b.sent;
        tally.charts.pngs += b.pngs;
        tally.charts.busy += b.busy;
      }
      bot.discord.requests.splice(0);
      // Redis away for 15 s in the middle of every other minute
      if (redis && minute % 2 === 0 && minuteEnd - Date.now() > 30_000) {
        await sleep(Math.max(0, minuteEnd - 45_000 - Date.now()));
        await redis.kill();
        redisUp = false;
        await sleep(15_000);
        redis = await startRedis(binary!, port);
        redisUp = true;
      }
      await sleep(Math.max(0, minuteEnd - Date.now()));
      if (Date.now() > until + 1_000) break;
      const rss = bot.rssMb();
      rows.push({ minute, rssMb: r1(rss), requests: tally.requests, redis: minute % 2 === 0 && redis ? 'restarted' : 'up' });
      process.stdout.write(`minute ${String(minute).padStart(2)}  RSS ${r1(rss).toFixed(1).padStart(6)} MB  requests ${tally.requests}  5xx ${tally.serverErrors}  charts ${tally.charts.pngs} drawn / ${tally.charts.busy} busy of ${tally.charts.sent}\n`);
    }
  })();
  await Promise.all([...people, schedule]);
  clearInterval(sampler);
  const first = rows[0]?.rssMb ?? NaN;
  const last = rows.at(-1)?.rssMb ?? NaN;
  const checks = {
    noServerErrors: tally.serverErrors === 0,
    endWithin20PctOfFirstMinute: Math.abs(last - first) <= 0.2 * first,
    alive: bot.alive(),
    noSecretInLogs: bot.leaks() === 0,
    everyChartAnswered: tally.charts.pngs + tally.charts.busy === tally.charts.sent,
  };
  const result = {
    minutes: MINUTES, requests: tally.requests, serverErrors: tally.serverErrors, rssAfterFirstMinuteMb: first, rssEndMb: last,
    rssPeakMb: r1(Math.max(...samples)), endVsFirstMinute: r1((last / first - 1) * 100), rssByMinute: rows.map((r) => r.rssMb),
    apiP99UpMs: r1(p99(tally.apiUp)), apiP99RedisDownMs: r1(p99(tally.apiDown)), charts: tally.charts, ...checks,
  };
  await bot.stop();
  await redis?.stop();
  for (const [k, ok] of Object.entries(checks)) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${k}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return Object.values(checks).every(Boolean);
}

main().then((ok) => process.exit(ok ? 0 : 1), (err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
