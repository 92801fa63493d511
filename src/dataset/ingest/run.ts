// `npm run ingest`: parse data/sources into data/*.json, a Frictionless data package and the search index.
// Output is deterministic: running it twice gives byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES, SourceDoc, type Dataset, type ResourceName } from '../schema.js';
import { DATA_DIR } from '../paths.js';
import { BUDGET_BOOKS, PARSERS } from './parsers.js';
import { validateDataset } from '../load.js';
import { buildDataPackage, serializeResource } from './datapackage.js';
import { buildItemIndex, buildPassageIndex, INDEX_FILES } from '../../core/search/build.js';
import { buildS2tCharTable } from './s2t.js';
import { findFactDisagreements, findLineDisagreements } from './disagreements.js';
import { Doc } from './source.js';
import { readSource, useSources } from './text.js';
import { ingestReport } from './report.js';
import { addDocument } from './add.js';
import { placeRecords } from './places.js';
import { registryOf } from '../agencies.js';
import { unreadTablePassages, unreadTables } from './unread-tables.js';

/** The documents a data directory's sources/manifest.json lists. */
export function manifestDocs(dataDir = DATA_DIR): { sources: SourceDoc[]; docs: Doc[] } {
  useSources(join(dataDir, 'sources'));
  const sources = SourceDoc.array().parse(JSON.parse(readFileSync(join(dataDir, 'sources/manifest.json'), 'utf8')));
  return { sources, docs: sources.map((s) => new Doc(s)) };
}

/** The dataset of the documents a data directory's sources/manifest.json lists. */
export function ingest(dataDir = DATA_DIR): Dataset {
  const { sources, docs } = manifestDocs(dataDir);
  const data: Dataset = {
    sources,
    agencies: registryOf(join(dataDir, 'sources')),
    budget_lines: [],
    facts: [],
    major_plans: [],
    kpis: [],
    passages: [],
    disagreements: [],
  };
  for (const parser of PARSERS) {
    const outputs = 'all' in parser ? [parser.all(sources)] : docs.filter((d) => parser.kinds.includes(d.kind)).map(parser.run);
    for (const out of outputs) {
      for (const [name, records] of Object.entries(out) as [ResourceName, unknown[]][]) (data[name] as unknown[]).push(...records);
    }
  }
  data.disagreements.push(...findFactDisagreements(data.facts), ...findLineDisagreements(data.budget_lines));
  // the lines of tables no parser reads, as passages
  const taken = new Set(data.passages.map((p) => p.id));
  for (const d of docs.filter((x) => BUDGET_BOOKS.includes(x.kind))) data.passages.push(...unreadTablePassages(d, unreadTables(d, data), taken));
  placeRecords(data, docs);
  return validateDataset(data);
}

/** Every character of the source documents. */
export function sourceCharacters(data: Dataset): Set<string> {
  const chars = new Set<string>();
  for (const s of data.sources) for (const ch of readSource(s.doc).lines.join('\n')) chars.add(ch);
  return chars;
}

/** Writes the dataset, its data package and its search indexes into a data directory. */
export function writeDataset(data: Dataset, dir = DATA_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(RESOURCES) as ResourceName[]) {
    if (name === 'sources') continue;
    writeFileSync(join(dir, `${name}.json`), serializeResource(data[name]));
  }
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(buildDataPackage(data), null, 2) + '\n');
  writeFileSync(join(dir, INDEX_FILES.items), JSON.stringify(buildItemIndex(data)) + '\n');
  writeFileSync(join(dir, INDEX_FILES.passages), JSON.stringify(buildPassageIndex(data)) + '\n');
  writeFileSync(join(dir, 's2t-chars.json'), JSON.stringify(buildS2tCharTable(sourceCharacters(data))) + '\n');
}

/** `npm run ingest [-- --add FILE]`: adds a document first (taken back if the ingest then fails). */
function main(args: string[]): void {
  const at = args.indexOf('--add');
  if (at >= 0 && !args[at + 1]) throw new Error('--add needs the path of a text file');
  const added = at >= 0 ? addDocument(args[at + 1], join(DATA_DIR, 'sources')) : null;
  if (added) process.stderr.write(`added ${added.entry.doc}: ${added.entry.type} ${added.entry.year} ${added.entry.agency} ${added.entry.title}\n`);
  let data: Dataset;
  try {
    data = ingest();
  } catch (e) {
    added?.undo();
    if (added) process.stderr.write(`the ingest failed, so ${added.entry.doc} was taken out of the manifest again\n`);
    throw e;
  }
  writeDataset(data);
  const counts = Object.fromEntries(Object.keys(RESOURCES).map((n) => [n, data[n as ResourceName].length]));
  process.stderr.write(`ingest: ${JSON.stringify(counts)}\n`);
  const report = ingestReport(manifestDocs().docs, data);
  if (report) process.stderr.write(`${report}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`ingest failed: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
