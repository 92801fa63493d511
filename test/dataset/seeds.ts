// The seed documents as the manifest describes them, for tests that parse one document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDoc } from '../../src/dataset/schema.js';
import { Doc } from '../../src/dataset/ingest/source.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';

export const SEEDS = SourceDoc.array().parse(JSON.parse(readFileSync(join(SOURCES_DIR, 'manifest.json'), 'utf8')));

/** The one seed of a kind: ministry-budget, unit-budget, performance-report, major-plans … */
export function seed(kind: string): Doc {
  const found = SEEDS.filter((s) => s.type === kind);
  if (found.length !== 1) throw new Error(`${found.length} seeds of kind ${kind}`);
  return new Doc(found[0]);
}
