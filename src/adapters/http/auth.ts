// Bearer tokens on the endpoints that need one (/mcp, /metrics), compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './server.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
export function hasBearer(req: IncomingMessage, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return Boolean(m) && timingSafeEqual(digest(m![1]), digest(token));
}

/** 401 with the challenge a client expects; the request's token is never echoed. */
export function refuseUnauthorized(res: ServerResponse, realm: string): void {
  res.setHeader('www-authenticate', `Bearer realm="${realm}"`);
  sendJson(res, 401, { error: 'missing or wrong bearer token' });
}
