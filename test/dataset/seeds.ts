// The documents of the data directory the tests run against (data/, or the copy DATA_DIR names) as its
// manifest lists them. The seeds are the first document of each kind, the ones the tests that read
// one document were written from; books added later (next year's) sit beside them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDoc, type Disagreement } from '../../src/dataset/schema.js';
import { Doc } from '../../src/dataset/ingest/source.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';

/** Every document the manifest lists, in its order. */
export const DOCUMENTS = SourceDoc.array().parse(JSON.parse(readFileSync(join(SOURCES_DIR, 'manifest.json'), 'utf8')));

/** The first document of each kind. */
export const SEEDS = DOCUMENTS.filter((s, i) => DOCUMENTS.findIndex((o) => o.type === s.type) === i);

/** The seed of a kind: ministry-budget, unit-budget, performance-report, major-plans … */
export function seed(kind: string): Doc {
  const found = SEEDS.find((s) => s.type === kind);
  if (!found) throw new Error(`no document of kind ${kind}`);
  return new Doc(found);
}

/** The documents other than the seeds (books added after them). */
export const ADDED = DOCUMENTS.filter((s) => !SEEDS.includes(s));

/** A disagreement as the seeds alone state it (a book added later may repeat a figure), or none. */
export function amongSeeds(d: Disagreement): Disagreement[] {
  const figures = d.figures.filter((f) => SEEDS.some((s) => s.doc === f.doc));
  return new Set(figures.map((f) => f.value)).size > 1 ? [{ ...d, figures }] : [];
}
