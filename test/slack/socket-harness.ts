// The real Bolt app in Socket Mode against a fake Slack on loopback: apps.connections.open on
// SLACK_API_URL hands out a WebSocket on the same server, which says hello like Slack does.
import { Writable } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createEngine } from '../../src/core/engine.js';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/app.js';
import { FakeSlack } from './fake-slack.js';

export interface SocketSlack {
  fake: FakeSlack;
  slack: SlackApp;
  stop(): Promise<void>;
}

export interface SocketOptions {
  botToken: string;
  appToken: string;
  logLevel: 'info' | 'debug';
  /** every log line the app writes */
  logs: string[];
  /** each connection the app opens, and each message it sends on it */
  onConnect(ws: WebSocket): void;
  onMessage(data: string): void;
}

export async function startSocketSlack(o: SocketOptions): Promise<SocketSlack> {
  const fake = await new FakeSlack().start();
  const wss = new WebSocketServer({ server: fake.httpServer, path: '/socket' });
  wss.on('connection', (ws) => {
    ws.on('message', (data) => o.onMessage(String(data)));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    o.onConnect(ws);
  });
  fake.answer('apps.connections.open', { ok: true, url: `${fake.url.replace('http', 'ws')}/socket` });
  const sink = new Writable({ write: (c, _e, cb) => (o.logs.push(String(c)), cb()) });
  const config = loadConfig({ SLACK_MODE: 'socket', SLACK_BOT_TOKEN: o.botToken, SLACK_APP_TOKEN: o.appToken, SLACK_API_URL: fake.apiUrl });
  const slack = await createSlackApp({ engine: createEngine(), config, logger: createLogger(o.logLevel, sink) });
  await slack.start();
  return {
    fake,
    slack,
    stop: async () => {
      await slack.stop();
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await fake.close();
    },
  };
}
