// Every number in the reports' prose is a fact a person can ask for by what it is about and what
// it measures; and a question about a measure the data does not hold for that thing gets no figure.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Kpi } from '../../src/dataset/schema.js';

const engine = createEngine();
const { kpis, budget_lines: lines } = loadDataset();

/** Budget lines with a budget and a final account for one year (printed by one book or two): a rate is theirs to give. */
function executedLines(): string[] {
  const years = (pick: (l: (typeof lines)[number]) => [number, number | null][]) => {
    const out = new Map<string, Set<number>>();
    for (const l of lines) for (const [y, v] of pick(l)) if (v !== null) out.set(l.name, (out.get(l.name) ?? new Set()).add(y));
    return out;
  };
  const budgets = years((l) => [[l.year, l.budget], [l.year - 1, l.previousBudget]]);
  const finals = years((l) => [[l.year - 2, l.finalAccount]]);
  return [...finals].filter(([name, ys]) => [...ys].some((y) => budgets.get(name)?.has(y))).map(([name]) => name);
}

/** The question a person would type for a fact: its date, subject and measure, and the unit asked. */
function naturalQuestion(k: Kpi): string {
  const [y, m] = k.asOf.split('-');
  const ask = k.unit === 'TWD' ? '多少錢' : k.unit === 'percent' ? '比率多少' : `有幾${k.unitLabel ?? '個'}`;
  return `截至 ${y} 年${m ? ` ${Number(m)} 月` : ''} ${k.subject} ${k.measure} ${ask}`;
}

describe('prose facts', () => {
  it('carry a subject and a measure', () => {
    expect(kpis.every((k) => k.subject !== undefined && k.measure !== undefined)).toBe(true);
  });

  it('come back as the headline figure when asked by subject and measure', () => {
    let hits = 0;
    for (const k of kpis) {
      const answer = engine.ask(naturalQuestion(k));
      // facts the documents state alike (same subject, measure and unit) are one fact asked twice
      const alike = kpis.filter((o) => o.subject === k.subject && o.measure === k.measure && o.unit === k.unit).map((o) => o.value);
      // stated, or offered first when figures fit too alike to state one
      const head = answer.figures[0] ?? answer.choices?.[0]?.figure;
      if (head && alike.includes(head.value)) hits++;
    }
    const share = hits / kpis.length;
    console.info(`prose facts answered by subject + measure: ${hits}/${kpis.length} (${(share * 100).toFixed(1)}%)`);
    expect(share).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it('give no figure when the measure asked is swapped for one the data does not hold', () => {
    // a count or an amount the reports state, asked as an execution rate: no prose percentage or
    // budget table gives a rate for it (a budget table does where it prints a year's budget and its
    // final account); a fact stated alike in two documents is asked once
    const rates = [...kpis.filter((k) => k.unit === 'percent').map((k) => `${k.subject}${k.context}`), ...executedLines()].map((r) => r.replace(/\s+/g, ''));
    const first = (k: Kpi) => kpis.find((o) => o.sentence === k.sentence && o.value === k.value);
    const counted = kpis.filter((k, i) => i % 7 === 0 && k.unit !== 'percent' && (k.measure ?? '').length >= 3 && (k.subject ?? '').length >= 4)
      .filter((k) => first(k) === k && !rates.some((r) => r.includes(k.subject!.replace(/\s+/g, ''))));
    expect(counted.length).toBeGreaterThan(40);
    const answered = counted
      .map((k) => ({ q: `${k.subject} ${k.measure}的執行率是多少`, a: engine.ask(`${k.subject} ${k.measure}的執行率是多少`) }))
      .filter(({ a }) => a.figures.length > 0)
      .map(({ q, a }) => `${q} → ${a.figures[0].label}`);
    expect(answered).toEqual([]);
  });
});

/** The share of prose facts found again by their own description. */
const MIN_SHARE = 0.9;
