// `npm run fit`: fits the ranking weights, the calibration and the threshold on every question set in
// test/eval and writes them to src/core/weights.learned.ts. Labels depend a little on the weights (a
// handler that compares agencies ranks candidates too), so the fit is repeated from its own result
// until it no longer changes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../core/engine.js';
import { MODEL, type Model } from '../core/model.js';
import { DATA_DIR } from '../dataset/paths.js';
import { fitModel } from './fit.js';
import { readAllSets } from './question-sets.js';

const MAX_ROUNDS = 4;
export const LEARNED_FILE = join(import.meta.dirname, '../core/weights.learned.ts');

export function learnedSource(model: Model & { fittedOn: Record<string, unknown> }): string {
  const json = JSON.stringify(model, null, 2).replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, '$1:');
  return [
    '// Written by `npm run fit` from the question sets in test/eval: do not edit by hand.',
    '// rank: feature weights; calibration: Platt weights of the evidence inputs; threshold: P needed to state a figure.',
    "import type { Model } from './model.js';",
    '',
    `export const LEARNED: Model & { fittedOn: Record<string, unknown> } = ${json};`,
    '',
  ].join('\n');
}

/** Fits from the committed model until the result is its own starting point. */
export function fitToFixedPoint(start: Model = MODEL, log: (s: string) => void = () => {}) {
  const { ctx } = loadContext(DATA_DIR);
  const questions = readAllSets();
  let model = start;
  for (let round = 1; ; round++) {
    const result = fitModel({ ...ctx, model }, questions);
    const same = JSON.stringify(result.model.rank) === JSON.stringify(model.rank);
    log(`round ${round}: ${same ? 'unchanged' : 'changed'} (threshold ${result.model.threshold})`);
    if (same || round >= MAX_ROUNDS) return result;
    model = result.model;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const result = fitToFixedPoint(MODEL, (s) => console.error(s));
  writeFileSync(LEARNED_FILE, learnedSource(result.model));
  console.error(`wrote ${LEARNED_FILE} in ${Math.round(performance.now() - t0)} ms`);
}
