// Whitespace is never structure: every seed document, exported again with blank lines and trailing
// blanks in other places (after every 17th line, inside two-line table headers, between a header
// and its half-page; or after every line), ingests to the same records, each citing the line that
// now prints it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/dataset/ingest/run.js';
import { SOURCES_DIR, useSources } from '../../src/dataset/ingest/text.js';
import { CURATED_FILE } from '../../src/dataset/agencies.js';
import { RESOURCES, type Dataset, type ResourceName } from '../../src/dataset/schema.js';
import { amongSeeds, SEEDS } from './seeds.js';
import { whitespaceNoise } from './next-year.js';

/** The seeds, each with its whitespace changed; for each document, the original line of each new line. */
function noisyCopy(everyLine: boolean): { dir: string; origin: Map<string, number[]> } {
  const dir = mkdtempSync(join(tmpdir(), 'moda-whitespace-'));
  mkdirSync(join(dir, 'sources'));
  const origin = new Map<string, number[]>();
  for (const s of SEEDS) {
    const noisy = whitespaceNoise(readFileSync(join(SOURCES_DIR, s.doc), 'utf8'), everyLine);
    writeFileSync(join(dir, 'sources', s.doc), noisy.text);
    origin.set(s.doc, [0, ...noisy.origin]);
  }
  writeFileSync(join(dir, 'sources', 'manifest.json'), JSON.stringify(SEEDS, null, 2));
  copyFileSync(join(SOURCES_DIR, CURATED_FILE), join(dir, 'sources', CURATED_FILE));
  return { dir, origin };
}

/**
 * A record with the lines it cites read back to the original document's: its `line` (and its
 * figures'), and the ids and keys that are made of a line number (a passage, a quoted figure, an
 * unnamed table row).
 */
function restoreLines(value: unknown, origin: Map<string, number[]>, doc?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => restoreLines(v, origin, doc));
  if (value === null || typeof value !== 'object') return value;
  const rec = value as Record<string, unknown>;
  const own = typeof rec.doc === 'string' ? rec.doc : doc;
  const back = (n: number) => (own && origin.has(own) ? origin.get(own)![n] : n);
  const ids = (s: string) => s
    .replace(/(:passage:)(\d+)/, (_, p: string, n: string) => p + back(Number(n)))
    .replace(/(q\d{3}_)(\d+)(?=_)/g, (_, p: string, n: string) => p + back(Number(n)))
    .replace(/(:line)(\d+)(?=:)/, (_, p: string, n: string) => p + back(Number(n)));
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => {
    if (k === 'line' && typeof v === 'number') return [k, back(v)];
    if ((k === 'id' || k === 'key' || k === 'parent') && typeof v === 'string') return [k, ids(v)];
    return [k, restoreLines(v, origin, own)];
  }));
}

const seeds = new Set(SEEDS.map((s) => s.doc));
const before = ingest();
const dirs: string[] = [];
afterAll(() => {
  useSources(SOURCES_DIR);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each([
  ['blank lines after every 17th line and every header line, trailing blanks on every 11th', false],
  ['a blank line after every line', true],
])('whitespace: %s', (_, everyLine) => {
  const { dir, origin } = noisyCopy(everyLine);
  dirs.push(dir);
  const after = ingest(dir);

  it('changes the lines of every seed', () => {
    for (const s of SEEDS) expect(origin.get(s.doc)!.filter((n) => n === 0).length, s.doc).toBeGreaterThan(10);
  });

  it.each((Object.keys(RESOURCES) as ResourceName[]).filter((n) => n !== 'sources'))('gives the same %s, each at the line that prints it', (name) => {
    // the seeds' records (a disagreement as the seeds state it: books added later may repeat a figure)
    const ofSeeds = (d: Dataset) => (name === 'disagreements' ? d.disagreements.flatMap(amongSeeds)
      : (d[name] as { doc: string }[]).filter((r) => seeds.has(r.doc)));
    const read = ofSeeds(after);
    expect(read.length).toBeGreaterThan(0);
    expect(restoreLines(read, origin)).toEqual(ofSeeds(before));
  });

  it('cites lines that print something', () => {
    const lines = new Map(SEEDS.map((s) => [s.doc, readFileSync(join(dir, 'sources', s.doc), 'utf8').split('\n')]));
    for (const r of [...after.facts, ...after.budget_lines, ...after.kpis, ...after.passages]) expect(lines.get(r.doc)![r.line - 1].trim(), r.id).not.toBe('');
  });
});
