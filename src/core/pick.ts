// Picking one of the figures offered when the core was unsure: a button's token, or "1", "2", "3"
// typed after a choices answer. The figure picked is answered with, for the question it was offered for.
import type { Answer } from './answer.js';
import type { Conversation, TurnMemory } from './conversation.js';
import { reviveFrame } from './conversation.js';
import { featuresOf, questionSets } from './features.js';
import { answerWith } from './pipeline.js';
import { withMeasureOf } from './converse.js';
import { understand, type Understood } from './understand.js';
import type { Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';

const TOKEN = /^i(\d{1,6})$/;

/** The turn whose choices a pick answers: the last one that offered this token (or any, for a number). */
function offeringTurn(c: Conversation, token: string | null): TurnMemory | undefined {
  return [...c.turns].reverse().find((t) => t.picks?.length && (token === null || t.picks.includes(token)));
}

/** The pick a typed number (1, 2, 3) stands for after a choices answer. */
export function pickByNumber(c: Conversation, n: number): string | undefined {
  const last = c.turns.at(-1);
  return last?.picks?.[n - 1];
}

/**
 * The answer with the picked figure: the question's frame from the turn that offered it (or the question
 * given with the token, for surfaces that keep no conversation), that record taken as the best.
 */
export function answerPick(ctx: Context, token: string, c: Conversation, query?: string): { answer: Answer; frame?: Understood; about?: string } | undefined {
  const index = TOKEN.exec(token)?.[1];
  const item = index !== undefined ? ctx.catalog.items[Number(index)] : undefined;
  const turn = offeringTurn(c, token);
  const frame = reviveFrame(turn?.frame) ?? (query ? understand(query) : undefined);
  if (!item || !frame) return undefined;
  const chosen = featuresOf(item, frame, questionSets(frame), ctx.model);
  if (!chosen) return undefined;
  const answer = answerWith(ctx, frame, [chosen], { kind: 'answer', best: chosen, why: 'picked' });
  if (!answer.figures.length) return undefined;
  const summary = `${phrase(frame.lang).records.picked(answer.figures[0].label)}${answer.summary}`;
  // the figure picked is what later follow-ups ask again ("and at the end of 2023?")
  // the person chose it: as sure as a figure gets, for what later turns compute from it
  return { answer: { ...answer, summary, query: turn?.query ?? query ?? answer.query, confidence: 1 }, frame: withMeasureOf({ ...frame, focus: undefined }, item), about: item.kind };
}
