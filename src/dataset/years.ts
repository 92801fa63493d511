// The years the data speaks as of, read from its manifest: a budget book for a year is written the
// year before that year, a report on a year (performance, major plans) the year after it, any other
// document in its own year. The figures in a document's prose are as of its year or earlier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDoc } from './schema.js';
import { DATA_DIR } from './paths.js';

const WRITTEN: Record<string, number> = { 'ministry-budget': -1, 'unit-budget': -1, 'performance-report': 1, 'major-plans': 1 };

/** The year a document speaks as of. */
export function asOfYear(s: SourceDoc): number {
  return s.year + (WRITTEN[s.type] ?? 0);
}

/** The earliest and latest years the documents of a data directory speak as of. */
export function asOfSpan(dir = DATA_DIR): { from: number; to: number } {
  const years = SourceDoc.array().parse(JSON.parse(readFileSync(join(dir, 'sources', 'manifest.json'), 'utf8'))).map(asOfYear);
  const from = Math.min(...years);
  // one year alone is a span of one year, not of none
  return { from, to: Math.max(from + 1, ...years) };
}
