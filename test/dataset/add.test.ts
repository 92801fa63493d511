// Adding a document: its manifest entry read from its title lines, then the ingest and its report.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDocument, entryFor } from '../../src/dataset/ingest/add.js';
import { ingest, manifestDocs } from '../../src/dataset/ingest/run.js';
import { ingestReport } from '../../src/dataset/ingest/report.js';
import { SOURCES_DIR, useSources } from '../../src/dataset/ingest/text.js';
import { DOCUMENTS, SEEDS } from './seeds.js';
import { CURATED_FILE } from '../../src/dataset/agencies.js';

const text = (doc: string) => readFileSync(join(SOURCES_DIR, doc), 'utf8');
const ministryBook = SEEDS.find((s) => s.type === 'ministry-budget')!.doc;

function sourcesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moda-add-'));
  mkdirSync(join(dir, 'sources'));
  for (const f of [...DOCUMENTS.map((s) => s.doc), 'manifest.json', CURATED_FILE]) copyFileSync(join(SOURCES_DIR, f), join(dir, 'sources', f));
  return dir;
}

afterAll(() => useSources(SOURCES_DIR));

describe('a manifest entry from the title lines', () => {
  it('reads kind, year and agency of every seed as the manifest records them', () => {
    for (const s of SEEDS) {
      const e = entryFor(text(s.doc), 7);
      expect([e.type, e.year, e.agency, e.publisher], s.doc).toEqual([s.type, s.year, s.agency, s.publisher]);
      expect(e.doc).toMatch(/^007_[0-9a-f]{16}\.txt$/);
    }
  });

  it('fails, saying what is missing, when the title does not tell', () => {
    expect(() => entryFor('季報\n內容\n', 5)).toThrow(/no title line names a known kind/);
    expect(() => entryFor('數位發展部數位產業署單位預算\n', 5)).toThrow(/no year/);
    expect(() => entryFor('中華民國 115 年度\n交通部公路局單位預算\n', 5)).toThrow(/not an agency/);
  });
});

describe('adding next year\'s ministry book', () => {
  const dir = sourcesCopy();
  const next = join(dir, 'next.txt');
  writeFileSync(next, text(ministryBook).replace(/中華民國 114 年度/g, '中華民國 115 年度'));
  const { entry } = addDocument(next, join(dir, 'sources'));
  const data = ingest(dir);

  it('writes one manifest entry with the next number and the text\'s hash', () => {
    expect(entry).toMatchObject({ type: 'ministry-budget', year: 115, agency: '62' });
    expect(entry.doc.startsWith(`${String(DOCUMENTS.length).padStart(3, '0')}_`)).toBe(true);
    expect(() => addDocument(next, join(dir, 'sources'))).toThrow(/already listed/);
  });

  it('ingests the new book next to the old one', () => {
    const facts = (doc: string) => data.facts.filter((f) => f.doc === doc);
    expect(facts(entry.doc).length).toBe(facts(ministryBook).length);
    expect(data.budget_lines.filter((l) => l.doc === entry.doc).length).toBeGreaterThan(50);
  });

  it('reports the tables it did not parse and that the rest reconcile', () => {
    const report = ingestReport(manifestDocs(dir).docs, data);
    expect(report).toContain(`${entry.doc} (ministry-budget 115, 數位發展部主管)`);
    expect(report).toContain('not parsed: 歲出政事別預算表');
    expect(report).toContain('not parsed: 媒體政策及業務宣導費彙計表');
    expect(report).not.toContain('does not reconcile');
  });

  it('reports a figure that no longer adds up', () => {
    const broken = structuredClone(data);
    const line = broken.budget_lines.find((l) => l.doc === entry.doc && l.level === 'programme')!;
    line.budget! += 1000;
    expect(ingestReport(manifestDocs(dir).docs, broken)).toContain(`does not reconcile: 歲出機關別預算表 line`);
  });
});
