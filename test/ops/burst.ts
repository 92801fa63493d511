// Oversized unsigned posts, all at once: what a hostile client does to a bot's memory.
import { request, type ClientRequest } from 'node:http';

/**
 * One request; `write` sends its body. Resolves with the status, or 0 when the connection closed
 * without an answer (a body cut off at the cap).
 */
export function statusOf(url: string, method: string, headers: Record<string, string>, write: (req: ClientRequest) => void): Promise<number> {
  return new Promise<number>((resolve) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', () => resolve(0));
    write(req);
  });
}

/** POST `count` bodies of `bytes` each at once (one shared buffer); resolves with each status, 0 when cut off. */
export function oversizedPosts(base: string, paths: string[], count: number, bytes: number): Promise<number[]> {
  const big = Buffer.alloc(bytes, 120);
  const headers = { 'content-type': 'application/json', 'content-length': String(bytes) };
  return Promise.all(Array.from({ length: count }, (_, i) => statusOf(`${base}${paths[i % paths.length]}`, 'POST', headers, (req) => req.end(big))));
}

/** The same, but the length is not declared (chunked), so only the streaming cap can stop it. */
export function oversizedChunkedPosts(base: string, paths: string[], count: number, bytes: number): Promise<number[]> {
  const chunk = Buffer.alloc(64 * 1024, 120);
  return Promise.all(Array.from({ length: count }, (_, i) => statusOf(`${base}${paths[i % paths.length]}`, 'POST', { 'content-type': 'application/json' }, (req) => {
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  })));
}
