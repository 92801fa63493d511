// One turn of a conversation: a follow-up is read against the turn it points at; a question that
// stands alone starts afresh. The answer says what it carried over.
import type { Answer } from './answer.js';
import type { Conversation, TurnMemory } from './conversation.js';
import { baseTurn, carriedNote, inherit, isFollowUp } from './follow-up.js';
import { answerOnFigures, answerPlace, figureOperation } from './follow-figures.js';
import { runPipeline, type ConfidenceTrace, type Trace } from './pipeline.js';
import { settleOnFigures } from './settle.js';
import { answerShareOfLast, objectClasses } from './follow-share.js';
import type { Understood } from './understand.js';
import type { Context } from './answers/context.js';
import type { Item } from './catalog.js';
import { phrase } from '../format/phrases.js';

/** A turn's answer, the frame kept for later turns, and the frame the pipeline read (none for an
 * operation on earlier figures). */
export interface TurnResult { answer: Answer; frame?: Understood; read?: Understood; confidence?: ConfidenceTrace; about?: string }

/** The kind of record the pipeline chose, also when it offered choices rather than a figure. */
const aboutOf = (trace: Trace) => (trace.gate.kind === 'answer' ? trace.gate.best.item.kind : undefined);

/** "業務費呢？" after 一般行政的人事費 asks 一般行政的業務費: the object class is swapped, the rest kept;
 * "人事費呢？" after 一般行政 asks 一般行政的人事費: the class is added to the line asked before. */
function swapObjectClass(ctx: Context, base: { turn: TurnMemory; frame: Understood }, u: Understood): Understood {
  const prev = base.frame;
  const names = objectClasses(ctx);
  const asked = names.find((n) => u.residual === n || u.itemText === n);
  if (!asked) return u;
  const before = names.find((n) => prev.itemText.includes(n));
  // a class of the budget line asked before (人事費呢？ after 一般行政)
  const ofLine = base.turn.intent === 'amount' && u.operation === 'value' && prev.residual.length >= 2;
  if (!before) return ofLine ? { ...u, itemText: `${prev.itemText}${asked}`, residual: `${prev.residual}${asked}` } : u;
  if (asked === before || prev.itemText === before) return u;
  const swap = (t: string) => t.replace(before, asked);
  return { ...u, itemText: swap(prev.itemText), residual: swap(prev.residual) };
}

const DATE_WORDS = /截至目前|截至|目前|迄今|至今|現在|\d+\s*年底?|\d+\s*月底?/g;

/** A prose figure answered: what it measures (下載量) is what a later "and at the end of 2023?" asks again. */
export function withMeasureOf(u: Understood, item: Item | undefined): Understood {
  // (its date words are not what it measures: 截至目前 … 核發張數 measures 核發張數)
  const measure = item?.kind === 'kpi' ? item.phrase?.replace(DATE_WORDS, '') : undefined;
  return !u.focus && measure ? { ...u, focus: measure } : u;
}

const withMeasureAnswered = (u: Understood, trace: Trace) => withMeasureOf(u, trace.gate.kind === 'answer' ? trace.gate.best.item : undefined);

/** How sure the last answers with a figure of their own were: an operation on them is as sure as the less sure. */
function sureOfLast(c: Conversation, n: number): number {
  const used = c.turns.filter((t) => t.figures[0] && !t.figures[0].computed).slice(-n);
  return Math.min(1, ...used.map((t) => t.confidence ?? 1));
}

/** An operation on earlier figures, weighed by the one rule like any answer: by its route and how sure the
 * answers it works on were. */
function onEarlierFigures(ctx: Context, u: Understood, answer: Answer, route: string, frame: Understood, c: Conversation): TurnResult {
  // the answers worked on: all but the headline figure of the answer (two, or the three summed)
  const evidence = { route: `figures:${route}`, p: sureOfLast(c, Math.max(2, answer.figures.length - 1)), margin: 0, score: 0 };
  const s = settleOnFigures(ctx, u, answer, evidence.p);
  const confidence: ConfidenceTrace = { ...evidence, P: s.confidence, optionsP: null, threshold: ctx.model.threshold, rule: s.rule, options: [] };
  return { answer: s.answer, frame, confidence };
}

function fresh(ctx: Context, u: Understood): TurnResult {
  const { answer, trace } = runPipeline(ctx, u);
  return { answer, frame: withMeasureAnswered(u, trace), read: u, confidence: trace.confidence, about: aboutOf(trace) };
}

export function answerInConversation(ctx: Context, u: Understood, conversation: Conversation): TurnResult {
  const base = baseTurn(conversation, u);
  if (!base || u.help || u.search !== null) return fresh(ctx, u);
  // "占主管資本支出幾%" names its whole and points back for its part
  const share = answerShareOfLast(ctx, u, conversation, base);
  if (share) return onEarlierFigures(ctx, u, share, 'share', base.frame, conversation);
  if (!isFollowUp(u)) return fresh(ctx, u);
  const place = answerPlace(conversation, u);
  if (place) return onEarlierFigures(ctx, u, place, 'place', base.frame, conversation);
  const op = figureOperation(conversation, u);
  if (op) return onEarlierFigures(ctx, u, answerOnFigures(conversation, u, op), op, base.frame, conversation);
  const merged = inherit(conversation, base, swapObjectClass(ctx, base, u));
  const { answer, trace } = runPipeline(ctx, merged);
  const note = carriedNote(base.frame, u, merged);
  const summary = note ? phrase(u.lang).computed.carried(note, answer.summary) : answer.summary;
  return {
    answer: { ...answer, query: u.query, summary }, frame: withMeasureAnswered(merged, trace), read: merged, confidence: trace.confidence, about: aboutOf(trace),
  };
}
