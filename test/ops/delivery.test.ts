// Delivery against chat APIs that fail: a Discord 429 stops after the cap with one warn line and
// no secret in the log; a Slack response_url 500 is retried; SIGTERM-style shutdown delivers the
// accepted answers first; start-up failures name the setting at fault; `npm start` leaves no orphan.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { start } from '../../src/main.js';
import { signedHeaders } from '../slack/fake-slack.js';
import { command, interaction, postInteraction } from '../discord/fake-discord.js';
import { triggerId } from '../slack/harness.js';
import { startBot } from './harness.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
async function serve(handle: Handler): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => handle(req, body, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

describe('a rate-limited Discord', () => {
  it('stops retrying a chart after the cap, with one warn line and no token, PNG or question in the log', async () => {
    const patches: string[] = [];
    const discord = await serve((req, _body, res) => {
      if (req.method === 'PATCH') {
        patches.push(req.url ?? '');
        return json(res, 429, { message: 'You are being rate limited.', retry_after: 1, global: false }, { 'retry-after': '1', 'x-ratelimit-scope': 'user' });
      }
      json(res, 200, { id: '1' });
    });
    const bot = await startBot({ DISCORD_API_URL: `${discord.url}/api/v10`, RATE_LIMIT_PER_MINUTE: '100' });
    try {
      const question = '114 年度預算最多的前 5 名工作計畫排名';
      const first = await postInteraction(bot.url, JSON.stringify(command('ask', { question })), bot.keys);
      const chartId = (first.json.data.components ?? []).flatMap((r: any) => r.components).find((b: any) => /^c(:|$)/.test(b.custom_id ?? ''))?.custom_id; // the chart button (discord-ids.ts)
      expect(chartId).toBeDefined();
      const press = interaction(3, { custom_id: chartId, component_type: 2 }, { message: first.json.data });
      expect((await postInteraction(bot.url, JSON.stringify(press), bot.keys)).json).toEqual({ type: 5 });
      while (!bot.logs.some((l) => l.includes('reply given up'))) await new Promise((r) => setTimeout(r, 100));
      await bot.running.delivery.drain(30_000);
      expect(patches.length).toBeGreaterThan(0);
      expect(patches.length).toBeLessThanOrEqual(3);
      expect(bot.logs.filter((l) => l.includes('reply given up'))).toHaveLength(1);
      const all = bot.logs.join('');
      expect(all).not.toContain(String(press.token));
      expect(all).not.toContain(question);
      expect(all).not.toMatch(/\[(\d{1,3},){50}/); // no buffer as a JSON array
      for (const secret of Object.values(bot.secrets)) expect(all).not.toContain(secret);
    } finally {
      await bot.close();
      await discord.close();
    }
  });
});

describe('a failing Slack', () => {
  it('retries a response_url post that got a 500', async () => {
    let hits = 0;
    const responses = await serve((_req, _body, res) => (++hits === 1 ? res.writeHead(500).end('boom') : res.writeHead(200).end('ok')));
    const bot = await startBot();
    try {
      const body = new URLSearchParams({ command: '/budget', text: 'help', user_id: 'U1', team_id: 'T1', channel_id: 'C1', trigger_id: triggerId(), response_url: `${responses.url}/r` }).toString();
      const res = await fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(bot.secrets.slackSigning, body) }, body });
      expect(res.status).toBe(200);
      while (hits < 2) await new Promise((r) => setTimeout(r, 50));
      expect(bot.logs.some((l) => l.includes('reply given up'))).toBe(false);
    } finally {
      await bot.close();
      await responses.close();
    }
  });

  it('delivers every one of 100 accepted mentions before shutdown completes', async () => {
    const ACCEPTED = 100;
    const posted: string[] = [];
    const slow = await serve((req, body, res) => {
      if (req.url?.includes('auth.test')) return json(res, 200, { ok: true, user_id: 'UBOT', bot_id: 'B1', team_id: 'T1' });
      setTimeout(() => (posted.push(String(new URLSearchParams(body).get('channel'))), json(res, 200, { ok: true, ts: '1.1' })), 200);
    });
    const bot = await startBot({ SLACK_API_URL: `${slow.url}/api/`, RATE_LIMIT_PER_MINUTE: '1000' });
    const mentions = Array.from({ length: ACCEPTED }, (_, n) => JSON.stringify({
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvDrain${n}`, event_time: 1,
      event: { type: 'app_mention', user: `U${n}`, text: '<@UBOT> help', channel: `CD${n}`, ts: `1700003000.${n}` },
    }));
    const acks = await Promise.all(mentions.map((body) =>
      fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(bot.secrets.slackSigning, body) }, body }).then((r) => r.status)));
    expect(acks.every((s) => s === 200)).toBe(true);
    await bot.running.stop();
    expect(new Set(posted).size).toBe(ACCEPTED);
    await bot.close();
    await slow.close();
  });
});

describe('turns of work', () => {
  it('works on at most maxWorking answers at once, the rest in arrival order, none lost', async () => {
    const { Delivery } = await import('../../src/adapters/delivery.js');
    const { default: pino } = await import('pino');
    const d = new Delivery({ logger: pino({ level: 'silent' }), maxWorking: 3 });
    let working = 0;
    let most = 0;
    const started: number[] = [];
    const jobs = Array.from({ length: 20 }, (_, i) => d.turn(async () => {
      started.push(i);
      most = Math.max(most, ++working);
      await new Promise((r) => setTimeout(r, 2));
      working--;
      return i;
    }));
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(3);
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });
});

describe('start-up failures', () => {
  const quiet = { write: () => undefined };
  it('name Slack and SLACK_BOT_TOKEN when auth.test fails, without the token', async () => {
    const down = await serve((_req, _body, res) => res.writeHead(500).end('boom'));
    const token = 'xoxb-start-up-secret-123';
    const config = loadConfig({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 's'.repeat(20), SLACK_API_URL: `${down.url}/api/`, PORT: '0', HOST: '127.0.0.1' });
    const err = await start(config, { logDestination: quiet, prompt: false }).catch((e: Error) => e);
    await down.close();
    expect(String(err)).toMatch(/Slack.*SLACK_BOT_TOKEN/);
    expect(String(err)).not.toContain(token);
  });

  it('name PORT when the port is in use', async () => {
    const taken = await serve((_req, _body, res) => res.end());
    const port = (taken.server.address() as AddressInfo).port;
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', DISCORD_APPLICATION_ID: '123456789012' });
    const err = await start(config, { logDestination: quiet, prompt: false }).catch((e: Error) => e);
    await taken.close();
    expect(String(err)).toMatch(new RegExp(`PORT ${port} is already in use`));
  });

  it('refuse a Discord public key that is not a curve point', () => {
    expect(() => loadConfig({ DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: 'f'.repeat(64), DISCORD_APPLICATION_ID: '123456789012' })).toThrow(/DISCORD_PUBLIC_KEY: is not an Ed25519 public key/);
  });
});

describe('npm start', () => {
  it('stops on SIGTERM with no process left serving', async () => {
    const probe = await serve((_req, _body, res) => res.end());
    const port = (probe.server.address() as AddressInfo).port;
    await probe.close();
    const child = spawn('npm', ['start', '--silent'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SLACK_MODE: '', DISCORD_MODE: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const up = async () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      while (!(await up())) await new Promise((r) => setTimeout(r, 200));
      child.kill('SIGTERM');
      await exited;
      // npm waits for the bot it started: once npm is gone, nothing answers on the port any more
      expect(await up()).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
