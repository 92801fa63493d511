// L2-regularised logistic models fitted by Newton's method (iteratively reweighted least squares):
// a conditional logit that ranks the candidates of one question against each other, and a binary
// logistic regression for calibration. Both are convex, so Newton converges in a few steps to the one
// optimum, the same on every run: a fresh fit can be compared with the committed weights. The models
// have a few dozen parameters and a few thousand rows, which a dense solve handles in milliseconds;
// the npm packages for this fit by gradient descent with a learning rate and epochs, which is neither
// exact nor as easy to check.

/** One question's candidates: their feature vectors and which of them give a right figure. */
export interface RankGroup {
  x: number[][];
  right: boolean[];
}

const MAX_STEPS = 50;
const CONVERGED = 1e-10;

/** Solves a·s = b for a symmetric positive definite a (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const s = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r][n];
    for (let c = r + 1; c < n; c++) v -= m[r][c] * s[c];
    s[r] = v / m[r][r];
  }
  return s;
}

const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * w[i], 0);

/** Newton's method on a concave log-likelihood given its gradient and Hessian at w, plus -λ/2 |w|². A full
 * step that would lower the objective is halved until it does not: with features that nearly separate
 * the right candidates, a plain Newton step from zero can overshoot and run away. */
function newton(
  dim: number, lambda: number, unpenalised: number[],
  accumulate: (w: number[], g: number[], h: number[][]) => void, logLikelihood: (w: number[]) => number,
): number[] {
  const objective = (w: number[]) => logLikelihood(w) - (lambda / 2) * w.reduce((s, v, i) => s + (unpenalised.includes(i) ? 0 : v * v), 0);
  let w = new Array<number>(dim).fill(0);
  let current = objective(w);
  for (let step = 0; step < MAX_STEPS; step++) {
    const g = w.map((v, i) => (unpenalised.includes(i) ? 0 : -lambda * v));
    const h = w.map((_, i) => w.map((__, j) => (i === j && !unpenalised.includes(i) ? lambda : 0)));
    accumulate(w, g, h);
    const delta = solve(h, g);
    let t = 1;
    let next = w.map((v, i) => v + delta[i]);
    let value = objective(next);
    while (!(value >= current - 1e-12) && t > 1e-6) {
      t /= 2;
      next = w.map((v, i) => v + t * delta[i]);
      value = objective(next);
    }
    w = next;
    current = value;
    if (t * Math.max(...delta.map(Math.abs)) < CONVERGED) break;
  }
  return w;
}

/** Weights that rank a question's right candidates first: the softmax over each question's candidates,
 * the right ones sharing the target equally. Questions whose candidates all agree teach nothing. */
export function fitRanker(groups: RankGroup[], dim: number, lambda: number): number[] {
  const useful = groups.filter((g) => g.right.some(Boolean) && !g.right.every(Boolean));
  // the log-likelihood: each question's right candidates share its target equally
  const logLikelihood = (w: number[]) => useful.reduce((sum, { x, right }) => {
    const s = x.map((row) => dot(w, row));
    const top = Math.max(...s);
    const logZ = top + Math.log(s.reduce((a, v) => a + Math.exp(v - top), 0));
    const n = right.filter(Boolean).length;
    return sum + s.reduce((a, v, k) => a + (right[k] ? (v - logZ) / n : 0), 0);
  }, 0);
  // h holds the negated Hessian of the log-likelihood, so the step solves h·δ = g
  return newton(dim, lambda, [], (w, g, h) => {
    for (const { x, right } of useful) {
      const s = x.map((row) => dot(w, row));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / z);
      const n = right.filter(Boolean).length;
      const mean = new Array<number>(dim).fill(0);
      x.forEach((row, k) => row.forEach((v, i) => { mean[i] += p[k] * v; }));
      x.forEach((row, k) => {
        const t = (right[k] ? 1 / n : 0) - p[k];
        row.forEach((v, i) => { g[i] += t * v; });
        for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) h[i][j] += p[k] * (row[i] - mean[i]) * (row[j] - mean[j]);
      });
    }
  }, logLikelihood);
}

/** Binary logistic regression; the last column of x is expected to be the constant 1 (not penalised).
 * Columns in `rising` may only raise the probability: one fitted below zero is left out and the rest refitted
 * (more evidence for a figure must never make the core less sure of it). */
export function fitLogistic(x: number[][], y: boolean[], lambda: number, rising: number[] = []): number[] {
  let rows = x;
  for (;;) {
    const w = fitLogisticFree(rows, y, lambda);
    const falling = rising.filter((i) => w[i] < 0);
    if (!falling.length) return w;
    rows = rows.map((r) => r.map((v, i) => (falling.includes(i) ? 0 : v)));
  }
}

function fitLogisticFree(x: number[][], y: boolean[], lambda: number): number[] {
  const dim = x[0]?.length ?? 0;
  // log p for the right answers, log (1 − p) for the rest, computed without overflow
  const logLikelihood = (w: number[]) => x.reduce((sum, row, k) => {
    const z = dot(w, row);
    const logP = -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(z, 0);
    return sum + (y[k] ? logP : logP - z);
  }, 0);
  return newton(dim, lambda, [dim - 1], (w, g, h) => {
    x.forEach((row, k) => {
      const p = 1 / (1 + Math.exp(-dot(w, row)));
      const t = (y[k] ? 1 : 0) - p;
      for (let i = 0; i < dim; i++) {
        g[i] += t * row[i];
        for (let j = 0; j < dim; j++) h[i][j] += p * (1 - p) * row[i] * row[j];
      }
    });
  }, logLikelihood);
}
