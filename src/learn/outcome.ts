// What a person gets from an answer, judged as ../shared/eval/outcomes.mjs judges it: the headline
// figure right; no headline but the options or passages shown lead to the gold; nothing; a wrong figure.
import type { Answer } from '../core/answer.js';
import { matchesGold, type GoldQuestion } from './question-sets.js';

export type Outcome = 'right' | 'choices' | 'blank' | 'wrong' | 'declined';
export const OUTCOMES: Outcome[] = ['right', 'choices', 'blank', 'wrong', 'declined'];

/** Every number an answer shows: its figures, its choices and its table cells (千元 cells also in yuan). */
function shownNumbers(a: Answer): number[] {
  const out = [...a.figures.map((f) => f.value), ...(a.choices ?? []).map((c) => c.figure.value)];
  const thousands = /千元/.test(JSON.stringify(a.table?.columns ?? []));
  for (const row of a.table?.rows ?? []) {
    for (const cell of row) {
      for (const m of cell.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)) {
        const v = Number(m[0].replace(/,/g, ''));
        out.push(v);
        if (thousands || /千元/.test(cell)) out.push(v * 1000);
      }
    }
  }
  return out;
}

const goldLines = (src = '') => new Set([...src.matchAll(/\b(00\d)\S*\s*L(\d+)/g)].map((m) => `${m[1]}:${Number(m[2])}`));

export function outcomeOf(a: Answer, q: GoldQuestion): Outcome {
  const head = a.figures[0]?.value;
  const stated = typeof head === 'number' && a.intent !== 'clarify';
  if (q.expect.none) return stated ? 'wrong' : 'declined';
  if (stated && matchesGold(head, q)) return 'right';
  if (stated) return 'wrong';
  const sources = new Set(a.sources.filter((s) => s.line).map((s) => `${s.doc.slice(0, 3)}:${s.line}`));
  const leads = shownNumbers(a).some((v) => matchesGold(v, q)) || [...goldLines(q.src)].some((g) => sources.has(g));
  return leads ? 'choices' : 'blank';
}

export function tally(outcomes: Outcome[]): Record<Outcome, number> {
  const t = { right: 0, choices: 0, blank: 0, wrong: 0, declined: 0 };
  for (const o of outcomes) t[o]++;
  return t;
}
