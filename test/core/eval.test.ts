// The public sample questions and their rephrasings (English, AD years, short forms), scored the way
// ../shared/eval/score.mjs scores them: an expected value among the first three figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';

interface Question {
  id: string;
  q: string;
  expect: { values?: number[]; abs?: boolean; none?: boolean };
}

const engine = createEngine();
const load = (f: string): Question[] =>
  readFileSync(join(import.meta.dirname, '../eval', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(b) * 0.001, 0.005);

function score(questions: Question[]) {
  let correct = 0;
  let answerable = 0;
  const misses: string[] = [];
  const hallucinated: string[] = [];
  for (const q of questions) {
    const a = engine.ask(q.q, { id: q.id });
    if (q.expect.none) {
      if (a.figures.length) hallucinated.push(`${q.id} ${q.q}`);
      continue;
    }
    answerable++;
    const top = a.figures.slice(0, 3).map((f) => (q.expect.abs ? Math.abs(f.value) : f.value));
    if (q.expect.values!.some((w) => top.some((v) => near(v, q.expect.abs ? Math.abs(w) : w)))) correct++;
    else misses.push(`${q.id} ${q.q} → ${top.join(', ')}`);
  }
  return { accuracy: correct / answerable, misses, hallucinated };
}

describe.each(['sample-questions.jsonl', 'rephrasings.jsonl'])('%s', (file) => {
  it('answers at least 95% right and gives no figure where the data has none', () => {
    const r = score(load(file));
    expect(r.hallucinated).toEqual([]);
    expect(r.accuracy, r.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
