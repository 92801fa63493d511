// Conversation memory: each turn's frame (what was understood, follow-ups merged) and its headline
// figures, so a follow-up (那 113 年呢？ / 差多少？ / 回到第一題 / the second one?) is read against the
// turn it points at. Plain JSON, holds no tokens: any store (in-process or shared) can keep it, and
// adapters never look inside.
import type { Answer, Source } from './answer.js';
import type { Concept } from './concepts.js';
import type { Understood } from './understand.js';

/** A frame as it is stored: the concepts as a list (JSON has no sets). */
export type StoredFrame = Omit<Understood, 'asks' | 'whole'> & { asks: Concept[] };

export interface StoredFigure {
  label: string;
  value: number;
  unit: string;
  year?: number;
  asOf?: string;
  computed?: boolean;
  source?: Source;
}

/** One remembered turn: the question, the frame its answer was built from, and its first figures. */
export interface TurnMemory {
  query: string;
  intent?: Answer['intent'];
  frame?: StoredFrame;
  figures: StoredFigure[];
  /** the options offered when the answer was choices: what a pick answers with */
  picks?: string[];
  /** the kind of record the answer was about (a prose figure, a budget line …), also when it offered choices */
  about?: string;
  /** how sure the answer was of its headline figure */
  confidence?: number;
}

export interface Conversation {
  v: 2;
  turns: TurnMemory[];
}

/** How many earlier turns a conversation keeps. */
export const MAX_TURNS = 6;
/** How many figures of each turn are kept (a ranking's first three: "the second one?"). */
const FIGURES_KEPT = 3;

export function emptyConversation(): Conversation {
  return { v: 2, turns: [] };
}

/** A stored value read back: anything not shaped like a conversation starts a fresh one. */
export function reviveConversation(value: unknown): Conversation {
  const c = value as Conversation | null | undefined;
  return c && c.v === 2 && Array.isArray(c.turns) ? { v: 2, turns: c.turns.slice(-MAX_TURNS) } : emptyConversation();
}

export function storeFrame(u: Understood): StoredFrame {
  const { whole: _whole, ...rest } = u;
  return { ...rest, asks: [...u.asks] };
}

export function reviveFrame(f: StoredFrame | undefined): Understood | undefined {
  return f && Array.isArray(f.asks) && Array.isArray(f.agencies) ? { ...f, asks: new Set(f.asks) } : undefined;
}

export function remember(conversation: Conversation, answer: Answer, frame?: Understood, about?: string): Conversation {
  const turn: TurnMemory = {
    query: answer.query,
    intent: answer.intent,
    ...(about ? { about } : {}),
    ...(answer.confidence !== undefined ? { confidence: answer.confidence } : {}),
    ...(frame ? { frame: storeFrame(frame) } : {}),
    figures: answer.figures.slice(0, FIGURES_KEPT).map((f) => ({
      label: f.label, value: f.value, unit: f.unit, ...(f.year !== undefined ? { year: f.year } : {}), ...(f.asOf ? { asOf: f.asOf } : {}),
      ...(f.computedFrom ? { computed: true } : {}), ...(f.source ? { source: f.source } : {}),
    })),
    ...(answer.choices?.length ? { picks: answer.choices.map((c) => c.pick) } : {}),
  };
  return { v: 2, turns: [...conversation.turns, turn].slice(-MAX_TURNS) };
}
