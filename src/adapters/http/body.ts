// Request bodies read with a cap enforced while streaming: past the cap the connection is closed
// and nothing more is buffered, whatever Content-Length claims, before any signature check.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './server.js';

/** Slack's and Discord's real payloads are a few KiB; a large block_actions stays far below this. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The body, or null once it passed `max` bytes (the caller answers 413 and closes). */
export function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return Promise.resolve(null);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= max) return void chunks.push(c);
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size <= max ? Buffer.concat(chunks) : null));
    req.once('error', () => resolve(null));
    req.once('aborted', () => resolve(null));
  });
}

/** 413, then the connection is dropped: the rest of the upload is never read, let alone kept. */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  res.once('finish', () => req.socket.destroy());
  sendJson(res, 413, { error: 'payload too large' });
}
