// Where the documents disagree, both figures stay in the data; the known cases are listed in a fixture,
// so a new disagreement (or one silently merged away) fails here and gets looked at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/dataset/ingest/run.js';
import { amongSeeds } from './seeds.js';

const known = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/disagreements.json'), 'utf8')) as { id: string; values: number[]; where: string[] }[];
const data = ingest();

describe('disagreements between documents', () => {
  it('are exactly the known ones', () => {
    expect(data.disagreements.flatMap(amongSeeds).map((d) => ({ id: d.id, values: d.figures.map((f) => f.value), where: d.figures.map((f) => `${f.doc}:${f.line}`) }))).toEqual(known);
  });
  it('keep every figure of a disagreement in the data, with its source line', () => {
    for (const d of data.disagreements) {
      for (const f of d.figures) {
        const values = (r: { value?: number; budget?: number | null; previousBudget?: number | null }) => [r.value, r.budget, r.previousBudget];
        const kept = [...data.facts, ...data.kpis, ...data.budget_lines].some((r) => r.doc === f.doc && r.line === f.line && values(r).includes(f.value));
        expect(kept, `${d.id} ${f.value}`).toBe(true);
      }
    }
  });
});
