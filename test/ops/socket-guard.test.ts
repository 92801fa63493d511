// Socket Mode's shape guard: malformed envelopes from the WebSocket are acknowledged and dropped
// before Bolt sees them (one warn line each), and the app goes on answering well-formed ones.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { FakeSlack } from '../slack/fake-slack.js';
import { startSocketSlack, type SocketSlack } from '../slack/socket-harness.js';

let fake: FakeSlack;
let running: SocketSlack | undefined;
let socket!: WebSocket;
const acked = new Set<string>();
const logs: string[] = [];
let markConnected!: () => void;
const connected = new Promise<void>((resolve) => (markConnected = resolve));

beforeAll(async () => {
  running = await startSocketSlack({
    botToken: `xoxb-${randomBytes(8).toString('hex')}`, appToken: `xapp-1-${randomBytes(8).toString('hex')}`, logLevel: 'info', logs,
    onConnect: (ws) => ((socket = ws), markConnected()),
    onMessage: (data) => acked.add(String((JSON.parse(data) as { envelope_id?: string }).envelope_id)),
  });
  ({ fake } = running);
});

afterAll(async () => {
  await running?.stop();
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
