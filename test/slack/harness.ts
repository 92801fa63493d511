// The real Slack app, mounted on the real shared HTTP server on 127.0.0.1, talking to a fake Slack.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/app.js';
import type { Limiter } from '../../src/adapters/limits.js';
import type { KeyValueStore } from '../../src/adapters/state/store.js';
import { FakeSlack, signedHeaders } from './fake-slack.js';

/** Slack gives every command and button press its own trigger_id (the bot answers each id once). */
export const triggerId = () => `${Date.now()}.${randomBytes(6).toString('hex')}`;

export interface Harness {
  fake: FakeSlack;
  engine: Engine;
  slack: SlackApp;
  url: string;
  secret: string;
  botToken: string;
  logs: string[];
  post(body: string, contentType: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  postSigned(body: string, contentType: string, timestamp?: number): Promise<{ status: number; text: string }>;
  slash(text: string, responseId: string, extra?: Record<string, string>): Promise<{ status: number; text: string }>;
  event(event: Record<string, unknown>): Promise<{ status: number; text: string }>;
  action(payload: Record<string, unknown>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** the engine the app is handed (e.g. the real one with a record of its calls) */
  engine?: Engine;
  /** shared state, e.g. a Redis store used by two app instances */
  store?: KeyValueStore;
  limiter?: Limiter;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const secret = `test-signing-secret-${randomBytes(12).toString('hex')}`;
  const botToken = `xoxb-test-${randomBytes(12).toString('hex')}`;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger('debug', sink);
  const config = loadConfig({
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: fake.apiUrl,
    OUTBOUND_TIMEOUT_MS: '5000',
    ...env,
  });
  const engine = opts.engine ?? createEngine();
  const slack = await createSlackApp({ engine, config, logger, store: opts.store, limiter: opts.limiter });
  const server: Server = createHttpServer({ routes: slack.routes, isReady: () => true, dataVersion: 'test', logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = async (body: string, contentType: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    return { status: res.status, text: await res.text() };
  };
  const postSigned = (body: string, contentType: string, timestamp?: number) =>
    post(body, contentType, signedHeaders(secret, body, timestamp));
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  return {
    fake, engine, slack, url, secret, botToken, logs, post, postSigned,
    slash: (text, responseId, extra = {}) =>
      postSigned(
        form({
          token: 'legacy-verification-token', team_id: 'T1', team_domain: 'test', channel_id: 'C1', channel_name: 'general',
          user_id: 'U1', user_name: 'tester', command: '/budget', text, api_app_id: 'A1', trigger_id: triggerId(),
          response_url: `${fake.url}/response/${responseId}`, ...extra,
        }),
        'application/x-www-form-urlencoded',
      ),
    event: (event) =>
      postSigned(
        JSON.stringify({
          token: 'legacy-verification-token', team_id: 'T1', api_app_id: 'A1', type: 'event_callback',
          event_id: `Ev${randomBytes(4).toString('hex')}`, event_time: Math.floor(Date.now() / 1000), event,
        }),
        'application/json',
      ),
    action: (payload) => postSigned(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded'),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await slack.stop();
      await fake.close();
    },
  };
}

/**
 * The harness of a test file: started before its tests, closed after them. The tests are written before
 * it exists, so what this returns stands for it: each property read is the started harness's.
 */
export function harnessForFile(env: Record<string, string> = {}, opts: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(env, opts);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as Harness, {
    get: (_target, key) => {
      if (!started) throw new Error('the Slack harness was used before it started');
      return started[key as keyof Harness];
    },
  });
}

/** A block_actions payload for a button pressed on a message. */
export function buttonPress(
  fakeUrl: string,
  action: { action_id: string; value: string },
  where: { channel: string; ephemeral?: boolean; thread_ts?: string; responseId: string },
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: 'U1', username: 'tester', team_id: 'T1' },
    team: { id: 'T1', domain: 'test' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: where.channel, is_ephemeral: Boolean(where.ephemeral) },
    channel: { id: where.channel, name: 'general' },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts: '1700000000.000100', ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}) } }),
    response_url: `${fakeUrl}/response/${where.responseId}`,
    actions: [{ type: 'button', block_id: 'b1', action_ts: '1700000001.000000', ...action }],
  };
}
