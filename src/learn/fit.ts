// The fit: ranking weights from the labelled candidates, then the calibration and the threshold from
// answers scored out of fold (five folds; a thread or a question is never split between training and
// scoring). What it returns is written to src/core/weights.learned.ts by `npm run fit`.
import { createHash } from 'node:crypto';
import type { Context } from '../core/answers/context.js';
import type { ConfidenceTrace } from '../core/pipeline.js';
import type { Model } from '../core/model.js';
import { calibrationInputs, confidenceOf, optionsEvidence, routeGroup } from '../core/confidence.js';
import { FEATURE_NAMES, GATE } from '../core/weights.js';
import { buildLabels, runSets, type LabelledQuestion } from './labels.js';
import { fitLogistic, fitRanker } from './logistic.js';
import { outcomeOf, type Outcome } from './outcome.js';
import { foldKey, matchesGold, type GoldQuestion } from './question-sets.js';

export const FIT = {
  folds: 5,
  /** L2 penalty of the ranker and of the calibration */
  rankLambda: 1,
  calibrationLambda: 3,
  /** at most this share of the figures stated may be wrong */
  maxWrongShare: 0.04,
  /** a route needs this many answers to get a calibration weight of its own */
  minRouteCount: 8,
} as const;

/** One question answered out of fold: what the rule would weigh and what each outcome would be. */
export interface Scored {
  q: GoldQuestion;
  fold: number;
  /** the evidence when a figure was built, else null (the answer gave none) */
  evidence: ConfidenceTrace | null;
  /** the outcome when the figure is stated; when no figure was built, the answer's outcome */
  stated: Outcome;
  /** whether a gold value is among the first options offered */
  goldInOptions: boolean;
}

export function foldOf(q: GoldQuestion, folds = FIT.folds): number {
  return parseInt(createHash('sha256').update(foldKey(q)).digest('hex').slice(0, 8), 16) % folds;
}

const vector = (f: Partial<Record<string, number>>) => FEATURE_NAMES.map((n) => f[n] ?? 0);

export function fitRankWeights(labels: LabelledQuestion[]): Model['rank'] {
  const groups = labels.filter((l) => l.candidates.length).map((l) => ({ x: l.candidates.map((c) => vector(c.features)), right: l.candidates.map((c) => c.right) }));
  const w = fitRanker(groups, FEATURE_NAMES.length, FIT.rankLambda);
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, round(w[i])]));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A model that states every figure: to see what the rule would weigh, before it is fitted. */
function stateAll(rank: Model['rank']): Model {
  return { rank, calibration: { inputs: ['const'], figure: [1], options: [1] }, threshold: 0 };
}

/** Answers every question with ranking weights fitted on the other folds. */
export function scoreOutOfFold(ctx: Context, questions: GoldQuestion[], labels: LabelledQuestion[]): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < FIT.folds; k++) {
    const rank = fitRankWeights(labels.filter((_, i) => foldOf(questions[i]) !== k));
    const fold = questions.filter((q) => foldOf(q) === k);
    out.push(...runSets({ ...ctx, model: stateAll(rank) }, fold, (q, turn) => {
      // a figure a check rules out is never stated, and one computed from earlier figures is as sure as they
      // are: nothing for the calibration to weigh
      const ev = turn.confidence && !turn.confidence.ruledOut && !turn.confidence.route.startsWith('figures:') ? turn.confidence : null;
      const offered = ev?.options.slice(0, 3) ?? [];
      return { q, fold: k, evidence: ev, stated: outcomeOf(turn.answer, q), goldInOptions: offered.length >= 2 && offered.some((o) => matchesGold(o.value, q)) };
    }));
  }
  return out;
}

/** The calibration inputs: the ranker's evidence, and a constant per kind of route seen often enough. On
 * these sets, more inputs (the best candidate's features, each route on its own) did not tell right from
 * wrong any better out of fold, and made the fit less stable. */
export function calibrationNames(scored: Scored[]): string[] {
  const count = new Map<string, number>();
  for (const s of scored) if (s.evidence) count.set(routeGroup(s.evidence.route), (count.get(routeGroup(s.evidence.route)) ?? 0) + 1);
  const groups = [...count].filter(([, n]) => n >= FIT.minRouteCount).map(([g]) => `group:${g}`).sort();
  return ['logit', 'margin', ...groups, 'const'];
}

/** The evidence that one of the first options offered is right (null with fewer than two). */
export function offeredEvidence(ev: ConfidenceTrace): ConfidenceTrace | null {
  const offered = ev.options.slice(0, GATE.clarifyOptions);
  return offered.length >= 2 ? { ...ev, ...optionsEvidence(ev, offered, ev.options.slice(offered.length)) } : null;
}

export function fitCalibration(scored: Scored[], inputs: string[]): Model['calibration'] {
  const rows = scored.filter((s) => s.evidence);
  const figure = fitLogistic(rows.map((s) => calibrationInputs(inputs, s.evidence!)), rows.map((s) => s.stated === 'right'), FIT.calibrationLambda);
  const withOptions = rows.filter((s) => offeredEvidence(s.evidence!));
  const options = fitLogistic(withOptions.map((s) => calibrationInputs(inputs, offeredEvidence(s.evidence!)!)), withOptions.map((s) => s.goldInOptions), FIT.calibrationLambda);
  return { inputs, figure: figure.map(round), options: options.map(round) };
}

/** What a person gets from a scored answer under a calibrated model at a threshold. */
export function outcomeAt(s: Scored, model: Model): Outcome {
  if (!s.evidence) return s.stated;
  if (confidenceOf(model, s.evidence) >= model.threshold) return s.stated;
  if (s.q.expect.none) return 'declined';
  const offered = offeredEvidence(s.evidence);
  const together = offered ? confidenceOf(model, offered, 'options') : 0;
  return together >= model.threshold && s.goldInOptions ? 'choices' : 'blank';
}

/** The lowest threshold at which at most FIT.maxWrongShare of the figures it decides on are wrong (figures
 * computed from earlier answers follow those answers, so they are not counted here). */
export function chooseThreshold(scored: Scored[], model: Omit<Model, 'threshold'>): number {
  const withP = scored.filter((s) => s.evidence).map((s) => ({ p: confidenceOf({ ...model, threshold: 0 }, s.evidence!), s }));
  const sorted = withP.sort((a, b) => b.p - a.p);
  let best = 1;
  let [n, wrong] = [0, 0];
  for (let i = 0; i < sorted.length; i++) {
    n++;
    if (sorted[i].s.stated === 'wrong') wrong++;
    const next = sorted[i + 1]?.p ?? -1;
    if (next < sorted[i].p && wrong / n <= FIT.maxWrongShare) best = sorted[i].p;
  }
  return round(best);
}

export interface FitResult {
  model: Model & { fittedOn: Record<string, unknown> };
  labels: LabelledQuestion[];
  scored: Scored[];
}

/** Fits everything on the questions; `scored` are the out-of-fold answers the calibration was fitted on. */
export function fitModel(ctx: Context, questions: GoldQuestion[]): FitResult {
  const labels = buildLabels(ctx, questions);
  const rank = fitRankWeights(labels);
  const scored = scoreOutOfFold(ctx, questions, labels);
  const inputs = calibrationNames(scored);
  const calibration = fitCalibration(scored, inputs);
  const threshold = chooseThreshold(scored, { rank, calibration });
  const sets = [...new Set(questions.map((q) => q.set))];
  const fittedOn = {
    sets, questions: questions.length, rankedQuestions: labels.filter((l) => l.candidates.some((c) => c.right) && l.candidates.some((c) => !c.right)).length,
    candidates: labels.reduce((s, l) => s + l.candidates.length, 0), folds: FIT.folds, rankLambda: FIT.rankLambda,
    calibrationLambda: FIT.calibrationLambda, maxWrongShare: FIT.maxWrongShare,
  };
  return { model: { rank, calibration, threshold, fittedOn }, labels, scored };
}

/** Each question's outcome with the calibration and threshold fitted on the other folds: the honest estimate. */
export function crossFitted(scored: Scored[], rank: Model['rank']): { s: Scored; p: number | null; outcome: Outcome }[] {
  const out: { s: Scored; p: number | null; outcome: Outcome }[] = [];
  for (let k = 0; k < FIT.folds; k++) {
    const train = scored.filter((s) => s.fold !== k);
    const inputs = calibrationNames(train);
    const calibration = fitCalibration(train, inputs);
    const model = { rank, calibration, threshold: chooseThreshold(train, { rank, calibration }) };
    for (const s of scored.filter((x) => x.fold === k)) {
      out.push({ s, p: s.evidence ? confidenceOf(model, s.evidence) : null, outcome: outcomeAt(s, model) });
    }
  }
  return out;
}
