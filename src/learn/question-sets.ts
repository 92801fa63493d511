// The question sets with gold values, as the fit and the calibration report read them. Lines that
// share a "thread" are the turns of one conversation, in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldQuestion {
  set: string;
  id: string;
  q: string;
  thread?: string;
  expect: { values?: number[]; abs?: boolean; none?: boolean };
  src?: string;
}

export const EVAL_DIR = join(import.meta.dirname, '../../test/eval');

export function readQuestionSet(file: string): GoldQuestion[] {
  const set = file.split('/').pop()!.replace(/\.jsonl$/, '');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'))
    .map((l) => ({ set, ...(JSON.parse(l) as Omit<GoldQuestion, 'set'>) }));
}

/** Every set in the evaluation folder, in file-name order. */
export function readAllSets(dir = EVAL_DIR): GoldQuestion[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readQuestionSet(join(dir, f)));
}

/** Within 0.1% (or 0.005 for small decimals) of a gold value: how the scorers compare. */
export function matchesGold(value: number | undefined, q: GoldQuestion): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value) || q.expect.none) return false;
  const norm = (x: number) => (q.expect.abs ? Math.abs(x) : x);
  return (q.expect.values ?? []).some((w) => Math.abs(norm(value) - norm(w)) <= Math.max(Math.abs(w) * 1e-3, 5e-3));
}

/** The unit a set is split by for cross-validation: a thread, or a question standing alone. */
export function foldKey(q: GoldQuestion): string {
  return q.thread ? `${q.set}#${q.thread}` : `${q.set}#${q.id}`;
}
