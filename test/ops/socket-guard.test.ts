// Socket Mode's shape guard: malformed envelopes from the WebSocket are acknowledged and dropped
// before Bolt sees them (one warn line each), and the app goes on answering well-formed ones.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createEngine } from '../../src/core/engine.js';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/app.js';
import { FakeSlack } from '../slack/fake-slack.js';

let fake: FakeSlack;
let wss: WebSocketServer;
let slack: SlackApp;
let socket!: WebSocket;
const acked = new Set<string>();
const logs: string[] = [];
let markConnected!: () => void;
const connected = new Promise<void>((resolve) => (markConnected = resolve));

beforeAll(async () => {
  fake = await new FakeSlack().start();
  wss = new WebSocketServer({ server: fake.httpServer, path: '/socket' });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => acked.add(String((JSON.parse(String(data)) as { envelope_id?: string }).envelope_id)));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    markConnected();
  });
  fake.answer('apps.connections.open', { ok: true, url: `${fake.url.replace('http', 'ws')}/socket` });
  const sink = new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) });
  const config = loadConfig({
    SLACK_MODE: 'socket', SLACK_BOT_TOKEN: `xoxb-${randomBytes(8).toString('hex')}`, SLACK_APP_TOKEN: `xapp-1-${randomBytes(8).toString('hex')}`, SLACK_API_URL: fake.apiUrl,
  });
  slack = await createSlackApp({ engine: createEngine(), config, logger: createLogger('info', sink) });
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  for (const c of wss?.clients ?? []) c.terminate();
  await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
  await fake?.close();
});

async function until(pred: () => boolean): Promise<void> {
  while (!pred()) await new Promise((r) => setTimeout(r, 10));
}

it('acknowledges and drops malformed envelopes, then still answers a good one', async () => {
  await connected;
  const bad: [string, string, unknown][] = [
    ['bad-slash', 'slash_commands', { command: '/budget', user_id: null, channel_id: 'C1', response_url: `${fake.url}/response/x` }],
    ['bad-action', 'interactive', { type: 'block_actions', actions: [{ action_id: 'budget_share' }] }],
    ['bad-event', 'events_api', { type: 'event_callback', event_id: 'EvBad', event: { type: 'app_mention', text: { x: 1 } } }],
    ['null-payload', 'slash_commands', null],
  ];
  for (const [id, type, payload] of bad) socket.send(JSON.stringify({ envelope_id: id, type, accepts_response_payload: false, payload }));
  await until(() => bad.every(([id]) => acked.has(id)));
  expect(logs.filter((l) => l.includes('malformed slack payload dropped'))).toHaveLength(bad.length);
  socket.send(JSON.stringify({
    envelope_id: 'good', type: 'slash_commands', accepts_response_payload: true,
    payload: { team_id: 'T1', channel_id: 'C9', user_id: 'U1', command: '/budget', text: 'help', trigger_id: '7', response_url: `${fake.url}/response/after-bad` },
  }));
  await fake.waitFor((c) => c.kind === 'response' && c.name === 'after-bad', 'the answer after the malformed ones');
  expect(logs.join('')).not.toMatch(/unhandled slack error/);
});
