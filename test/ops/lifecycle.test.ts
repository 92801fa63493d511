// Configuration errors name the variable, never its value; shutdown lets requests in flight finish.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { closeServer } from '../../src/main.js';
import { createLogger } from '../../src/log.js';

describe('configuration', () => {
  it('defaults to the terminal with nothing set', () => {
    const c = loadConfig({});
    expect(c.SLACK_MODE).toBeUndefined();
    expect(c.DISCORD_MODE).toBeUndefined();
    expect(c.PORT).toBe(3000);
  });

  it('names each bad variable and what is wrong, without echoing secrets', () => {
    const secret = 'xoxb-very-secret-value';
    const messageOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      return '';
    };
    const types = messageOf({ PORT: 'eighty', DISCORD_PUBLIC_KEY: 'nothex', SLACK_BOT_TOKEN: secret });
    expect(types).toMatch(/PORT/);
    expect(types).toMatch(/DISCORD_PUBLIC_KEY: must be 64 hex characters/);
    expect(types).not.toContain('nothex');
    const missing = messageOf({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: secret, DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: 'a'.repeat(64) });
    expect(missing).toMatch(/SLACK_SIGNING_SECRET: is required when SLACK_MODE=http/);
    expect(missing).toMatch(/DISCORD_APPLICATION_ID: is required when DISCORD_MODE=http/);
    for (const m of [types, missing]) expect(m).not.toContain(secret);
  });

  it('rejects an unknown mode', () => {
    expect(() => loadConfig({ SLACK_MODE: 'carrier-pigeon' })).toThrow(/SLACK_MODE/);
  });
});

describe('shutdown', () => {
  it('stops accepting, finishes the request in flight, then closes', async () => {
    const logger = createLogger('silent');
    let release!: () => void;
    const server = createHttpServer({
      routes: {
        'GET /slow': async (_req, res) => {
          await new Promise<void>((r) => (release = r));
          res.end('done');
        },
      },
      isReady: () => true,
      dataVersion: 'x',
      logger,
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const inFlight = fetch(`${url}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100));
    let closed = false;
    const closing = closeServer(server, 10_000).then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    expect(await inFlight).toBe('done');
    await closing;
    expect(closed).toBe(true);
  });
});
