// The fitted model the core reads: feature weights that rank candidates, and the calibration that
// turns what the ranking saw into P(the figure is right). Written by `npm run fit` (weights.learned.ts);
// a context may carry another (a cross-validation fold's).
import type { FeatureName } from './weights.js';
import { LEARNED } from './weights.learned.js';

export interface Model {
  /** weight of each feature in a candidate's score */
  rank: Partial<Record<FeatureName, number>>;
  /** Platt calibration: weights of the evidence inputs, in `inputs` order, the constant last; one set for
   * P(the figure is right), one for P(a right figure is among the options offered) */
  calibration: { inputs: string[]; figure: number[]; options: number[] };
  /** a figure is stated when its calibrated probability reaches this */
  threshold: number;
}

export const MODEL: Model = LEARNED;

/** A candidate's score: its features weighted by the model. */
export function rankScore(model: Model, features: Partial<Record<FeatureName, number>>): number {
  let score = 0;
  for (const k in features) score += (model.rank[k as FeatureName] ?? 0) * (features[k as FeatureName] ?? 0);
  return score;
}
