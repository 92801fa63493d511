// A total is never added to its own parts: 數位發展部主管 already holds the ministry proper and both
// administrations, so no computed sum may contain it together with any of them.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';

const engine = createEngine();
const data = loadDataset();

/** Names (a line's, or a fact's class) printed both for the ministry total and for an agency in one year. */
function namesAtTwoLevels(): { name: string; year: number }[] {
  const at = new Map<string, Set<string>>();
  const note = (name: string, year: number, agency: string | null) => {
    if (!agency) return;
    const key = `${year}\u0000${name}`;
    at.set(key, (at.get(key) ?? new Set()).add(agency === '62' ? 'total' : 'part'));
  };
  for (const l of data.budget_lines) if (l.budget !== null) note(l.name, l.year, l.agency);
  for (const f of data.facts) if (f.category && f.measure === 'budget' && !/合計|總計|小計/.test(f.category)) note(f.category, f.year, f.agency);
  return [...at].filter(([, levels]) => levels.size === 2).map(([key]) => {
    const [year, name] = key.split('\u0000');
    return { name, year: Number(year) };
  });
}

describe('aggregates and their parts', () => {
  const names = namesAtTwoLevels();
  it('exist at more than one level in the data', () => expect(names.length).toBeGreaterThan(5));
  it.each(names.map((n) => [n.name, n.year] as const))('%s (%i) is never summed with its total', (name, year) => {
    for (const q of [`${year} 年度${name}`, `${year} 年度各機關${name}加起來`]) {
      const a = engine.ask(q);
      const head = a.figures[0];
      if (!head?.computedFrom || head.unit !== 'TWD') continue;
      const parts = a.figures.slice(1).filter((f) => head.computedFrom!.includes(f.label));
      const total = parts.some((f) => /數位發展部主管|MODA total/.test(f.label));
      const agency = parts.some((f) => !/數位發展部主管|MODA total/.test(f.label));
      expect(total && agency, `${q}: ${parts.map((f) => f.label).join(' + ')}`).toBe(false);
    }
  });
});
