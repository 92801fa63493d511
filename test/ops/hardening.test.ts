// Hostile and broken input against the whole bot (Slack HTTP + Discord HTTP + API on one port):
// signed but malformed payloads get a fast 4xx and the process keeps serving; replays are
// answered once and a lone retry is answered; stale interactions, spoofed addresses, oversized
// bodies and control characters change nothing; no log line holds a secret.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { signedHeaders, type Call } from '../slack/fake-slack.js';
import { command, postInteraction } from '../discord/fake-discord.js';
import { triggerId } from '../slack/harness.js';
import { getFrom, postSignedAt } from './client.js';
import { startBot, type Bot } from './harness.js';

let bot: Bot;
const adi = loadDataset().budget_lines.find((l) => l.doc.startsWith('000') && l.agency === '6220' && l.level === 'agency')!;
const question = `數產署 ${adi.year} 年度預算`;

beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(async () => {
  await bot?.close();
});

const slack = (body: string, type: string, extra: Record<string, string> = {}) =>
  fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...signedHeaders(bot.secrets.slackSigning, body), ...extra }, body });
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const healthy = async () => (await fetch(`${bot.url}/healthz`)).status === 200;

describe('signed but malformed Slack payloads', () => {
  it('get a 4xx each, and the process keeps serving', async () => {
    const bodies: [string, string][] = [
      ['null', 'application/json'],
      [form({ payload: 'null' }), 'application/x-www-form-urlencoded'],
      [JSON.stringify({ type: 'event_callback', event: null }), 'application/json'],
      [JSON.stringify({ type: 'event_callback', event: { type: 'app_mention', text: { x: 1 } } }), 'application/json'],
      [form({ payload: JSON.stringify({ type: 'block_actions', actions: [{ action_id: 'x' }] }) }), 'application/x-www-form-urlencoded'],
      [form({ payload: JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }) }), 'application/x-www-form-urlencoded'],
      [JSON.stringify({ type: 'something_new' }), 'application/json'],
      [JSON.stringify([1, 2]), 'application/json'],
      [form({ command: '/budget' }), 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of bodies) {
      const res = await slack(body, type);
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status, body).toBeLessThan(500);
    }
    expect(await healthy()).toBe(true);
  });
});

describe('deliveries', () => {
  it('answers a replayed slash command once', async () => {
    const body = form({ command: '/budget', text: 'help', user_id: 'U9', team_id: 'T1', channel_id: 'C9', trigger_id: triggerId(), response_url: `${bot.slack.url}/response/replay` });
    expect((await slack(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    expect((await slack(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await bot.slack.waitFor((c: Call) => c.kind === 'response' && c.name === 'replay', 'the answer');
    const marker = form({ command: '/budget', text: 'help', user_id: 'U9', team_id: 'T1', channel_id: 'C9', trigger_id: triggerId(), response_url: `${bot.slack.url}/response/after-replay` });
    await slack(marker, 'application/x-www-form-urlencoded');
    await bot.slack.waitFor((c: Call) => c.kind === 'response' && c.name === 'after-replay', 'a later answer');
    expect(bot.slack.calls.filter((c) => c.name === 'replay')).toHaveLength(1);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const body = JSON.stringify({
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvLoneRetry', event_time: 1,
      event: { type: 'app_mention', user: 'U1', text: `<@UBOT> ${question}`, channel: 'CRETRY', ts: '1700002000.000100' },
    });
    expect((await slack(body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    await bot.slack.waitFor((c: Call) => c.name === 'chat.postMessage' && c.body.channel === 'CRETRY', 'the retried mention answered');
  });

  it('answers a replayed Discord interaction once, and refuses one signed a day ago', async () => {
    const body = JSON.stringify(command('help'));
    expect((await postInteraction(bot.url, body, bot.keys)).status).toBe(200);
    expect((await postInteraction(bot.url, body, bot.keys)).status).toBe(409);
    const dayAgo = Math.floor(Date.now() / 1000) - 86_400;
    expect(await postSignedAt(bot.url, JSON.stringify(command('help')), bot.keys, dayAgo)).toBe(401);
  });
});

describe('limits', () => {
  it('keys /api/ask on the connection, so a spoofed X-Forwarded-For does not lift the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(question)}`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses oversized bodies, signed or not, before reading them', async () => {
    const big = new Uint8Array(4 * 1024 * 1024).fill(120);
    const res = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      fetch(`${bot.url}/${i % 2 ? 'slack/events' : 'discord/interactions'}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big })
        .then((r) => r.status, () => 413)));
    expect(res.every((s) => s === 413)).toBe(true);
    expect(await healthy()).toBe(true);
  });
});

describe('echoed text', () => {
  it('strips control and bidi-override characters from a question before anything else', async () => {
    const hostile = `\u202e數產署\u0000 ${adi.year}\u001b 年度預算\u200f`;
    const res = await getFrom('127.0.0.5', `${bot.url}/api/ask?q=${encodeURIComponent(hostile)}`);
    expect(res.status).toBe(200);
    expect(res.json.query).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    const clean = await getFrom('127.0.0.5', `${bot.url}/api/ask?q=${encodeURIComponent(question)}`);
    expect(res.json.intent).toBe(clean.json.intent);
    expect(res.json.figures[0]?.value).toBe(adi.budget);
  });
});

describe('logs', () => {
  it('hold no token, signing secret or signature in any line', () => {
    const all = bot.logs.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of Object.values(bot.secrets)) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/interaction-token-\d+-secret/);
    expect(all).not.toContain(createHmac('sha256', bot.secrets.slackSigning).update('v0').digest('hex').slice(0, 12));
  });
});
