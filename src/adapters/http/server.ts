// One HTTP server for every HTTP surface (Slack events, Discord interactions, the JSON API),
// so replicas behind a load balancer expose one port with one /healthz.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerOptions {
  /** "METHOD /path" → handler; the path is matched without the query string. */
  routes: Record<string, RouteHandler>;
  isReady: () => boolean;
  /** helpers that are away while the bot still answers (["redis"]): reported, yet still ready */
  degraded?: () => string[];
  dataVersion: string;
  logger: Logger;
}

/**
 * Sent on every response, whichever surface answers (JSON, pages, Bolt's and the MCP transport's
 * own): no type sniffing, no framing, no referrer beyond this origin, and a policy under which no
 * inline script can run whatever a page contains.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer(opts: HttpServerOptions): Server {
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      const ready = opts.isReady();
      const degraded = opts.degraded?.() ?? [];
      return sendJson(res, ready ? 200 : 503, { ok: ready, dataVersion: opts.dataVersion, ...(degraded.length ? { degraded } : {}) });
    }
    const handler = opts.routes[`${req.method} ${path}`];
    if (!handler) {
      const allowed = Object.keys(opts.routes).some((k) => k.endsWith(` ${path}`));
      return sendJson(res, allowed ? 405 : 404, { error: allowed ? 'method not allowed' : 'not found' });
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err: unknown) => {
        const ref = randomUUID().slice(0, 8);
        opts.logger.error({ err, ref, path }, 'http handler failed');
        sendJson(res, 500, { error: 'internal error', ref });
      });
  });
}

/** Listen, or fail with an error that names the setting at fault (PORT / HOST) instead of a stack trace. */
export function listen(server: Server, port: number, host: string, setting = 'PORT'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const why: Record<string, string> = {
        EADDRINUSE: `${setting} ${port} is already in use on ${host}; stop the other process or set ${setting} to a free port`,
        EACCES: `${setting} ${port} needs privileges on ${host}; set ${setting} to 1024 or above`,
        EADDRNOTAVAIL: `HOST ${host} is not an address of this machine; set HOST (e.g. 0.0.0.0)`,
      };
      reject(new Error(why[err.code ?? ''] ?? `Cannot listen on HOST ${host} ${setting} ${port}: ${err.message}`));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
