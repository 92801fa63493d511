// The bot as a separate process (`node --import tsx src/main.ts`, or the compiled entry), in Slack
// HTTP + Discord HTTP mode on a free loopback port against fakes in this process, so its memory
// can be read from /proc without the measuring process in the figure.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FakeSlack } from '../slack/fake-slack.js';
import { makeKeys, startFakeDiscord, type FakeDiscord, type Keys } from '../discord/fake-discord.js';

export const ROOT = join(import.meta.dirname, '../..');

export interface SpawnedBot {
  url: string;
  pid: number;
  child: ChildProcess;
  slack: FakeSlack;
  discord: FakeDiscord;
  keys: Keys;
  secrets: { slackBot: string; slackSigning: string; discordToken: string };
  /** log lines that held a secret (counted as they stream by; the lines are not kept) */
  leaks: () => number;
  /** warn and error lines seen */
  warnings: () => number;
  /** the last log lines but the one-per-question ones (at most 5,000) */
  recentLogs: () => string[];
  /** from the bot's own log: engine load, and ms from process start to a ready engine and to listening */
  startup: { loadMs?: number; readyMs?: number; listeningMs?: number };
  alive: () => boolean;
  /** resident memory now, and the peak since the last resetPeak (MB) */
  rssMb: () => number;
  peakMb: () => number;
  /** start a new peak (Linux clear_refs); false when the kernel does not allow it */
  resetPeak: () => boolean;
  stop: () => Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const statusMb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

/** Numeric fields of a JSON log line, renamed. */
function pick(line: string, fields: Record<string, string>): Record<string, number> {
  const o = JSON.parse(line) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(fields).filter(([, from]) => typeof o[from] === 'number').map(([to, from]) => [to, o[from] as number]));
}

async function waitHealthy(url: string, child: ChildProcess, deadlineMs = 60_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bot not ready in time');
}

/**
 * The node flags `npm start` runs the bot with (package.json's start script), so a spawned bot's
 * memory is the memory of the bot as it is deployed.
 */
export const START_FLAGS: string[] = (() => {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  return /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s/.exec(start)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
})();

/**
 * The environment `npm start` sets before node (package.json's start script): the allocator's fixed
 * mmap threshold, so large buffers (a chart worker's pixels and fonts) go back to the system when freed.
 */
export const START_ENV: Record<string, string> = (() => {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const assignments = /^((?:\w+=\S+\s+)*)exec\s/.exec(start)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  return Object.fromEntries(assignments.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
})();

/** The bundle `npm start` runs (made by `npm run build`, which `npm ci` runs). */
export const COMPILED = join(ROOT, 'dist/bot/main.js');

/** The node arguments `npm start` uses: the compiled bundle when it is built, else the source through tsx. */
export function startEntry(): string[] {
  return [...START_FLAGS, ...(existsSync(COMPILED) ? [COMPILED] : ['--import', 'tsx', 'src/main.ts'])];
}

/** `entry`: the node arguments that start the bot (default: the TypeScript source through tsx). */
export async function spawnBot(env: Record<string, string> = {}, entry = [...START_FLAGS, '--import', 'tsx', 'src/main.ts']): Promise<SpawnedBot> {
  const [slack, discord, port] = [await new FakeSlack().start(), await startFakeDiscord(), await freePort()];
  const keys = makeKeys();
  const secrets = {
    slackBot: `xoxb-${randomBytes(10).toString('hex')}`, slackSigning: randomBytes(16).toString('hex'), discordToken: `MTA.${randomBytes(12).toString('hex')}`,
  };
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...START_ENV, PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000',
      SLACK_MODE: 'http', SLACK_BOT_TOKEN: secrets.slackBot, SLACK_SIGNING_SECRET: secrets.slackSigning, SLACK_API_URL: slack.apiUrl,
      DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_TOKEN: secrets.discordToken, DISCORD_API_URL: discord.url, OUTBOUND_TIMEOUT_MS: '1500', ...env,
    },
  });
  let leaks = 0;
  let warnings = 0;
  const recent: string[] = [];
  let tail = '';
  const startup: SpawnedBot['startup'] = {};
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (tail + chunk).split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) {
      if (Object.values(secrets).some((s) => line.includes(s)) || /fuzz-token-[A-Za-z0-9]{20}/.test(line)) leaks++;
      if (/"level":(40|50|60)/.test(line)) warnings++;
      if (line.includes('"msg":"question"')) continue;
      recent.push(line);
      if (recent.length > 5_000) recent.shift();
      if (line.includes('"msg":"data loaded"')) Object.assign(startup, pick(line, { loadMs: 'loadMs', readyMs: 'sinceStartMs' }));
      if (line.includes('"msg":"http listening"')) Object.assign(startup, pick(line, { listeningMs: 'sinceStartMs' }));
    }
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    await waitHealthy(url, child);
  } catch (err) {
    child.kill('SIGKILL');
    await Promise.all([slack.close(), discord.close()]);
    throw err;
  }
  const pid = child.pid!;
  return {
    url, pid, child, slack, discord, keys, secrets,
    leaks: () => leaks,
    warnings: () => warnings,
    recentLogs: () => recent,
    startup,
    alive: () => child.exitCode === null && child.signalCode === null,
    rssMb: () => statusMb(pid, 'VmRSS'),
    peakMb: () => statusMb(pid, 'VmHWM'),
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      await Promise.all([slack.close(), discord.close()]);
      return code;
    },
  };
}
