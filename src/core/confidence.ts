// How sure the core is of a figure: what the ranking saw (the ranker's probability of the figure
// answered, the score gap to the best candidate with another figure, the route the answer took),
// turned into P(the figure is right) by the calibration the fit wrote. One rule reads it (settle.ts).
import type { Figure } from './answer.js';
import type { Candidate } from './features.js';
import type { GateDecision } from './gate.js';
import type { Model } from './model.js';
import { GATE } from './weights.js';

export interface Evidence {
  /** how the answer was reached: the gate's decision and the operation, or a follow-up's route */
  route: string;
  /** the ranker's probability that the figure answered is the one meant (0 when no candidate was ranked) */
  p: number;
  /** the score gap from the best candidate to the best one giving another figure (capped) */
  margin: number;
  /** the best candidate's score (0 when none) */
  score: number;
  /** the best candidate's features: what it explains of the question, whether its unit and year fit */
  features?: Candidate['features'];
}

/** One figure the question may mean, with the candidates that give it and their probability together. */
export interface Option {
  candidate: Candidate;
  figure: Figure;
  p: number;
}

/** The softmax of the candidates' scores: how likely the ranker thinks each one is the one meant. */
export function rankProbabilities(ranked: Candidate[]): number[] {
  const top = Math.max(...ranked.map((c) => c.score));
  const e = ranked.map((c) => Math.exp(c.score - top));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(b), 1) * GATE.sameFigureTolerance;

/**
 * The evidence for an answer whose headline figure is `head`, and the distinct figures the best few
 * candidates would give (each found by answering with that candidate): the options when unsure.
 */
export function weighCandidates(
  route: string, ranked: Candidate[], decision: GateDecision, head: Figure | undefined, figureOf: (c: Candidate) => Figure | undefined,
): { evidence: Evidence; options: Option[] } {
  if (decision.kind !== 'answer' || !head) return { evidence: { route, p: 0, margin: 0, score: 0 }, options: [] };
  const best = decision.best;
  const p = rankProbabilities(ranked);
  const options: Option[] = [];
  let rival: Candidate | undefined;
  // a candidate the ranker gives next to no chance is neither a rival nor an option: not answered with
  const likely = (c: Candidate) => (p[ranked.indexOf(c)] ?? 0) >= GATE.minOptionProbability;
  const looked = [best, ...ranked.filter((c) => c !== best && likely(c)).slice(0, GATE.optionCandidates - 1)];
  for (const c of looked) {
    const figure = c === best ? head : figureOf(c);
    if (!figure) continue;
    const pc = p[ranked.indexOf(c)] ?? 0;
    const same = options.find((o) => sameValue(o.figure.value, figure.value) && o.figure.unit === figure.unit);
    if (same) same.p += pc;
    else options.push({ candidate: c, figure, p: pc });
    if (!rival && !sameValue(figure.value, head.value)) rival = c;
  }
  const margin = rival ? Math.min(best.score - rival.score, GATE.marginCap) : GATE.marginCap;
  // the probability among the candidates that give a figure: those that give none are no rivals
  const mass = options.reduce((s, o) => s + o.p, 0);
  for (const o of options) o.p = mass ? o.p / mass : 0;
  // the figure the gate chose first (the latest report of a measure), then the others, likeliest first
  options.sort((a, b) => Number(sameValue(b.figure.value, head.value)) - Number(sameValue(a.figure.value, head.value)) || b.p - a.p);
  const pHead = options.find((o) => sameValue(o.figure.value, head.value))?.p ?? 0;
  return { evidence: { route, p: pHead, margin, score: best.score, features: best.features }, options };
}

/** The kinds of route a calibration tells apart: a figure read from one record (a prose figure or a table's),
 * one computed from records, an agency's own line, an operation on earlier figures, anything else. */
export function routeGroup(route: string): string {
  const [decision, operation, kind] = route.split(':');
  if (decision === 'answer') return operation === 'value' ? (kind === 'kpi' ? 'prose' : 'table') : 'computed';
  return decision === 'agency' || decision === 'figures' ? decision : 'other';
}

/** The calibration's inputs for a piece of evidence, in the order the model lists them: the ranker's
 * probability (as a logit), the margin to a rival figure, and a constant for the kind of route. */
export function calibrationInputs(inputs: string[], ev: Evidence): number[] {
  const logit = Math.log(Math.max(ev.p, GATE.minProbability) / Math.max(1 - ev.p, GATE.minProbability));
  const value: Record<string, number> = { logit, margin: ev.margin, const: 1 };
  return inputs.map((name) => value[name] ?? (name === `group:${routeGroup(ev.route)}` ? 1 : 0));
}

/** P(the figure is right), or P(a right figure is among the options), calibrated for the evidence. */
export function confidenceOf(model: Model, ev: Evidence, of: 'figure' | 'options' = 'figure'): number {
  const x = calibrationInputs(model.calibration.inputs, ev);
  const w = model.calibration[of];
  const z = x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

/** The evidence that one of the options offered is right: their probability together, the gap to the rest. */
export function optionsEvidence(ev: Evidence, offered: { p: number; score: number }[], rest: { p: number; score: number }[]): Evidence {
  const p = offered.reduce((s, o) => s + o.p, 0);
  const top = Math.max(...offered.map((o) => o.score));
  const next = rest.length ? Math.max(...rest.map((o) => o.score)) : -Infinity;
  return { ...ev, p: Math.min(p, 1), margin: Math.min(top - next, GATE.marginCap) };
}
