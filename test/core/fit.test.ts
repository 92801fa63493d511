// The fitted model: the solvers reach their optimum, and the committed weights, calibration and
// threshold are exactly what a fresh fit of the question sets in test/eval gives (npm run fit).
import { describe, expect, it } from 'vitest';
import { fitLogistic, fitRanker } from '../../src/learn/logistic.js';
import { fitModel } from '../../src/learn/fit.js';
import { readAllSets } from '../../src/learn/question-sets.js';
import { loadContext } from '../../src/core/engine.js';
import { LEARNED } from '../../src/core/weights.learned.js';
import { DATA_DIR } from '../../src/dataset/paths.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('the solvers', () => {
  it('rank the right candidate of each question first, with weights on the features that tell them apart', () => {
    // feature 0 marks the right candidate, feature 1 is noise shared by all
    const groups = [0, 1, 2, 3].map((k) => ({ x: [[1, k], [0, k], [0, k + 1]], right: [true, false, false] }));
    const w = fitRanker(groups, 2, 0.1);
    expect(w[0]).toBeGreaterThan(1);
    for (const g of groups) expect(g.x.map((row) => row[0] * w[0] + row[1] * w[1]).indexOf(Math.max(...g.x.map((row) => row[0] * w[0] + row[1] * w[1])))).toBe(0);
  });

  it('stop at the penalised optimum of a logistic regression: the gradient is zero there', () => {
    const x = [[0, 1], [1, 1], [2, 1], [3, 1], [1.5, 1], [2.5, 1]];
    const y = [false, false, true, true, false, true];
    const lambda = 0.5;
    const w = fitLogistic(x, y, lambda);
    const gradient = [0, 1].map((i) => x.reduce((s, row, k) => s + ((y[k] ? 1 : 0) - 1 / (1 + Math.exp(-(row[0] * w[0] + row[1] * w[1])))) * row[i], 0) - (i === 0 ? lambda * w[0] : 0));
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-8);
  });
});

describe('the committed model', () => {
  it('is what a fresh fit of every question set gives', () => {
    const { ctx } = loadContext(DATA_DIR);
    const { model } = fitModel({ ...ctx, model: LEARNED }, readAllSets());
    for (const [name, w] of Object.entries(model.rank)) expect(close(w!, LEARNED.rank[name as keyof typeof LEARNED.rank] ?? 0), name).toBe(true);
    expect(model.calibration.inputs).toEqual(LEARNED.calibration.inputs);
    model.calibration.figure.forEach((w, i) => expect(close(w, LEARNED.calibration.figure[i]), `figure ${i}`).toBe(true));
    model.calibration.options.forEach((w, i) => expect(close(w, LEARNED.calibration.options[i]), `options ${i}`).toBe(true));
    expect(close(model.threshold, LEARNED.threshold)).toBe(true);
  }, 900_000);
});
