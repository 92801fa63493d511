// Labelled data from the question sets: for each question, the candidates the core weighs, each with
// its features and whether the figure it would answer with (for the frame's year, measure and
// operation) is a gold value; and what the core answered.
import type { Context } from '../core/answers/context.js';
import type { Features } from '../core/features.js';
import { answerInConversation, type TurnResult } from '../core/converse.js';
import { emptyConversation, remember, type Conversation } from '../core/conversation.js';
import { understand, type Understood } from '../core/understand.js';
import { answerWith, rankCandidates } from '../core/pipeline.js';
import { foldKey, matchesGold, type GoldQuestion } from './question-sets.js';
import { outcomeOf, type Outcome } from './outcome.js';

/** How many of a question's candidates are labelled. */
export const LABELLED_CANDIDATES = 40;

export interface LabelledCandidate {
  item: string;
  features: Features;
  /** the headline figure the answer would give with this candidate taken as the best */
  value: number | null;
  right: boolean;
}

export interface LabelledQuestion {
  set: string;
  id: string;
  fold: string;
  q: string;
  answerable: boolean;
  operation: string | null;
  /** what the core answered: its intent, headline figure and whether that is a gold value */
  answer: { intent: string; value: number | null; right: boolean; outcome: Outcome };
  candidates: LabelledCandidate[];
}

function label(ctx: Context, u: Understood, q: GoldQuestion): LabelledCandidate[] {
  const ranked = rankCandidates(ctx, u);
  return ranked.slice(0, LABELLED_CANDIDATES).map((c) => {
    let value: number | null = null;
    try {
      value = answerWith(ctx, u, ranked, { kind: 'answer', best: c, why: 'labelled' }).figures[0]?.value ?? null;
    } catch {
      value = null;
    }
    return { item: c.item.id, features: c.features, value, right: matchesGold(value ?? undefined, q) };
  });
}

/** Runs every question as a person would ask it: the turns of a thread in order, each with what came
 * before, a question alone in a conversation of its own. */
export function runSets<T>(ctx: Context, questions: GoldQuestion[], each: (q: GoldQuestion, turn: TurnResult) => T): T[] {
  const conversations = new Map<string, Conversation>();
  return questions.map((q) => {
    const key = q.thread ? `${q.set}#${q.thread}` : '';
    const turn = answerInConversation(ctx, understand(q.q), (key && conversations.get(key)) || emptyConversation());
    if (key) conversations.set(key, remember(conversations.get(key) ?? emptyConversation(), turn.answer, turn.frame, turn.about));
    return each(q, turn);
  });
}

/** Every question of the sets, labelled. */
export function buildLabels(ctx: Context, questions: GoldQuestion[]): LabelledQuestion[] {
  return runSets(ctx, questions, (q, turn) => {
    const value = turn.answer.figures[0]?.value ?? null;
    return {
      set: q.set, id: q.id, fold: foldKey(q), q: q.q, answerable: !q.expect.none,
      operation: turn.read?.operation ?? null,
      answer: { intent: turn.answer.intent, value, right: matchesGold(value ?? undefined, q), outcome: outcomeOf(turn.answer, q) },
      candidates: turn.read ? label(ctx, turn.read, q) : [],
    };
  });
}
