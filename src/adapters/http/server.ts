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
  dataVersion: string;
  logger: Logger;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer(opts: HttpServerOptions): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      const ready = opts.isReady();
      return sendJson(res, ready ? 200 : 503, { ok: ready, dataVersion: opts.dataVersion });
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
