// Redis killed and brought back under traffic, against a separate bot process as `npm start` runs it
// (REDIS_URL set, Slack HTTP + Discord HTTP + the API): while Redis is away every slash command is
// acknowledged and answered, Discord is answered in its HTTP response, the API keeps its speed, a
// conversation says it started fresh, /healthz says "degraded" (still 200), one log line says Redis
// went and one that it is back, and the bot is back on Redis within 5 s of its return.
// Latency bounds here are generous (Slack and Discord allow 3 s; the API's p99 is compared with a
// floor); the figures themselves come from `npm run soak`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { phrase } from '../../src/format/phrases.js';
import type { Call } from '../slack/fake-slack.js';
import { REDIS_MISSING, redisBinary, startRedis, type RedisServer } from '../conversation/redis-server.js';
import { spawnBot, startEntry, type SpawnedBot } from './spawned.js';
import { apiAsk, discordAsk, p99, slashCommand, type Timed } from './traffic.js';

const binary = redisBinary();
if (!binary) console.warn(REDIS_MISSING);
const adi = loadDataset().budget_lines.find((l) => l.doc.startsWith('000') && l.agency === '6220' && l.level === 'agency')!;
const question = `數產署 ${adi.year} 年度預算`;
const healthz = async (bot: SpawnedBot) => (await fetch(`${bot.url}/healthz`)).json() as Promise<{ ok: boolean; degraded?: string[] }>;

describe.skipIf(!binary)('Redis killed and restarted under traffic (skipped when redis-server is not installed)', () => {
  let redis: RedisServer;
  let bot: SpawnedBot;
  beforeAll(async () => {
    redis = await startRedis(binary!);
    bot = await spawnBot({ REDIS_URL: redis.url }, startEntry());
  }, 90_000);
  afterAll(async () => {
    await bot?.stop();
    await redis?.stop();
  });

  /** Slack, Discord and the API, a few at a time, for `ms`. */
  async function traffic(ms: number, tag: string): Promise<{ api: Timed[]; slash: (Timed & { name: string })[]; discord: Timed<any>[] }> {
    const out = { api: [] as Timed[], slash: [] as (Timed & { name: string })[], discord: [] as Timed<any>[] };
    const until = Date.now() + ms;
    let n = 0;
    const loop = async () => {
      while (Date.now() < until) {
        const i = n++;
        const name = `${tag}-${i}`;
        out.api.push(await apiAsk(bot, question));
        out.slash.push({ ...(await slashCommand(bot, question, name)), name });
        out.discord.push(await discordAsk(bot, question));
      }
    };
    await Promise.all(Array.from({ length: 4 }, loop));
    return out;
  }

  it('answers every surface while Redis is away, says so, and goes back to Redis within 5 s of its return', async () => {
    const up = await traffic(2_000, 'up');
    expect((await healthz(bot)).degraded).toBeUndefined();

    await redis.kill();
    const down = await traffic(4_000, 'down');
    expect(await healthz(bot)).toMatchObject({ ok: true, degraded: ['redis'] });
    // a conversation that could not be read says the question stood alone
    const fresh = await apiAsk(bot, question, 'outage-session');
    expect(fresh.status).toBe(200);
    expect(fresh.body.summary).toContain(phrase('zh').startedFresh);

    for (const r of down.slash) {
      expect(r.status, r.name).toBe(200);
      expect(r.ms, `${r.name} acknowledged within 3 s`).toBeLessThan(3_000);
    }
    await Promise.all(down.slash.map((r) => bot.slack.waitFor((c: Call) => c.kind === 'response' && c.name === r.name, `the answer to ${r.name}`)));
    for (const r of down.discord) {
      expect(r.status).toBe(200);
      expect(r.body.type).toBe(4);
      expect(r.ms, 'Discord answered within 3 s').toBeLessThan(3_000);
    }
    expect(down.api.every((r) => r.status === 200)).toBe(true);
    // the API keeps its pace: p99 within twice its value with Redis up (with a floor for a noisy machine)
    expect(p99(down.api.map((r) => r.ms))).toBeLessThanOrEqual(Math.max(2 * p99(up.api.map((r) => r.ms)), 250));

    redis = await startRedis(binary!, redis.port);
    const back = Date.now();
    while ((await healthz(bot)).degraded && Date.now() - back < 10_000) await new Promise((r) => setTimeout(r, 50));
    const backMs = Date.now() - back;
    const max = (xs: Timed[]) => Math.max(...xs.map((r) => r.ms)).toFixed(0);
    console.info(`redis outage: ${down.slash.length} slash (slowest ack ${max(down.slash)} ms), ${down.discord.length} Discord (slowest ${max(down.discord)} ms), `
      + `API p99 ${p99(up.api.map((r) => r.ms)).toFixed(1)} ms up / ${p99(down.api.map((r) => r.ms)).toFixed(1)} ms down, back on Redis ${backMs} ms after its return`);
    expect(backMs, 'back on Redis within 5 s').toBeLessThan(5_000);
    // one line when Redis went and one when it came back, however often node-redis retried in
    // between (a busy machine may add a pair of its own, when two calls in a row miss their deadline)
    const changes = bot.recentLogs().filter((l) => /"msg":"redis (unreachable|back)/.test(l)).map((l) => (l.includes('unreachable') ? 'down' : 'back'));
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.length).toBeLessThanOrEqual(4);
    expect(changes).toEqual(changes.map((_, i) => (i % 2 ? 'back' : 'down')));

    // and the state is shared again: a session's conversation lives in Redis
    await apiAsk(bot, question, 'after-return');
    const follow = await apiAsk(bot, '那 113 年呢？', 'after-return');
    expect(follow.body.summary).not.toContain(phrase('zh').startedFresh);
    expect(follow.body.figures[0]?.value).toBe(adi.previousBudget);
    expect(bot.leaks()).toBe(0);
  }, 120_000);
});
