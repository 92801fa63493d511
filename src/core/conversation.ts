// Conversation memory: what the last answers of one conversation were about, so a follow-up
// (那 113 年呢？ / 差多少？ / and ACS?) is read in their context. Plain JSON, holds no tokens:
// any store (in-process or shared) can keep it, and adapters never look inside.
import type { Answer } from './answer.js';

/** One remembered turn: the question, and the parsed frame and headline figures of its answer. */
export interface TurnMemory {
  query: string;
  /** the parsed frame of the answered question (core-internal shape, stored as JSON) */
  frame?: unknown;
  figures: { label: string; value: number; unit: string; year?: number; computed?: boolean }[];
}

export interface Conversation {
  v: 1;
  turns: TurnMemory[];
}

/** How many earlier turns a conversation keeps. */
export const MAX_TURNS = 6;

export function emptyConversation(): Conversation {
  return { v: 1, turns: [] };
}

/** A stored value read back: anything not shaped like a conversation starts a fresh one. */
export function reviveConversation(value: unknown): Conversation {
  const c = value as Conversation | null | undefined;
  return c && c.v === 1 && Array.isArray(c.turns) ? { v: 1, turns: c.turns.slice(-MAX_TURNS) } : emptyConversation();
}

export function remember(conversation: Conversation, answer: Answer, frame?: unknown): Conversation {
  const turn: TurnMemory = {
    query: answer.query,
    ...(frame !== undefined ? { frame } : {}),
    // follow-ups read the headline figure of each turn and the frame of the last one only:
    // a conversation stays small, as it is read and written with every question
    figures: answer.figures.slice(0, 1).map((f) => ({
      label: f.label, value: f.value, unit: f.unit, ...(f.year !== undefined ? { year: f.year } : {}), ...(f.computedFrom ? { computed: true } : {}),
    })),
  };
  const earlier = conversation.turns.map(({ frame: _frame, ...rest }) => rest);
  return { v: 1, turns: [...earlier, turn].slice(-MAX_TURNS) };
}
