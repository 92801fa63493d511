// One request of each kind a person makes, against a running bot, timed: an API question (in a
// session or not), a signed Slack slash command (its answer goes to the fake's response_url), and a
// signed Discord /budget ask. Used by the Redis outage test and the soak.
import { randomBytes, sign } from 'node:crypto';
import { signedHeaders } from '../slack/fake-slack.js';
import { triggerId } from '../slack/harness.js';
import type { SpawnedBot } from './spawned.js';

export interface Timed<T = unknown> {
  status: number;
  ms: number;
  body?: T;
}

async function timed<T>(run: () => Promise<Response>): Promise<Timed<T>> {
  const t0 = performance.now();
  try {
    const res = await run();
    const text = await res.text();
    const ms = performance.now() - t0;
    let body: T | undefined;
    try {
      body = text ? (JSON.parse(text) as T) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, ms, body };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

export function apiAsk<T = any>(bot: Pick<SpawnedBot, 'url'>, q: string, session?: string): Promise<Timed<T>> {
  const query = new URLSearchParams({ q, ...(session ? { session } : {}) });
  return timed<T>(() => fetch(`${bot.url}/api/ask?${query}`));
}

/** A /budget command whose answer goes to `${fake}/response/<name>`. */
export function slashCommand(bot: Pick<SpawnedBot, 'url' | 'slack' | 'secrets'>, text: string, name: string, user = 'USOAK'): Promise<Timed> {
  const body = new URLSearchParams({
    command: '/budget', text, user_id: user, team_id: 'T1', channel_id: 'CSOAK', trigger_id: triggerId(), response_url: `${bot.slack.url}/response/${name}`,
  }).toString();
  return timed(() => fetch(`${bot.url}/slack/events`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(bot.secrets.slackSigning, body) }, body,
  }));
}

let seq = 0;
const run = randomBytes(3).toString('hex');

/** A signed /budget ask interaction, answered in the HTTP response. */
export function discordAsk<T = any>(bot: Pick<SpawnedBot, 'url' | 'keys'>, question: string, user = '66666666666'): Promise<Timed<T>> {
  seq += 1;
  const body = JSON.stringify({
    id: `8${Date.now()}${seq}`.slice(0, 19), application_id: '123456789012345678', token: `soak-${run}-${seq}`, type: 2, version: 1, locale: 'zh-TW',
    member: { user: { id: user } }, channel_id: '77777777701', guild_id: '88888888801',
    data: { id: '1', name: 'budget', type: 1, options: [{ type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: question }] }] },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), bot.keys.privateKey).toString('hex');
  return timed<T>(() => fetch(`${bot.url}/discord/interactions`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-timestamp': timestamp, 'x-signature-ed25519': signature }, body,
  }));
}

export function p99(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN;
}
