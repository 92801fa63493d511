// Test helpers: a loopback fake of Discord's REST API that records every request, the real handler
// mounted on the shared HTTP server, and Ed25519-signed requests to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { createLogger } from '../../src/log.js';
import { loadConfig, type Config } from '../../src/config.js';

export interface Recorded {
  method: string;
  path: string; // decoded, without the query string
  contentType: string;
  json?: any; // the JSON body, or a multipart request's payload_json
  files: { field: string; name: string; type: string; bytes: Buffer }[];
  authorization?: string;
}

export interface FakeDiscord {
  url: string; // base, ending in /api/v10
  requests: Recorded[];
  waitFor(pred: (r: Recorded) => boolean): Promise<Recorded>;
  close(): Promise<void>;
}

async function parse(method: string, url: string, headers: Record<string, unknown>, body: Buffer): Promise<Recorded> {
  const contentType = String(headers['content-type'] ?? '');
  const rec: Recorded = { method, path: decodeURIComponent(url.split('?')[0]), contentType, files: [] };
  if (typeof headers.authorization === 'string') rec.authorization = headers.authorization;
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') rec.json = JSON.parse(value);
      } else rec.files.push({ field, name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
    }
  } else if (body.length) rec.json = JSON.parse(body.toString('utf8'));
  return rec;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: Recorded[] = [];
  const waiters: { pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const rec = await parse(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks));
      requests.push(rec);
      for (const w of [...waiters]) if (w.pred(rec)) waiters.splice(waiters.indexOf(w), 1), w.resolve(rec);
      if (rec.path.endsWith('/callback')) {
        res.writeHead(204).end();
        return;
      }
      const reply = Array.isArray(rec.json) ? rec.json.map((c, i) => ({ id: String(1000 + i), ...c })) : { id: '4242', ...rec.json };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v10`,
    requests,
    waitFor(pred) {
      const seen = requests.find(pred);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ pred, resolve }));
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

export function listen(server: Server): Promise<string> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
}

export interface Keys {
  privateKey: KeyObject;
  publicHex: string;
}

export function makeKeys(): Keys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
  return { privateKey, publicHex: Buffer.from(jwk.x, 'base64url').toString('hex') };
}

/** POST a body to the interactions endpoint, signed with `keys` unless told otherwise. */
export async function postInteraction(
  base: string,
  body: string,
  keys: Keys | null,
  tamper?: (h: Record<string, string>) => void,
): Promise<{ status: number; json: any }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (keys) {
    headers['x-signature-timestamp'] = timestamp;
    headers['x-signature-ed25519'] = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
  }
  tamper?.(headers);
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** A logger whose lines the test can read. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('info', { write: (s: string) => void lines.push(s) }), lines };
}

export function testConfig(extra: Record<string, string>): Config {
  return loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test', ...extra });
}

let seq = 0;
/** An interaction payload as Discord sends it (the fields this bot reads, plus the usual ones). */
export function interaction(type: number, data: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    id: `90000000000000${seq}`,
    application_id: '123456789012',
    token: `interaction-token-${seq}-secret`,
    type,
    version: 1,
    locale: 'zh-TW',
    member: { user: { id: '55555555555', username: 'tester' } },
    channel_id: '77777777777',
    guild_id: '88888888888',
    data,
    ...extra,
  };
}

export function command(sub: string, options: Record<string, string | number | boolean> = {}): Record<string, unknown> {
  return interaction(2, {
    id: '1', name: 'budget', type: 1,
    options: [{ type: 1, name: sub, options: Object.entries(options).map(([name, value]) => ({ name, value, type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3 })) }],
  });
}
