// Conversations of the lookup page, kept on the server: a bounded in-memory map from a random id to
// the engine's conversation and the last answer. The id lives in an HttpOnly, SameSite cookie, never
// in a URL: a link someone shares carries the question only, so whoever opens it starts their own
// conversation. Idle sessions expire; the oldest go first when the map is full.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Answer } from '../../core/answer.js';
import type { Conversation } from '../../core/conversation.js';

export interface WebSession {
  id: string;
  conversation: Conversation | null;
  /** the last question (and the choice picked for it) and its answer: a reload or a mode switch shows it
   * again without a new turn */
  last?: { q: string; pick?: string; answer: Answer };
  /** questions asked so far, oldest first */
  history: string[];
  touched: number;
}

const ID = /^[A-Za-z0-9_-]{22}$/;
const MAX_HISTORY = 12;
const TTL_MS = 2 * 60 * 60 * 1000;

export const SESSION_COOKIE = 'moda_session';

/** The session id the browser sent in its cookie (a `?s=` in the URL is not looked at). */
export function sessionIdOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const pair of header.split(';')) {
    const [name, value] = pair.trim().split('=', 2);
    if (name === SESSION_COOKIE && value && ID.test(value)) return value;
  }
  return undefined;
}

/** Set-Cookie for a session (`undefined`: forget it). Secure when the site is served over https. */
export function sessionCookie(id: string | undefined, secure: boolean): string {
  const attrs = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${id ? TTL_MS / 1000 : 0}`, ...(secure ? ['Secure'] : [])];
  return [`${SESSION_COOKIE}=${id ?? ''}`, ...attrs].join('; ');
}

export class SessionStore {
  private sessions = new Map<string, WebSession>();

  constructor(
    private max = 1000,
    private ttlMs = TTL_MS,
    private now: () => number = Date.now,
  ) {}

  /** The live session with this id, or undefined (unknown, malformed or expired). */
  get(id: string | null | undefined): WebSession | undefined {
    if (!id || !ID.test(id)) return undefined;
    const s = this.sessions.get(id);
    if (!s) return undefined;
    if (this.now() - s.touched > this.ttlMs) {
      this.sessions.delete(id);
      return undefined;
    }
    // re-insert so the map's order is least recently used first
    this.sessions.delete(id);
    s.touched = this.now();
    this.sessions.set(id, s);
    return s;
  }

  create(): WebSession {
    while (this.sessions.size >= this.max) this.sessions.delete(this.sessions.keys().next().value!);
    const s: WebSession = { id: randomBytes(16).toString('base64url'), conversation: null, history: [], touched: this.now() };
    this.sessions.set(s.id, s);
    return s;
  }

  get size(): number {
    return this.sessions.size;
  }
}

export function addToHistory(s: WebSession, q: string): void {
  s.history.push(q);
  if (s.history.length > MAX_HISTORY) s.history.splice(0, s.history.length - MAX_HISTORY);
}
