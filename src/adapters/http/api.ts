// GET /api/ask?q=...[&session=...][&pick=...][&format=csv|png] → the answer contract's JSON (or its table
// as CSV, its chart as PNG), with the same limits as the chat surfaces. A session continues a conversation;
// it is keyed with the client address, so one client cannot read another's context by guessing its session
// id. `pick` (one of the `choices` an answer offered, with the question it was offered for) answers with that
// figure.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Engine } from '../../core/engine.js';
import { PICK_TOKEN } from '../../format/choices.js';
import { checkQuestionLength, cleanQuestion, pickLang, type Limiter } from '../limits.js';
import { converseAt, type ConversationStore } from '../state/conversations.js';
import { clientAddress } from './client.js';
import { sendJson, type RouteHandler } from './server.js';
import { sendAnswerCsv } from '../web/csv.js';
import { metrics } from '../metrics/sink.js';
import { sendAnswerPng } from '../web/chart-png.js';

export interface ApiOptions {
  engine: Engine;
  logger: Logger;
  limiter: Limiter;
  maxQuestionChars: number;
  conversations: ConversationStore;
  /** whether a socket address is a proxy whose X-Forwarded-For is believed */
  trustedProxy?: (addr: string) => boolean;
}

const SESSION = /^[A-Za-z0-9_-]{1,64}$/;
const MISSING_QUESTION = {
  ask: { zh: '請用 ?q= 帶上問題。', en: 'Add the question as ?q=...' },
  pick: { zh: '請用 ?q= 帶上提供這些選項的問題。', en: 'Add the question the choices were offered for as ?q=...' },
} as const;

export function createAskApi(opts: ApiOptions): RouteHandler {
  const trusted = opts.trustedProxy ?? (() => false);
  const deps = {
    engine: opts.engine,
    conversations: opts.conversations,
    onStoreError: (err: unknown, what: string) => opts.logger.warn({ err: { message: (err as Error)?.message }, what }, 'conversation store failed'),
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = cleanQuestion(url.searchParams.get('q') ?? '');
    const session = url.searchParams.get('session');
    const pick = url.searchParams.get('pick');
    const lang = pickLang(q);
    if (session !== null && !SESSION.test(session)) {
      return sendJson(res, 400, { error: lang === 'zh' ? 'session 只能用英數字、- 與 _（最多 64 字）。' : 'session must be 1–64 letters, digits, - or _.' });
    }
    if (pick !== null && !PICK_TOKEN.test(pick)) {
      return sendJson(res, 400, { error: lang === 'zh' ? 'pick 須是答案 choices 中的 pick 值。' : "pick must be the pick of one of an answer's choices." });
    }
    // timed to the last byte of the reply, whatever it says
    res.once('finish', metrics.replyTimer('api'));
    const client = clientAddress(req, trusted);
    const rate = await opts.limiter.check(`api:${client}`);
    if (!rate.ok) {
      metrics.refused('api', 'rate');
      res.setHeader('retry-after', String(rate.retryAfterSeconds ?? 60));
      return sendJson(res, 429, { error: rate.message![lang] });
    }
    if (!q.trim()) return sendJson(res, 400, { error: MISSING_QUESTION[pick === null ? 'ask' : 'pick'][lang] });
    const length = checkQuestionLength(q, opts.maxQuestionChars);
    if (!length.ok) {
      metrics.refused('api', 'length');
      return sendJson(res, 413, { error: length.message![lang] });
    }
    const key = { platform: 'api' as const, channel: client, thread: session ?? '', user: client };
    // a pick is answered for the question it was offered for, which comes with it
    const answer = session === null
      ? (pick === null ? opts.engine.ask(q) : opts.engine.pick(pick, q))
      : await converseAt(deps, key, pick === null ? q : { pick, query: q });
    // ?format=csv: the answer's table, for a spreadsheet
    const format = url.searchParams.get('format');
    if (format === 'csv') return sendAnswerCsv(res, answer);
    // ?format=png: the answer's chart, drawn in the bounded chart pool (429 and Retry-After when it is full)
    if (format === 'png') return sendAnswerPng(res, answer, (err) => opts.logger.warn({ err }, 'chart module failed to load'));
    sendJson(res, 200, answer);
  };
}
