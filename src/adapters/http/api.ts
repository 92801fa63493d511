// GET /api/ask?q=... → the answer contract's JSON, with the same limits as the chat surfaces.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Engine } from '../../core/engine.js';
import { checkQuestionLength, pickLang, type RateLimiter } from '../limits.js';
import { sendJson, type RouteHandler } from './server.js';

export interface ApiOptions {
  engine: Engine;
  logger: Logger;
  limiter: RateLimiter;
  maxQuestionChars: number;
}

export function createAskApi(opts: ApiOptions): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams.get('q') ?? '';
    const lang = pickLang(q);
    const client = String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress ?? 'unknown').split(',')[0].trim();
    const rate = opts.limiter.check(`api:${client}`);
    if (!rate.ok) {
      res.setHeader('retry-after', String(rate.retryAfterSeconds ?? 60));
      return sendJson(res, 429, { error: rate.message![lang] });
    }
    if (!q.trim()) return sendJson(res, 400, { error: lang === 'zh' ? '請用 ?q= 帶上問題。' : 'Add the question as ?q=...' });
    const length = checkQuestionLength(q, opts.maxQuestionChars);
    if (!length.ok) return sendJson(res, 413, { error: length.message![lang] });
    sendJson(res, 200, opts.engine.ask(q));
  };
}
