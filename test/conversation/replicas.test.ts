// Two replicas of the whole bot (as `npm start` runs it) sharing one real Redis: a Slack thread
// started on one is continued on the other without a mention, an API session carries over, a
// retry delivered to the other replica is answered once, and one rate limit holds across both.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import { loadDataset } from '../../src/dataset/load.js';
import { signedHeaders, type Call } from '../slack/fake-slack.js';
import { startBot, type Bot } from '../ops/harness.js';
import { REDIS_MISSING, redisBinary, startRedis, type RedisServer } from './redis-server.js';

const binary = redisBinary();
if (!binary) console.warn(REDIS_MISSING);
const acs = loadDataset().budget_lines.find((l) => l.doc.startsWith('000') && l.level === 'agency' && l.name.includes('資通安全署'))!;
const first = `${acs.name} ${acs.year} 年度預算`;

/** GET from a given loopback source address, so two clients differ as they would in production. */
function getFrom(localAddress: string, url: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(body) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!binary)('two replicas sharing Redis (skipped when redis-server is not installed)', () => {
  let redis: RedisServer;
  let a: Bot;
  let b: Bot;
  let peek: ReturnType<typeof createClient>;
  const signing = randomBytes(16).toString('hex');
  const turnsIn = async (pattern: string) => {
    const keys = await peek.keys(`moda-budget:conv:${pattern}`);
    return Promise.all(keys.map(async (k) => (JSON.parse((await peek.get(k))!) as { turns: { query: string }[] }).turns.map((t) => t.query)));
  };
  const event = (bot: Bot, body: string) =>
    fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(signing, body) }, body });
  const envelope = (id: string, event: Record<string, unknown>) =>
    JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: id, event_time: 1, event });

  beforeAll(async () => {
    redis = await startRedis(binary!);
    const env = { REDIS_URL: redis.url, SLACK_SIGNING_SECRET: signing, RATE_LIMIT_PER_MINUTE: '1000' };
    a = await startBot(env);
    b = await startBot(env);
    peek = createClient({ url: redis.url });
    await peek.connect();
  });
  afterAll(async () => {
    await peek?.close();
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('answers on B a follow-up in a Slack thread that A started, in that thread, with A\'s turn', async () => {
    const ts = '1700009000.000100';
    expect((await event(a, envelope('EvR1', { type: 'app_mention', user: 'URA', text: `<@UBOT> ${first}`, channel: 'CREP', ts }))).status).toBe(200);
    await a.slack.waitFor((c: Call) => c.name === 'chat.postMessage' && c.body.thread_ts === ts, 'A answers the mention');
    const reply = { type: 'message', user: 'URA', text: '那113年呢？', channel: 'CREP', channel_type: 'channel', ts: '1700009001.000100', thread_ts: ts };
    expect((await event(b, envelope('EvR2', reply))).status).toBe(200);
    await b.slack.waitFor((c: Call) => c.name === 'chat.postMessage' && c.body.thread_ts === ts, 'B answers the follow-up in the thread');
    expect(await turnsIn('slack:T1:CREP:*:URA')).toEqual([[first, '那113年呢？']]);
  });

  it('answers a retry that reaches the other replica once', async () => {
    const body = envelope('EvR3', { type: 'app_mention', user: 'URB', text: `<@UBOT> ${first}`, channel: 'CDUP', ts: '1700009100.000100' });
    await event(a, body);
    await a.slack.waitFor((c: Call) => c.body.channel === 'CDUP', 'A answers');
    await event(b, body);
    // a later event on B is answered, so B has had its chance at the retry
    await event(b, envelope('EvR4', { type: 'app_mention', user: 'URB', text: `<@UBOT> ${first}`, channel: 'CDUP2', ts: '1700009101.000100' }));
    await b.slack.waitFor((c: Call) => c.body.channel === 'CDUP2', 'B answers the next event');
    expect(b.slack.calls.some((c) => c.body.channel === 'CDUP')).toBe(false);
  });

  it('carries an /api/ask session from one replica to the other, for the same client only', async () => {
    const q = (bot: Bot, text: string) => `${bot.url}/api/ask?session=s-1&q=${encodeURIComponent(text)}`;
    expect((await getFrom('127.0.0.1', q(a, first))).status).toBe(200);
    expect((await getFrom('127.0.0.1', q(b, '那113年呢？'))).status).toBe(200);
    expect((await getFrom('127.0.0.2', q(b, '那112年呢？'))).status).toBe(200);
    const sessions = await turnsIn('api:*:s-1:*');
    expect(sessions).toHaveLength(2);
    expect(sessions).toContainEqual([first, '那113年呢？']);
    expect(sessions).toContainEqual(['那112年呢？']);
  });

  it('holds one rate limit across both replicas', async () => {
    const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '3' };
    const [one, two] = [await startBot(env), await startBot(env)];
    try {
      const ask = (bot: Bot) => getFrom('127.0.0.3', `${bot.url}/api/ask?q=${encodeURIComponent(first)}`);
      const statuses = [];
      for (const bot of [one, two, one, two]) statuses.push((await ask(bot)).status);
      // each replica alone would allow all four; together they allow three
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await one.close();
      await two.close();
    }
});
});
