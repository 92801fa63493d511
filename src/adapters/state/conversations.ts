// Conversations by place and person: one per platform + workspace/guild + channel + thread + user,
// so one person's follow-ups never read another's context. The conversation itself is the core's
// plain JSON; this module stores it and never looks inside.
import type { Answer } from '../../core/answer.js';
import type { Asked } from '../../format/choices.js';
import { reviveConversation, type Conversation } from '../../core/conversation.js';
import type { Engine, Question } from '../../core/engine.js';
import { phrase } from '../../format/phrases.js';
import type { KeyValueStore } from './store.js';

/** A conversation is forgotten after this long without a new turn. */
export const IDLE_MS = 30 * 60 * 1000;

export interface Place {
  platform: 'slack' | 'discord' | 'api' | 'terminal';
  /** Slack workspace (team) or Discord guild; empty for DMs and the API */
  workspace?: string;
  /** channel, DM or Discord thread; for the API the client address */
  channel?: string;
  /** Slack thread ts, or the API session id; empty for a channel's own conversation */
  thread?: string;
}

export interface ConversationKey extends Place {
  user: string;
}

const part = (s: string | undefined) => encodeURIComponent(s ?? '');
const placeId = (p: Place) => [p.platform, part(p.workspace), part(p.channel), part(p.thread)].join(':');

export function conversationKey(k: ConversationKey): string {
  return `conv:${placeId(k)}:${part(k.user)}`;
}

export interface ConversationStore {
  get(key: ConversationKey): Promise<Conversation | null>;
  set(key: ConversationKey, conversation: Conversation): Promise<void>;
  /** The bot answered in this place (a Slack thread): later replies there are for it. */
  follow(place: Place): Promise<void>;
  follows(place: Place): Promise<boolean>;
  /**
   * The conversation a question was asked in (or one of its choices picked in), so a button under its answer
   * gets the same answer again.
   */
  saveAsked(place: Place, asked: Asked, before: Conversation | null): Promise<void>;
  askedIn(place: Place, asked: Asked): Promise<Conversation | null>;
  /** true while the store shared by replicas is away and conversations are kept in process */
  stateDown?(): boolean;
}

export interface ConversationStoreOptions {
  idleMs?: number;
  stateDown?: () => boolean;
}

export function createConversationStore(store: KeyValueStore, opts: ConversationStoreOptions = {}): ConversationStore {
  const idleMs = opts.idleMs ?? IDLE_MS;
  const asked = (p: Place, a: Asked) => `asked:${placeId(p)}:${part(a.question.trim())}${a.pick ? `:${part(a.pick)}` : ''}`;
  return {
    async get(key) {
      const value = await store.get(conversationKey(key));
      return value === undefined ? null : reviveConversation(value);
    },
    set: (key, conversation) => store.set(conversationKey(key), conversation, idleMs),
    follow: (place) => store.set(`follow:${placeId(place)}`, 1, idleMs),
    follows: async (place) => (await store.get(`follow:${placeId(place)}`)) !== undefined,
    saveAsked: (place, a, before) => store.set(asked(place, a), before, idleMs),
    askedIn: async (place, a) => {
      const value = await store.get(asked(place, a));
      return value === undefined || value === null ? null : reviveConversation(value);
    },
    stateDown: opts.stateDown,
  };
}

/** What a surface hands the conversation helpers: the store, and where a store failure is reported. */
export interface ConversationDeps {
  engine: Engine;
  conversations: ConversationStore;
  /** a store that cannot be reached costs the context, never the answer */
  onStoreError: (err: unknown, what: string) => void;
}

async function safely<T>(deps: ConversationDeps, what: string, run: () => Promise<T>, fallback: T, failed?: () => void): Promise<T> {
  try {
    return await run();
  } catch (err) {
    failed?.();
    deps.onStoreError(err, what);
    return fallback;
  }
}

/** The answer, saying that earlier questions could not be read (the conversation started fresh). */
function saidFresh(answer: Answer): Answer {
  return { ...answer, summary: `${answer.summary}\n${phrase(answer.lang).startedFresh}` };
}

/**
 * Ask within the asker's conversation at this place, and keep the conversation for the next turn.
 * When the conversation could not be read (its store failed, or the shared store is away and none
 * was kept in process since) the question stands alone, and the answer says so.
 */
export async function converseAt(deps: ConversationDeps, key: ConversationKey, question: Question): Promise<Answer> {
  let readFailed = false;
  const before = await safely(deps, 'read conversation', () => deps.conversations.get(key), null, () => (readFailed = true));
  const converse = deps.engine.converse(question, before);
  const { conversation } = converse;
  const answer = before === null && (readFailed || deps.conversations.stateDown?.()) ? saidFresh(converse.answer) : converse.answer;
  await safely(deps, 'save conversation', async () => {
    await deps.conversations.set(key, conversation);
    // buttons under the answer carry its query (for a command, the question it stands for; for a pick, the
    // question the choices were offered for, and the pick)
    const pick = typeof question === 'object' && 'pick' in question ? question.pick : undefined;
    if (before) await deps.conversations.saveAsked(key, { question: answer.query, pick }, before);
  }, undefined);
  return answer;
}

/** The answer a button refers to: the question (or the pick) read again in the conversation it was first asked in. */
export async function answerAgain(deps: ConversationDeps, place: Place, asked: Asked): Promise<Answer> {
  const before = await safely(deps, 'read conversation', () => deps.conversations.askedIn(place, asked), null);
  const { question, pick } = asked;
  if (before) return deps.engine.converse(pick ? { pick, query: question } : question, before).answer;
  return pick ? deps.engine.pick(pick, question) : deps.engine.ask(question);
}
