// A small POST over a kept-alive connection, with a deadline that covers the whole exchange; the
// body comes back read. It serves replies to a response_url, which are a string of JSON with plain
// headers: node:http does that at a fraction of what fetch's web streams cost per call, and at load
// that difference is as large as working out the answer. Anything else goes to fetch.
import http from 'node:http';
import https from 'node:https';

// an idle connection is closed after a minute
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, timeout: 60_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 60_000 }),
} as const;

/** Statuses a Response may not carry a body with. */
const NULL_BODY = new Set([101, 204, 205, 304]);

const timeoutError = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

function isPlainHeaders(h: unknown): h is Record<string, string> {
  return h === undefined || (typeof h === 'object' && h !== null && Object.getPrototypeOf(h) === Object.prototype);
}

/** POST `body` to `url`; resolves with the read response, rejects on a network error or after `ms`. */
export function postText(url: URL, body: string, headers: Record<string, string>, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const agent = AGENTS[url.protocol as keyof typeof AGENTS];
    const send = url.protocol === 'https:' ? https.request : http.request;
    const req = send(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', fail);
      res.once('end', () => {
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
        resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: out }));
      });
    });
    const timer = setTimeout(() => req.destroy(timeoutError()), ms);
    function fail(err: Error) {
      clearTimeout(timer);
      reject(err);
    }
    req.once('error', fail);
    req.end(body);
  });
}

/**
 * fetch with a deadline, for calls that bring no signal of their own (Bolt's `respond`). A string
 * POST with plain headers goes through `postText`; anything else through fetch, its body read at
 * once so a caller that never reads it (Bolt's `respond`) holds neither the socket nor its buffers.
 */
export function fetchWithTimeout(ms: number): typeof fetch {
  return async (input, init) => {
    if (init?.signal) return fetch(input, init);
    const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : undefined;
    if (url && url.protocol in AGENTS && init?.method === 'POST' && typeof init.body === 'string' && isPlainHeaders(init.headers)) {
      return postText(url, init.body, init.headers ?? {}, ms);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timeoutError()), ms);
    try {
      const res = await fetch(input, { ...init, signal: controller.signal });
      const body = await res.arrayBuffer();
      return new Response(NULL_BODY.has(res.status) ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } finally {
      clearTimeout(timer);
    }
  };
}
