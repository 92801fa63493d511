// Responses of the web pages: strict security headers on every one, HTML/text/files with their types.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Html } from '../../format/html.js';
import { SECURITY_HEADERS } from '../http/server.js';


export function sendBody(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, page: Html): void {
  sendBody(res, status, 'text/html; charset=utf-8', page.value, { 'cache-control': 'no-store' });
}

export function sendFile(res: ServerResponse, path: string, type: string, maxAge = 3600): void {
  if (res.headersSent) return;
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': `public, max-age=${maxAge}` });
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function queryOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/** The rate limit's key when none is given: the socket's address (a client cannot pick it). */
export function socketAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
