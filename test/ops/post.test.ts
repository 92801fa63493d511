// The outbound POST that carries replies to a response_url: what it sends, what it hands back, and
// how it fails (a deadline, a refused connection), against a real server on a loopback port.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryAdvice } from '../../src/adapters/delivery.js';
import { fetchWithTimeout, postText } from '../../src/adapters/http/post.js';
import { freePort } from './spawned.js';

interface Seen { method?: string; headers: IncomingMessage['headers']; body: string; path?: string }

let server: Server;
let base = '';
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), path: req.url });
      if (req.url === '/silent') return; // never answers
      if (req.url === '/gone') return void res.writeHead(404, 'Not Found', { 'content-type': 'text/plain' }).end('expired_url');
      if (req.url === '/empty') return void res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'application/json', 'x-reply': 'yes' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('postText', () => {
  it('sends the body with its headers and a length, and hands back status, headers and the body read', async () => {
    const body = JSON.stringify({ text: '數產署 114 年度預算', response_type: 'ephemeral' });
    const res = await postText(new URL(`${base}/response/r1`), body, { 'Content-Type': 'application/json' }, 5_000);
    const got = seen.at(-1)!;
    expect(got).toMatchObject({ method: 'POST', path: '/response/r1', body });
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-reply')).toBe('yes');
    expect(await res.json()).toEqual({ ok: true });
  });

  it('reports a refusal by status, and a reply without a body as one', async () => {
    const gone = await postText(new URL(`${base}/gone`), '{}', {}, 5_000);
    expect([gone.ok, gone.status, gone.statusText, await gone.text()]).toEqual([false, 404, 'Not Found', 'expired_url']);
    const empty = await postText(new URL(`${base}/empty`), '{}', {}, 5_000);
    expect([empty.status, empty.body]).toEqual([204, null]);
  });

  it('gives up on a server that never answers with a timeout the delivery queue retries', async () => {
    const err = await postText(new URL(`${base}/silent`), '{}', {}, 50).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    expect(retryAdvice(err).retry).toBe(true);
  });

  it('rejects a refused connection with a code the delivery queue retries', async () => {
    const port = await freePort();
    const err = await postText(new URL(`http://127.0.0.1:${port}/x`), '{}', {}, 5_000).catch((e: unknown) => e);
    expect((err as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(retryAdvice(err).retry).toBe(true);
  });
});

describe('fetchWithTimeout', () => {
  it('sends a string POST with plain headers through postText, and anything else through fetch', async () => {
    const f = fetchWithTimeout(5_000);
    const viaPost = await f(`${base}/a`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(seen.at(-1)!.headers.connection).toBe('keep-alive');
    expect(await viaPost.json()).toEqual({ ok: true });
    const viaFetch = await f(`${base}/b`, { method: 'POST', body: new URLSearchParams({ b: '2' }) });
    expect(seen.at(-1)).toMatchObject({ path: '/b', body: 'b=2' });
    expect(seen.at(-1)!.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(await viaFetch.json()).toEqual({ ok: true });
  });

  it('leaves a call that brings its own signal to fetch as it is', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await fetchWithTimeout(5_000)(`${base}/c`, { method: 'POST', body: '{}', signal: controller.signal }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
  });
});
