// The query pipeline: frame → candidates → features → gate → handler. Each stage is a pure
// function; the trace records what each one decided, for `--explain` and the debug log.
import type { Answer } from './answer.js';
import type { Candidate } from './features.js';
import { findCandidates } from './candidates.js';
import { explainsEnough, gate, usableCandidates, type GateDecision } from './gate.js';
import { HANDLERS, type Selection } from './handlers.js';
import type { Understood } from './understand.js';
import { answerHelp } from './answers/help.js';
import { answerSearch } from './answers/search.js';
import { weighCandidates, type Evidence, type Option } from './confidence.js';
import { settle, type Rule, type Settlement } from './settle.js';
import { latestBudgetYear, resolveYearWords } from './time.js';
import { notFound } from './answers/not-found.js';
import { proseAcrossDates } from './answers/prose-dates.js';
import { agencyItem } from './selection.js';
import { say, type Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';

export interface Trace {
  frame: Pick<Understood, 'lang' | 'years' | 'agencies' | 'ministryAmbiguous' | 'measures' | 'operation' | 'unitAsked' | 'countWords' | 'residual' | 'foreignBody'>;
  candidates: { id: string; name: string; score: number; features: Candidate['features'] }[];
  gate: GateDecision | { kind: 'help' | 'search-asked' | 'foreign'; why: string };
  handler: string;
  /** what decided between a figure, choices and passages (absent when no figure was built) */
  confidence?: ConfidenceTrace;
}

export interface ConfidenceTrace extends Evidence {
  /** P(the headline figure is right) */
  P: number | null;
  /** P(one of the options is right), when they were weighed */
  optionsP: number | null;
  threshold: number;
  rule: Rule;
  /** the check that ruled the figure out whatever its score, if one did */
  ruledOut?: string;
  options: { id: string; value: number; p: number; score: number }[];
}

const TRACE_CANDIDATES = 5;
/** Operations whose answer is a percentage. */
const PERCENT_OPERATIONS = new Set<Understood['operation']>(['share', 'ratio', 'changePct']);

function frameOf(u: Understood): Trace['frame'] {
  const { lang, years, agencies, ministryAmbiguous, measures, operation, unitAsked, countWords, residual, foreignBody } = u;
  return { lang, years, agencies, ministryAmbiguous, measures, operation, unitAsked, countWords, residual, foreignBody };
}

function traceOf(u: Understood, ranked: Candidate[], decision: Trace['gate'], handler: string): Trace {
  const candidates = ranked.slice(0, TRACE_CANDIDATES).map((c) => ({
    id: c.item.id, name: c.item.name, score: Math.round(c.score * 1000) / 1000, features: c.features,
  }));
  return { frame: frameOf(u), candidates, gate: decision, handler };
}

/** A government body the data does not cover, named and not part of a name the data has. */
function foreignOnly(u: Understood, ranked: Candidate[]): boolean {
  if (!u.foreignBody || u.agencies.length || u.ministryAmbiguous) return false;
  const body = u.foreignBody.replace(/\s+/g, '');
  // the reports speak of other bodies' work (資安院's weekly reports): a prose figure about it may answer
  const aboutBudget = u.unitAsked === 'money' || u.measures.length > 0;
  return !ranked.some((c) => (c.exact && c.matched.includes(body)) ||
    (!aboutBudget && c.item.kind === 'kpi' && (c.item.context ?? '').includes(body) && explainsEnough(c)));
}

export function runPipeline(ctx: Context, asked: Understood): { answer: Answer; trace: Trace } {
  const { frame: u, read } = resolveYearWords(ctx, asked);
  const result = answerFrame(ctx, u);
  // "今年" is read as the newest budget year the documents have, a name typed with a character wrong as
  // the name it is closest to: the answer says so
  const words = phrase(u.lang).records;
  const notes = [
    ...u.corrections.map((c) => words.readAsName(c.typed, c.read)),
    ...(read === undefined ? [] : [words.yearWordRead(read, latestBudgetYear(ctx))]),
  ];
  return notes.length ? { ...result, answer: { ...result.answer, summary: `${notes.join('')}${result.answer.summary}` } } : result;
}

function answerFrame(ctx: Context, u: Understood): { answer: Answer; trace: Trace } {
  if (u.help) return { answer: answerHelp(u), trace: traceOf(u, [], { kind: 'help', why: 'help asked' }, 'help') };
  if (u.search !== null) {
    return { answer: answerSearch(ctx, u, u.search), trace: traceOf(u, [], { kind: 'search-asked', why: 'search asked' }, 'search') };
  }
  const ranked = rankCandidates(ctx, u);
  if (foreignOnly(u, ranked)) {
    const answer = notFound(ctx, u, phrase(u.lang).records.foreignBody(u.foreignBody!));
    return { answer, trace: traceOf(u, ranked, { kind: 'foreign', why: `${u.foreignBody} is not in the data` }, 'not_found') };
  }
  const decision = gate(u, ranked);
  // a prose measure asked between two dates is read at each of them, whatever one figure alone would be
  const acrossDates = proseAcrossDates(ctx, u, ranked);
  const handler = acrossDates ? 'prose-across-dates' : u.operation;
  const built = acrossDates ?? answerWith(ctx, u, ranked, decision);
  const route = `${decision.kind}:${handler}${decision.kind === 'answer' ? `:${decision.best.item.kind}` : ''}`;
  // a change between two reports is computed from a pair: no other single record gives such a figure
  const optionFigure = (c: Candidate) => (acrossDates ? undefined : answerWith(ctx, u, ranked, { kind: 'answer', best: c, why: 'an option' }).figures[0]);
  // a candidate the question rules out (another unit, a sibling row it does not name) is no rival
  const { evidence, options } = weighCandidates(route, usableCandidates(u, ranked), decision, built.figures[0], optionFigure);
  const settled = settle(ctx, u, built, evidence, options, searchText(u));
  return { answer: settled.answer, trace: { ...traceOf(u, ranked, decision, handler), confidence: confidenceTrace(ctx, evidence, options, settled) } };
}

function confidenceTrace(ctx: Context, evidence: Evidence, options: Option[], s: Settlement): ConfidenceTrace | undefined {
  if (s.rule === 'no-figure-asked') return undefined;
  return {
    ...evidence, P: s.confidence, optionsP: s.optionsConfidence, threshold: ctx.model.threshold, rule: s.rule, ...(s.ruledOut ? { ruledOut: s.ruledOut } : {}),
    options: options.map((o) => ({ id: o.candidate.item.id, value: o.figure.value, p: o.p, score: o.candidate.score })),
  };
}

/** The question's words for a search of the passages. */
export function searchText(u: Understood): string {
  return u.searchText;
}

/** The candidates for a question, best first. */
export function rankCandidates(ctx: Context, u: Understood): Candidate[] {
  return findCandidates(ctx, u, u.proseOnly ? { kinds: ['kpi'] } : {});
}

/** The answer the operation's handler builds once the gate has decided (or with a candidate taken as the best). */
export function answerWith(ctx: Context, u: Understood, ranked: Candidate[], decision: GateDecision): Answer {
  const selection: Selection = { ranked, best: decision.kind === 'answer' ? decision.best : undefined, decision };
  return HANDLERS[u.operation](ctx, u, selection) ?? fallback(ctx, u, selection);
}

/** What the gate allows when the operation's handler has nothing: the value of the best record, or none. */
export function fallback(ctx: Context, u: Understood, s: Selection): Answer {
  const value = HANDLERS.value(ctx, u, s);
  // a rate or share asked is never answered with an amount: the record's own figure only when it is one
  const head = value?.figures[0];
  if (value && (!PERCENT_OPERATIONS.has(u.operation) || !head || head.unit === 'percent')) return value;
  if (value && head) {
    return notFound(ctx, u, phrase(u.lang).records.noRate(head.label, say(head, u.lang)), [value.query]);
  }
  if (s.decision.kind === 'search' || (s.decision.kind === 'agency' && !agencyItem(ctx, u))) {
    if (u.residual.length >= 2) return answerSearch(ctx, u, searchText(u));
  }
  return notFound(ctx, u, phrase(u.lang).records.noFigure);
}
