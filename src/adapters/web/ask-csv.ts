// GET /api/ask.csv?q=… (and the JSON API's `format=csv`): an answer's table as CSV, with the API's limits.
// With the lookup page's session id (`s`), the page's last answer is the one exported, follow-up context and all;
// `pick` exports the answer with one of the choices the question was offered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../../core/engine.js';
import { checkQuestionLength, pickLang, type LimitVerdict } from '../limits.js';
import { sendJson } from '../http/server.js';
import { sendAnswerCsv } from './csv.js';
import { PICK_TOKEN } from '../../format/choices.js';
import { queryOf } from './respond.js';
import type { SessionStore } from './sessions.js';
import { metrics } from '../metrics/sink.js';

export interface AskCsvOptions {
  engine: Engine;
  limiter?: { check(key: string): LimitVerdict | Promise<LimitVerdict> };
  maxQuestionChars: number;
  clientKey: (req: IncomingMessage) => string;
  sessions?: SessionStore;
}

export function createAskCsv(o: AskCsvOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
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
    const last = o.sessions?.get(params.get('s'))?.last;
    const fresh = () => (pick ? o.engine.pick(pick, q) : o.engine.ask(q));
    sendAnswerCsv(res, last && last.q === q && last.pick === pick ? last.answer : fresh());
  };
}
