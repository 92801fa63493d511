// GET / — the lookup page: one search box (type, Enter), the answer below it. Follow-ups keep context:
// the browser holds a session cookie, and the conversation lives in the server's SessionStore.
// `?q=…&pick=…` answers the question with one of the choices it was offered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Answer } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import { PICK_TOKEN } from '../../format/choices.js';
import { attr, html, query, type Html } from '../../format/html.js';
import { labelText } from '../../format/numbers.js';
import { checkQuestionLength, type LimitVerdict } from '../limits.js';
import { answerView, chips } from './answer-view.js';
import { UI, uiLangOf, type UiLang } from './i18n.js';
import { page } from './layout.js';
import { queryOf, sendHtml } from './respond.js';
import { addToHistory, sessionCookie, sessionIdOf, SessionStore, type WebSession } from './sessions.js';
import { metrics } from '../metrics/sink.js';
import { agency } from '../../format/agencies.js';

export interface LookupOptions {
  engine: Engine;
  logger: Logger;
  sessions: SessionStore;
  limiter?: { check(key: string): LimitVerdict | Promise<LimitVerdict> };
  maxQuestionChars: number;
  clientKey: (req: IncomingMessage) => string;
  publicBaseUrl?: string;
  /** the session cookie is sent over https only */
  secureCookie?: boolean;
}

/** The agencies the examples ask about, by code. */
const [EXAMPLE, OTHER] = [agency('6220'), agency('6210')];
const EXAMPLES: Record<UiLang, string[]> = {
  zh: [`${EXAMPLE.name} 114 年度預算`, '114 年度哪個機關預算最多', `${OTHER.name} 114 年度人事費`, 'MyData 介接多少機關', '112 年度主管總預算執行率'],
  en: [`${EXAMPLE.short} budget 2025`, 'Which agency has the largest budget in 2025?', `${OTHER.short} personnel costs 2025`, 'Agencies connected to MyData', `${OTHER.short} staff 2025`],
};

/** The question box; it takes the focus on the empty page only, so that after an answer P and Esc reach the page. */
function searchForm(ui: UiLang, q: string, keep: Record<string, string | undefined>): Html {
  const w = UI[ui];
  return html`<form class="ask" action="/" method="get" role="search">
  <input id="q" name="q" type="search" value="${q}" placeholder="${w.placeholder}" aria-label="${w.question}"
    autocomplete="off"${attr('autofocus', !q && 'autofocus')} required>
  ${Object.entries(keep).map(([k, v]) => (v ? html`<input type="hidden" name="${k}" value="${v}">` : ''))}
  <button type="submit">${w.ask}</button>
</form>`;
}

function history(s: WebSession | undefined, ui: UiLang, keep: Record<string, string | undefined>): Html {
  if (!s || s.history.length < 2) return html``;
  const w = UI[ui];
  return html`<aside class="history"><h2>${w.earlier}</h2>
<ol>${s.history.map((q) => html`<li>${q}</li>`)}</ol>
<a class="new-session" href="/${query({ lang: keep.lang, present: keep.present, new: '1' })}">${w.newSession}</a></aside>`;
}

/**
 * Ask within the session, or answer it with one of the choices it was offered (`pick`); the same again (a
 * reload, a mode switch) shows the last answer. A pick is remembered by the figure it chose.
 */
function converse(engine: Engine, s: WebSession, q: string, pick: string | undefined): Answer {
  if (s.last?.q === q && s.last.pick === pick) return s.last.answer;
  const { answer, conversation } = engine.converse(pick ? { pick, query: q } : q, s.conversation);
  s.conversation = conversation;
  s.last = { q, pick, answer };
  const chosen = pick ? answer.figures[0] : undefined;
  addToHistory(s, chosen ? labelText(chosen.label, answer.lang) : q);
  return answer;
}

export function createLookupPage(o: LookupOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const params = queryOf(req);
    const ui = uiLangOf(req, params);
    const q = (params.get('q') ?? '').trim();
    if (q) res.once('finish', metrics.replyTimer('web'));
    const present = params.get('present') === '1' ? '1' : undefined;
    // a choice's token as the page wrote it, or none (anything else is not one of ours)
    const pick = PICK_TOKEN.test(params.get('pick') ?? '') ? params.get('pick')! : undefined;
    // "start over" forgets the session; otherwise the cookie's, never an id from the URL
    const fresh = params.get('new') === '1';
    let session = fresh ? undefined : o.sessions.get(sessionIdOf(req));
    const sent = session?.id;
    const keep = { lang: ui, present };
    let status = 200;
    let body: Html;
    if (!q) {
      body = html`<p class="tagline">${UI[ui].tagline}</p><h2>${UI[ui].examples}</h2>${chips(EXAMPLES[ui], keep)}`;
    } else {
      const refused = await refusal(o, req, q, ui);
      if (refused) {
        status = refused.status;
        body = html`<p class="notice" role="alert">${refused.message}</p>`;
      } else {
        session ??= o.sessions.create();
        const onChartError = (err: unknown) => o.logger.warn({ err }, 'web chart failed');
        body = answerView(converse(o.engine, session, q, pick), { ui, keep, pick, publicBaseUrl: o.publicBaseUrl, onChartError });
      }
    }
    const content = html`${searchForm(ui, q, keep)}${body}${history(session, ui, keep)}`;
    const title = q ? `${q} — ${UI[ui].appTitle}` : UI[ui].appTitle;
    if (session?.id !== sent || fresh) res.setHeader('set-cookie', sessionCookie(session?.id, o.secureCookie ?? false));
    sendHtml(res, status, page({ lang: ui, title, body: content, present: Boolean(present), keep: { q, pick }, bodyClass: 'lookup' }));
  };
}

async function refusal(o: LookupOptions, req: IncomingMessage, q: string, ui: UiLang): Promise<{ status: number; message: string } | undefined> {
  const rate = await o.limiter?.check(`api:${o.clientKey(req)}`);
  if (rate && !rate.ok) {
    metrics.refused('web', 'rate');
    return { status: 429, message: rate.message![ui] };
  }
  const length = checkQuestionLength(q, o.maxQuestionChars);
  if (!length.ok) {
    metrics.refused('web', 'length');
    return { status: 413, message: length.message![ui] };
  }
  return undefined;
}
