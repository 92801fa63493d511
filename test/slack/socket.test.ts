// Socket Mode: the real Bolt app opens a WebSocket to a fake Slack on loopback (apps.connections.open
// on SLACK_API_URL), acknowledges envelopes, and answers through the Web API and response_url.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { SlackApp } from '../../src/adapters/slack/app.js';
import type { FakeSlack } from './fake-slack.js';
import { startSocketSlack, type SocketSlack } from './socket-harness.js';

let fake: FakeSlack;
let running: SocketSlack | undefined;
let slack: SlackApp;
let socket: WebSocket | undefined;
const fromApp: Record<string, unknown>[] = [];
const logs: string[] = [];
const appToken = `xapp-1-test-${randomBytes(10).toString('hex')}`;
const botToken = `xoxb-test-${randomBytes(10).toString('hex')}`;

function waitForAck(envelopeId: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const check = () => {
      const found = fromApp.find((m) => m.envelope_id === envelopeId);
      if (found) return resolve(found);
      socket?.once('message', () => setImmediate(check));
    };
    check();
  });
}

beforeAll(async () => {
  running = await startSocketSlack({
    botToken, appToken, logLevel: 'debug', logs,
    onConnect: (ws) => (socket = ws),
    onMessage: (data) => fromApp.push(JSON.parse(data) as Record<string, unknown>),
  });
  ({ fake, slack } = running);
});

afterAll(async () => {
  await running?.stop();
});

it('connects with the app token through SLACK_API_URL', async () => {
  const open = await fake.waitFor((c) => c.name === 'apps.connections.open', 'apps.connections.open');
  expect(open.authorization).toBe(`Bearer ${appToken}`);
  expect(slack.routes).toEqual({});
});

it('acknowledges an @mention envelope and answers in its thread', async () => {
  socket!.send(JSON.stringify({
    envelope_id: 'env-mention', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '',
    payload: {
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1', event_time: 1,
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> help', ts: '1700000600.000100', channel: 'C9', event_ts: '1700000600.000100' },
    },
  }));
  await waitForAck('env-mention');
  const call = await fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === 'C9', 'the threaded answer');
  expect(call.body.thread_ts).toBe('1700000600.000100');
  expect(call.authorization).toBe(`Bearer ${botToken}`);
});

it('acknowledges a slash command envelope, then answers at response_url', async () => {
  socket!.send(JSON.stringify({
    envelope_id: 'env-slash', type: 'slash_commands', accepts_response_payload: true,
    payload: {
      token: 'x', team_id: 'T1', channel_id: 'C9', user_id: 'U1', command: '/budget', text: 'help', api_app_id: 'A1',
      trigger_id: '1', response_url: `${fake.url}/response/socket-slash`,
    },
  }));
  await waitForAck('env-slash');
  const call = await fake.waitFor((c) => c.kind === 'response' && c.name === 'socket-slash', 'the slash answer');
  expect(call.body.response_type).toBe('ephemeral');
  expect(logs.join('\n')).not.toContain(appToken);
  expect(logs.join('\n')).not.toContain(botToken);
});
