// The one rule that decides what a person gets: the figure when P(right) reaches the threshold; the
// figures the question may mean, to pick from, when together they reach it; else no figure, with the
// nearest passages. A wrong figure is worse than none.
import type { Answer, Choice } from './answer.js';
import { confidenceOf, optionsEvidence, type Evidence, type Option } from './confidence.js';
import type { Understood } from './understand.js';
import { answerSearch } from './answers/search.js';
import { baseAnswer, collectSources, itemTitle, say, type Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';
import { GATE } from './weights.js';
import { ruledOut } from './checks.js';

export type Rule = 'figure' | 'choices' | 'passages' | 'no-figure-asked';

/** Why a figure was not stated whatever its score (checks.ts), when that was so. */
export type Check = string | null;

export interface Settlement {
  answer: Answer;
  rule: Rule;
  /** P(the headline figure is right), before the rule */
  confidence: number | null;
  /** P(one of the options is right), when options were weighed */
  optionsConfidence: number | null;
  /** the check that ruled the figure out, if one did */
  ruledOut?: string;
}

/** What a surface sends back to answer with one option: the candidate's place in the catalog. */
export function pickToken(ctx: Context, o: Option): string {
  return `i${ctx.catalog.items.indexOf(o.candidate.item)}`;
}

function choiceOf(ctx: Context, u: Understood, o: Option): Choice {
  return { label: itemTitle(o.candidate.item, u.lang), figure: o.figure, pick: pickToken(ctx, o) };
}

/** Two or three figures the question may mean: no headline figure, each one a click away. */
export function answerChoices(ctx: Context, u: Understood, options: Option[], confidence: number): Answer {
  const p = phrase(u.lang).records;
  const choices = options.map((o) => choiceOf(ctx, u, o));
  const said = (c: Choice) => `${c.figure.label}（${say(c.figure, u.lang)}）`;
  return {
    ...baseAnswer(u, 'clarify'),
    summary: p.choicesSummary(choices.map(said)),
    table: {
      columns: p.clarifyColumns(),
      rows: choices.map((c) => [c.figure.label, say(c.figure, u.lang), c.figure.asOf ? phrase(u.lang).date(c.figure.asOf) : '',
        c.figure.source ? `${c.figure.source.title} L${c.figure.source.line}` : '']),
      numeric: [1],
    },
    sources: collectSources(choices.map((c) => c.figure)),
    suggestions: choices.map((c) => c.label),
    choices,
    confidence: round(confidence),
  };
}

const round = (p: number) => Math.round(p * 1000) / 1000;

/** No figure is likely enough: the passages nearest the question, and the candidates as questions. */
function answerUnsure(ctx: Context, u: Understood, options: Option[], search: string): Answer {
  const passages = search.length >= 2 ? answerSearch(ctx, u, search) : undefined;
  const p = phrase(u.lang).records;
  const hints = options.map((o) => itemTitle(o.candidate.item, u.lang));
  return {
    ...baseAnswer(u, passages?.intent === 'search' ? 'search' : 'not_found'),
    ...(passages?.table ? { table: passages.table, sources: passages.sources } : {}),
    summary: p.unsure(passages?.intent === 'search' ? passages.summary : ''),
    suggestions: [...new Set([...hints, ...p.examples()])].slice(0, 5),
  };
}

/** A figure computed from figures already given (差多少, 加起來 after two answers) is as sure as the less sure
 * of them: stated when they were (a figure the person picked counts as sure), never compared with itself. */
export function settleOnFigures(ctx: Context, u: Understood, answer: Answer, sure: number): Settlement {
  const check = ruledOut(u, answer.figures[0]);
  if (!check && sure >= ctx.model.threshold) return { answer: { ...answer, confidence: round(sure) }, rule: 'figure', confidence: sure, optionsConfidence: null };
  return { answer: answerUnsure(ctx, u, [], ''), rule: 'passages', confidence: check ? 0 : sure, optionsConfidence: null, ...(check ? { ruledOut: check } : {}) };
}

/** Applies the rule to an answer the handlers built, given the evidence for its headline figure. */
export function settle(ctx: Context, u: Understood, answer: Answer, ev: Evidence, options: Option[], search: string): Settlement {
  const stated = answer.figures.length > 0 && answer.intent !== 'clarify';
  if (!stated) return { answer, rule: 'no-figure-asked', confidence: null, optionsConfidence: null };
  const { threshold } = ctx.model;
  // a figure of another kind than asked, or one compared with itself, is never stated, whatever its score
  const check = ruledOut(u, answer.figures[0]);
  const confidence = check ? 0 : confidenceOf(ctx.model, ev);
  const why = check ? { ruledOut: check } : {};
  if (!check && confidence >= threshold) return { answer: { ...answer, confidence: round(confidence) }, rule: 'figure', confidence, optionsConfidence: null };
  const offered = options.filter((o) => !ruledOut(u, o.figure)).slice(0, GATE.clarifyOptions);
  const scored = (o: Option) => ({ p: o.p, score: o.candidate.score });
  const together = offered.length >= 2
    ? confidenceOf(ctx.model, optionsEvidence(ev, offered.map(scored), options.slice(offered.length).map(scored)), 'options') : null;
  if (together !== null && together >= threshold) {
    return { answer: answerChoices(ctx, u, offered, together), rule: 'choices', confidence, optionsConfidence: together, ...why };
  }
  return { answer: answerUnsure(ctx, u, offered, search), rule: 'passages', confidence, optionsConfidence: together, ...why };
}
