// The second round of hostile shapes against a separate bot process as `npm start` runs it:
// a signed event whose `authorizations` holds null (or whose team id is "valueOf") gets 400, a signed command or button the bot
// does not have a fast 404, each message of an MCP batch counts against the limit (and the batch is
// refused, as the current MCP specification has no batches), a session id in a URL is ignored, and
// every response carries nosniff. "Fast" is asserted as the median of five under 100 ms (it was 3 s).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { signedHeaders } from '../slack/fake-slack.js';
import { buttonPress, triggerId } from '../slack/harness.js';
import { spawnBot, startEntry, type SpawnedBot } from './spawned.js';

const TOKEN = 'shapes-test-token-0123456789abcdef';
const LIMIT = 20;
const adi = loadDataset().budget_lines.find((l) => l.doc.startsWith('000') && l.agency === '6220' && l.level === 'agency')!;
const ADI = `數產署 ${adi.year} 年度預算`;

let bot: SpawnedBot;
beforeAll(async () => {
  bot = await spawnBot({ MCP_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: String(LIMIT) }, startEntry());
}, 90_000);
afterAll(async () => {
  await bot?.stop();
});

const FORM = 'application/x-www-form-urlencoded';
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
async function slack(body: string, type: string): Promise<{ status: number; ms: number; headers: Headers }> {
  const t0 = performance.now();
  const res = await fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...signedHeaders(bot.secrets.slackSigning, body) }, body });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0, headers: res.headers };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('signed Slack payloads of every documented shape, malformed', () => {
  it('answers an event whose authorizations holds null with 400, and goes on serving', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> help', channel: 'C1', ts: '1700003000.000100' };
    const bodies = [
      { type: 'event_callback', team_id: 'T1', event_id: 'EvAuthNull', authorizations: [null], event },
      { type: 'event_callback', team_id: 'T1', event_id: 'EvAuthStr', authorizations: 'x', event },
      { type: 'event_callback', team_id: 7, event_id: 'EvTeamNum', event },
      // Bolt keys its clients by team id: a name on Object.prototype must not reach it
      { type: 'event_callback', team_id: 'valueOf', event_id: 'EvValueOf', event },
      { type: 'event_callback', event_id: 'EvAuthProto', authorizations: [{ team_id: '__proto__' }], event },
      { type: 'event_callback', event_id: 'EvItem', event: { type: 'reaction_added', user: 'U1', item: 'C1' } },
      { type: 'event_callback', event_id: 'EvSubteam', event: { type: 'subteam_created', subteam: null } },
    ];
    for (const b of bodies) expect((await slack(JSON.stringify(b), 'application/json')).status, JSON.stringify(b)).toBe(400);
    const payload = (p: Record<string, unknown>) => form({ payload: JSON.stringify(p) });
    const press = buttonPress(bot.slack.url, { action_id: 'budget_share', value: ADI }, { channel: 'C1', responseId: 'shape' });
    expect((await slack(payload({ ...press, enterprise: 'E1' }), FORM)).status).toBe(400);
    expect((await slack(payload({ ...press, team: { id: 'constructor' } }), FORM)).status).toBe(400);
    expect((await slack(form({ command: '/budget', text: 'help', user_id: 'U1', channel_id: 'C1', response_url: `${bot.slack.url}/response/x`, trigger_id: triggerId(), team_id: '' }), FORM)).status).toBe(200);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('answers a command or a button it does not have with 404 at once (median of five under 100 ms)', async () => {
    const unknownCommand = () => form({ command: '/weather', text: 'taipei', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: `${bot.slack.url}/response/w`, trigger_id: triggerId() });
    const unknownButton = () => form({ payload: JSON.stringify(buttonPress(bot.slack.url, { action_id: 'something_else', value: 'x' }, { channel: 'C1', responseId: 'u' })) });
    for (const make of [unknownCommand, unknownButton]) {
      const tries = [];
      for (let i = 0; i < 5; i++) tries.push(await slack(make(), FORM));
      expect(tries.every((t) => t.status === 404)).toBe(true);
      expect(median(tries.map((t) => t.ms))).toBeLessThan(100);
    }
  });
});

describe('MCP batches', () => {
  const call = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'sources', arguments: {} } });
  const post = (body: unknown, localAddress: string) => new Promise<{ status: number; json: any }>((resolve, reject) => {
    import('node:http').then(({ request }) => {
      const text = JSON.stringify(body);
      const req = request(`${bot.url}/mcp`, {
        method: 'POST', localAddress,
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${TOKEN}`, 'content-length': Buffer.byteLength(text) },
      }, (res) => {
        let out = '';
        res.on('data', (c) => (out += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: out ? JSON.parse(out) : null }));
      });
      req.on('error', reject);
      req.end(text);
    }, reject);
  });

  it('refuses a batch with a JSON-RPC error, and counts each of its messages against the limit', async () => {
    const client = '127.0.0.21';
    const batch = await post(Array.from({ length: 5 }, (_, i) => call(i + 1)), client);
    expect(batch.status).toBe(400);
    expect(batch.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
    // 5 of the 20 a minute are gone: 15 single calls are answered, the 16th is refused
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT - 5 + 1; i++) statuses.push((await post(call(100 + i), client)).status);
    expect(statuses.slice(0, LIMIT - 5).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts 100 calls in one batch as 100', async () => {
    const client = '127.0.0.22';
    expect((await post(Array.from({ length: 100 }, (_, i) => call(i + 1)), client)).status).toBe(429);
    expect((await post(call(1), client)).status).toBe(429);
  });
});

describe('the web page', () => {
  it('ignores a session id in a URL', async () => {
    const first = await fetch(`${bot.url}/?q=${encodeURIComponent(ADI)}`);
    const cookie = first.headers.get('set-cookie') ?? '';
    const id = /^moda_session=([A-Za-z0-9_-]{22});/.exec(cookie)?.[1];
    expect(id).toBeTruthy();
    expect(cookie).toMatch(/HttpOnly/);
    const other = await (await fetch(`${bot.url}/?q=${encodeURIComponent('那 113 年呢？')}&s=${id}`)).text();
    expect(other).not.toContain(`<li>${ADI}</li>`);
    expect(other).not.toContain(`data-value="${adi.previousBudget}"`);
    const mine = await (await fetch(`${bot.url}/?q=${encodeURIComponent('那 113 年呢？')}`, { headers: { cookie: cookie.split(';')[0] } })).text();
    expect(mine).toContain(`data-value="${adi.previousBudget}"`);
  });
});

describe('every response', () => {
  it('carries nosniff and the page headers, whichever surface answers', async () => {
    const responses = [
      await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(ADI)}`),
      await fetch(`${bot.url}/healthz`),
      await fetch(`${bot.url}/nowhere`),
      await fetch(`${bot.url}/slack/events`, { method: 'POST', body: '{}' }),
      await fetch(`${bot.url}/mcp`, { method: 'POST', body: '{}' }),
      await fetch(`${bot.url}/`),
    ];
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), res.url).toBe('DENY');
      expect(res.headers.get('content-security-policy'), res.url).toContain("default-src 'none'");
    }
    const command = form({ command: '/budget', text: 'help', user_id: 'U2', channel_id: 'C1', team_id: 'T1', response_url: `${bot.slack.url}/response/h`, trigger_id: triggerId() });
    expect((await slack(command, FORM)).headers.get('x-content-type-options')).toBe('nosniff');
  });
});
