// `npm run ingest`: parse data/sources into data/*.json, a Frictionless data package and the search index.
// Output is deterministic: running it twice gives byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES, SourceDoc, type Dataset, type ResourceName } from '../schema.js';
import { DATA_DIR } from '../paths.js';
import { PARSERS } from './parsers.js';
import { validateDataset } from '../load.js';
import { buildDataPackage, serializeResource } from './datapackage.js';
import { buildItemIndex, buildPassageIndex, INDEX_FILES } from '../../core/search/build.js';
import { buildS2tCharTable } from './s2t.js';
import { findFactDisagreements } from './disagreements.js';

export function ingest(): Dataset {
  const sources = SourceDoc.array().parse(JSON.parse(readFileSync(join(DATA_DIR, 'sources/manifest.json'), 'utf8')));
  const data: Dataset = {
    sources,
    budget_lines: [],
    facts: [],
    major_plans: [],
    kpis: [],
    passages: [],
    disagreements: [],
  };
  for (const parser of PARSERS) {
    const out = parser.run();
    for (const [name, records] of Object.entries(out) as [ResourceName, unknown[]][]) {
      (data[name] as unknown[]).push(...records);
    }
  }
  data.disagreements.push(...findFactDisagreements(data.facts));
  return validateDataset(data);
}

/** Every character of the source documents. */
export function sourceCharacters(data: Dataset): Set<string> {
  const chars = new Set<string>();
  for (const s of data.sources) for (const ch of readFileSync(join(DATA_DIR, 'sources', s.doc), 'utf8')) chars.add(ch);
  return chars;
}

function main(): void {
  const data = ingest();
  mkdirSync(DATA_DIR, { recursive: true });
  for (const name of Object.keys(RESOURCES) as ResourceName[]) {
    if (name === 'sources') continue;
    writeFileSync(join(DATA_DIR, `${name}.json`), serializeResource(data[name]));
  }
  writeFileSync(join(DATA_DIR, 'datapackage.json'), JSON.stringify(buildDataPackage(data), null, 2) + '\n');
  writeFileSync(join(DATA_DIR, INDEX_FILES.items), JSON.stringify(buildItemIndex(data)) + '\n');
  writeFileSync(join(DATA_DIR, INDEX_FILES.passages), JSON.stringify(buildPassageIndex(data)) + '\n');
  writeFileSync(join(DATA_DIR, 's2t-chars.json'), JSON.stringify(buildS2tCharTable(sourceCharacters(data))) + '\n');
  const counts = Object.fromEntries(Object.keys(RESOURCES).map((n) => [n, data[n as ResourceName].length]));
  process.stderr.write(`ingest: ${JSON.stringify(counts)}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
