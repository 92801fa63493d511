// The real engine, with a record of every conversation a surface handed it: the calls go through
// unchanged, so answers are the engine's own; the test reads what context each question came with.
import type { Answer } from '../../src/core/answer.js';
import type { Conversation } from '../../src/core/conversation.js';
import type { Engine, Question } from '../../src/core/engine.js';

export interface ConverseCall {
  question: Question;
  /** the conversation the surface passed in (null when it had none) */
  conversation: Conversation | null;
  /** the answer's query, for the test to find the call */
  query: string;
  /** the answer the surface was handed */
  answer: Answer;
}

export function recordConversations(engine: Engine): { engine: Engine; calls: ConverseCall[]; asks: string[] } {
  const calls: ConverseCall[] = [];
  const asks: string[] = [];
  const wrapped: Engine = {
    ...engine,
    ask: (q, opts) => (asks.push(q), engine.ask(q, opts)),
    converse: (question, conversation, opts) => {
      const out = engine.converse(question, conversation, opts);
      calls.push({ question, conversation: conversation ? structuredClone(conversation) : null, query: out.answer.query, answer: out.answer });
      return out;
    },
  };
  return { engine: wrapped, calls, asks };
}

/** The questions of the earlier turns a conversation holds, oldest first. */
export function turnQueries(c: Conversation | null): string[] {
  return (c?.turns ?? []).map((t) => t.query);
}

/** The call whose question was `q` (the last one, when asked more than once). */
export function callFor(calls: ConverseCall[], q: string): ConverseCall | undefined {
  return [...calls].reverse().find((c) => c.question === q || c.query === q);
}
