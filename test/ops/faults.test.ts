// Fault and abuse: bad bodies, forged and replayed signatures, a failing chat API, a burst of questions.
// The process stays up, answers what it can, says what it cannot, and loses no accepted question.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { signedHeaders } from '../slack/fake-slack.js';
import { command, interaction, postInteraction } from '../discord/fake-discord.js';
import { startBot, type Bot } from './harness.js';

let bot: Bot;
const data = loadDataset();
const adi = data.budget_lines.find((l) => l.doc.startsWith('000') && l.agency === '6220' && l.level === 'agency')!;

beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: '400' });
});
afterAll(async () => {
  await bot.close();
});

const healthy = async () => (await fetch(`${bot.url}/healthz`)).status === 200;
const slackPost = (body: string, type: string, headers: Record<string, string>) =>
  fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

describe('the running bot', () => {
  it('reports readiness and the data version', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, dataVersion: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  it('answers /api/ask with the contract JSON and the figure from the data', async () => {
    const res = await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(`數產署 ${adi.year} 年度預算`)}`);
    const a = await res.json();
    expect(res.status).toBe(200);
    expect(a.figures[0].value).toBe(adi.budget);
    expect(a.figures[0].source.line).toBe(adi.line);
  });

  it('answers /api/ask?format=csv with the table as a spreadsheet opens it', async () => {
    const q = encodeURIComponent(`數產署 ${adi.year} 年度預算`);
    const json = await (await fetch(`${bot.url}/api/ask?q=${q}`)).json();
    const res = await fetch(`${bot.url}/api/ask?q=${q}&format=csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // a UTF-8 byte order mark, so a spreadsheet reads the Chinese right
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    // the same figures as the table, as plain numbers a spreadsheet can add up
    const numeric: number[] = json.table.numeric ?? [];
    for (const row of json.table.rows as string[][]) for (const i of numeric) expect(csv).toContain(row[i].replace(/,/g, ''));
    expect(csv).toContain(String(adi.budget! / 1000));
  });

  it('answers Discord on the same port: a signed PING with PONG, a signed /budget ask with the figure', async () => {
    const ping = await postInteraction(bot.url, JSON.stringify(interaction(1, undefined)), bot.keys);
    expect(ping).toMatchObject({ status: 200, json: { type: 1 } });
    const ask = await postInteraction(bot.url, JSON.stringify(command('ask', { question: `數產署 ${adi.year} 年度預算` })), bot.keys);
    expect(ask.status).toBe(200);
    expect(JSON.stringify(ask.json)).toContain(new Intl.NumberFormat('en-US').format(adi.budget! / 1000));
    expect(ask.json.data.allowed_mentions).toEqual({ parse: [] });
    expect((await postInteraction(bot.url, JSON.stringify(interaction(1, undefined)), null)).status).toBe(401);
  });

  it('says what it cannot: empty, too long, unknown route, wrong method', async () => {
    expect((await fetch(`${bot.url}/api/ask`)).status).toBe(400);
    const long = await fetch(`${bot.url}/api/ask?q=${'預'.repeat(600)}`);
    expect(long.status).toBe(413);
    expect((await long.json()).error).toMatch(/太長/);
    expect((await fetch(`${bot.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${bot.url}/api/ask`, { method: 'POST' })).status).toBe(405);
  });

  it('rejects forged, replayed and unsigned Slack requests', async () => {
    const body = 'command=%2Fbudget&text=help&user_id=U1&channel_id=C1&response_url=x';
    const forged = signedHeaders('not-the-secret', body);
    expect((await slackPost(body, 'application/x-www-form-urlencoded', forged)).status).toBe(401);
    const old = signedHeaders(bot.secrets.slackSigning, body, Math.floor(Date.now() / 1000) - 600);
    expect((await slackPost(body, 'application/x-www-form-urlencoded', old)).status).toBe(401);
    expect((await slackPost(body, 'application/x-www-form-urlencoded', {})).status).toBe(401);
    expect(await healthy()).toBe(true);
  });

  it('survives malformed JSON, wrong content types and oversized bodies', async () => {
    for (const [body, type] of [['{not json', 'application/json'], ['\u0000\u0001', 'application/octet-stream'], ['x'.repeat(3_000_000), 'application/json']] as const) {
      const res = await slackPost(body, type, signedHeaders(bot.secrets.slackSigning, body));
      expect(res.status, type).toBeGreaterThanOrEqual(200);
      expect(res.status, type).toBeLessThan(500);
    }
    expect((await postInteraction(bot.url, '{oops', bot.keys)).status).toBe(400);
    expect((await postInteraction(bot.url, JSON.stringify({ type: 1, pad: 'x'.repeat(400_000) }), bot.keys)).status).toBe(413);
    expect((await postInteraction(bot.url, JSON.stringify({ type: 1 }), bot.keys, (h) => (h['x-signature-ed25519'] = '00'.repeat(64)))).status).toBe(401);
    expect(await healthy()).toBe(true);
  });

  it('answers every one of a burst of 1,000 questions: a figure, or a polite refusal', async () => {
    const questions = Array.from({ length: 1000 }, (_, i) => (i % 2 ? `數產署 ${adi.year} 年度預算` : 'MyData 介接多少機關'));
    const statuses: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < questions.length) {
        const q = questions[next++];
        const res = await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(q)}`);
        const body = await res.json();
        statuses.push(res.status);
        if (res.status === 200) expect(body.figures.length).toBeGreaterThan(0);
        else expect(body.error).toBeTruthy();
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    expect(statuses.length).toBe(1000);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(await healthy()).toBe(true);
  });

  it('logs one line per question and never a secret', async () => {
    const lines = bot.logs.join('');
    expect(lines).toMatch(/"msg":"question"/);
    const q = JSON.parse(bot.logs.find((l) => l.includes('"msg":"question"'))!);
    expect(q).toMatchObject({ surface: 'api', reqId: expect.any(String), intent: expect.any(String), ms: expect.any(Number), outcome: expect.any(String) });
    for (const secret of Object.values(bot.secrets)) expect(lines).not.toContain(secret);
  });
});

describe('a failing chat API', () => {
  let flaky: Server;
  let mode: 'ok' | '500' | '429' | 'hang' = 'ok';
  const posts: string[] = [];
  let other: Bot;

  beforeAll(async () => {
    flaky = createServer((req, res) => {
      const method = (req.url ?? '').split('?')[0].replace('/api/', '');
      req.resume();
      if (method === 'auth.test') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'B1', team_id: 'T1' }));
      posts.push(`${method}:${mode}`);
      if (mode === 'hang') return; // never answers: the client's timeout must fire
      if (mode === '500') return res.writeHead(500).end('boom');
      if (mode === '429') return res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ts: '1.1' }));
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    other = await startBot({ SLACK_API_URL: `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/api/` });
  });
  afterAll(async () => {
    await other.close();
    flaky.closeAllConnections();
    await new Promise<void>((r) => flaky.close(() => r()));
  });

  it('keeps running through 500, 429 and a hanging API, and answers once it recovers', async () => {
    const mention = (n: number) => JSON.stringify({
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${n}`, event_time: 1,
      event: { type: 'app_mention', user: 'U1', text: `<@UBOT> 數產署 ${adi.year} 年度預算`, channel: 'C1', ts: `17000.${n}` },
    });
    let n = 0;
    for (const m of ['500', '429', 'hang', 'ok'] as const) {
      mode = m;
      const body = mention(++n);
      const res = await fetch(`${other.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(other.secrets.slackSigning, body) }, body });
      expect(res.status, m).toBe(200);
      await new Promise((r) => setTimeout(r, m === 'hang' ? 2500 : 700));
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    }
    expect(posts.some((p) => p.endsWith(':ok'))).toBe(true);
    expect(posts.some((p) => p.endsWith(':hang'))).toBe(true);
  });
});
