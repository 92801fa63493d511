// GET /api/ask.csv?q=… and /api/ask.png?q=… (the JSON API's `format=csv` and `format=png`): an answer's
// table as CSV, or its chart as PNG, with the API's limits. With the lookup page's session cookie, the
// page's last answer is the one exported, follow-up context and all; `pick` exports the answer with one of
// the choices the question was offered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../../core/engine.js';
import { checkQuestionLength, pickLang, type LimitVerdict } from '../limits.js';
import { sendJson } from '../http/server.js';
import { sendAnswerCsv } from './csv.js';
import { PICK_TOKEN } from '../../format/choices.js';
import { sendAnswerPng } from './chart-png.js';
import { queryOf } from './respond.js';
import { sessionIdOf, type SessionStore } from './sessions.js';
import { metrics } from '../metrics/sink.js';

export interface AskFileOptions {
  engine: Engine;
  limiter?: { check(key: string): LimitVerdict | Promise<LimitVerdict> };
  maxQuestionChars: number;
  clientKey: (req: IncomingMessage) => string;
  sessions?: SessionStore;
  /** a chart that could not be drawn (the renderer did not load) */
  onChartError?: (err: unknown) => void;
}

/** The page's answers as files: `csv` its table, `png` its chart. */
export function createAskFile(o: AskFileOptions, format: 'csv' | 'png' = 'csv'): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const params = queryOf(req);
    const q = (params.get('q') ?? '').trim();
    const lang = pickLang(q);
    res.once('finish', metrics.replyTimer('web'));
    const rate = await o.limiter?.check(`api:${o.clientKey(req)}`);
    if (rate && !rate.ok) {
      metrics.refused('web', 'rate');
      res.setHeader('retry-after', String(rate.retryAfterSeconds ?? 60));
      return sendJson(res, 429, { error: rate.message![lang] });
    }
    if (!q) return sendJson(res, 400, { error: lang === 'zh' ? '請用 ?q= 帶上問題。' : 'Add the question as ?q=...' });
    const length = checkQuestionLength(q, o.maxQuestionChars);
    if (!length.ok) {
      metrics.refused('web', 'length');
      return sendJson(res, 413, { error: length.message![lang] });
    }
    const pick = PICK_TOKEN.test(params.get('pick') ?? '') ? params.get('pick')! : undefined;
    const last = o.sessions?.get(sessionIdOf(req))?.last;
    const fresh = () => (pick ? o.engine.pick(pick, q) : o.engine.ask(q));
    const answer = last && last.q === q && last.pick === pick ? last.answer : fresh();
    if (format === 'png') return sendAnswerPng(res, answer, o.onChartError ?? (() => undefined));
    sendAnswerCsv(res, answer);
  };
}
