// The terminal as a new user meets it: `npm run ask -- --help` (or -h, or no question) prints ask's
// own usage; the interactive prompt keeps log lines off the screen; every script reads `.env` from the
// directory it is started in, as the bot does (commands registered with the tokens in `.env`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { USAGE } from '../../src/adapters/cli/ask.js';
import { ROOT } from '../../src/dataset/paths.js';
import { start } from '../../src/main.js';
import { startFakeDiscord, type FakeDiscord } from '../discord/fake-discord.js';
import { adiBudget114 } from '../web/harness.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Runs a project script from another directory (where a `.env` may be), with a bare environment and
 * an empty stdin; asynchronously, so the fakes in this process can answer it.
 */
function run(script: string, args: string[], opts: { cwd?: string } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, script), ...args], {
      cwd: opts.cwd ?? ROOT, env: { PATH: process.env.PATH }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
    child.stderr.on('data', (c: Buffer) => (stderr += String(c)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end();
  });
}

function dirWithEnv(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'moda-env-'));
  writeFileSync(join(dir, '.env'), `${lines.join('\n')}\n`);
  return dir;
}

describe('npm run ask', () => {
  it.each([{ args: ['--help'] }, { args: ['-h'] }, { args: [] }])('prints its own usage for $args, and answers nothing', async ({ args }) => {
    const out = await run('src/adapters/cli/ask.ts', args);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(USAGE);
    for (const flag of ['--json', '--batch', '--chart', '--explain', '--help']) expect(out.stdout).toContain(flag);
  });

  it('refuses an option it does not know, naming it, with the usage', async () => {
    const out = await run('src/adapters/cli/ask.ts', ['--verbose', 'ADI budget 2025']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--verbose');
    expect(out.stderr).toContain(USAGE);
    expect(out.stdout).toBe('');
  });

  it('links citations to the source viewer with PUBLIC_BASE_URL from .env', async () => {
    const row = adiBudget114();
    const dir = dirWithEnv(['PUBLIC_BASE_URL=https://budget.example.tw']);
    try {
      const out = await run('src/adapters/cli/ask.ts', ['數位產業署 114 年度預算'], { cwd: dir });
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toContain(`<https://budget.example.tw/sources/${row.doc}#L${row.line}>`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('scripts read .env as the bot does', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());

  it('npm run discord:register registers the commands with the token, application and guild in .env', async () => {
    const dir = dirWithEnv([
      'DISCORD_TOKEN=token-from-the-env-file', 'DISCORD_APPLICATION_ID=123456789012', 'DISCORD_GUILD_ID=99999999', `DISCORD_API_URL=${fake.url}`,
    ]);
    try {
      const out = await run('src/adapters/discord/register.ts', [], { cwd: dir });
      expect(out.status, out.stderr).toBe(0);
      const put = fake.requests.find((r) => r.method === 'PUT' && r.path === '/api/v10/applications/123456789012/guilds/99999999/commands');
      expect(put?.authorization).toBe('Bot token-from-the-env-file');
      expect(out.stderr + out.stdout).not.toContain('token-from-the-env-file');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('npm run slack:manifest takes the mode and the public address from .env', async () => {
    const dir = dirWithEnv(['SLACK_MODE=http', 'PUBLIC_BASE_URL=https://bot.example.gov.tw/budget/']);
    try {
      const out = await run('src/adapters/slack/manifest.ts', ['--stdout'], { cwd: dir });
      expect(out.status, out.stderr).toBe(0);
      const manifest = JSON.parse(out.stdout) as { settings: { interactivity: { request_url: string } } };
      expect(manifest.settings.interactivity.request_url).toBe('https://bot.example.gov.tw/budget/slack/events');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('every npm script that runs the bot\'s code loads .env before it reads a setting', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const entries = Object.entries(pkg.scripts)
      .filter(([name]) => ['dev', 'ask', 'discord:register', 'slack:manifest', 'mcp'].includes(name))
      .map(([name, cmd]) => [name, /(src\/\S+\.ts)/.exec(cmd)![1]] as const);
    expect(entries).toHaveLength(5);
    for (const [name, file] of entries) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const entry = source.slice(source.lastIndexOf('import.meta.filename'));
      expect(entry, `${name}: ${file}`).toMatch(/loadEnvFile\(\)/);
    }
  });
});

describe('the interactive prompt', () => {
  async function promptLogs(tty: boolean): Promise<{ logs: string; shown: string }> {
    const logs: string[] = [];
    let shown = '';
    const input = Object.assign(new PassThrough(), { isTTY: tty });
    const output = new Writable({ write: (c, _e, cb) => ((shown += String(c)), cb()) });
    const config = loadConfig({ LOG_LEVEL: 'info' });
    const done = start(config, {
      logDestination: new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }),
      promptIO: { input, output },
    });
    input.end('數位產業署 114 年度預算\nexit\n');
    await (await done).stop();
    return { logs: logs.join(''), shown };
  }

  it('keeps log lines off the screen while a person types (warnings only)', async () => {
    const { logs, shown } = await promptLogs(true);
    expect(shown).toContain('2,216,120');
    expect(logs).not.toMatch(/"msg":"(question|data loaded)"/);
  });

  it('logs every question as before when the prompt reads a pipe', async () => {
    const { logs } = await promptLogs(false);
    expect(logs).toMatch(/"msg":"question"/);
  });
});

