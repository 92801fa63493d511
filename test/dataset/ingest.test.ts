// The committed data is exactly what a fresh ingest produces, and it loads and validates.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, sourceCharacters } from '../../src/dataset/ingest/run.js';
import { buildDataPackage, serializeResource } from '../../src/dataset/ingest/datapackage.js';
import { buildItemIndex, buildPassageIndex, INDEX_FILES } from '../../src/core/search/build.js';
import { buildS2tCharTable } from '../../src/dataset/ingest/s2t.js';
import { DataError, loadDataset, validateDataset } from '../../src/dataset/load.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { RESOURCES, type ResourceName } from '../../src/dataset/schema.js';

const fresh = ingest();

describe('ingest', () => {
  it('reproduces the committed data byte for byte', () => {
    for (const name of Object.keys(RESOURCES) as ResourceName[]) {
      if (name === 'sources') continue;
      expect(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8'), name).toBe(serializeResource(fresh[name]));
    }
    expect(readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8')).toBe(JSON.stringify(buildDataPackage(fresh), null, 2) + '\n');
    expect(readFileSync(join(DATA_DIR, INDEX_FILES.items), 'utf8')).toBe(JSON.stringify(buildItemIndex(fresh)) + '\n');
    expect(readFileSync(join(DATA_DIR, INDEX_FILES.passages), 'utf8')).toBe(JSON.stringify(buildPassageIndex(fresh)) + '\n');
    expect(readFileSync(join(DATA_DIR, 's2t-chars.json'), 'utf8')).toBe(JSON.stringify(buildS2tCharTable(sourceCharacters(fresh))) + '\n');
  });

  it('gives the same output twice', () => {
    const again = ingest();
    for (const name of Object.keys(RESOURCES) as ResourceName[]) expect(serializeResource(again[name])).toBe(serializeResource(fresh[name]));
  });

  it('cites a source line that exists for every record', () => {
    const lengths = new Map(fresh.sources.map((s) => [s.doc, readFileSync(join(DATA_DIR, 'sources', s.doc), 'utf8').split('\n').length]));
    for (const name of ['budget_lines', 'facts', 'major_plans', 'kpis', 'passages'] as const) {
      for (const r of fresh[name]) {
        expect(lengths.has(r.doc), `${r.id} doc`).toBe(true);
        expect(r.line, `${r.id} line`).toBeLessThanOrEqual(lengths.get(r.doc)!);
      }
    }
  });

  it('keeps money in whole NT$', () => {
    for (const l of fresh.budget_lines) for (const v of [l.budget, l.previousBudget, l.finalAccount, l.change]) if (v !== null) expect(Number.isInteger(v)).toBe(true);
    for (const f of fresh.facts) if (f.unit === 'TWD') expect(Number.isInteger(f.value), f.id).toBe(true);
  });
});

describe('loadDataset', () => {
  it('loads the committed data as validation would give it', () => {
    const data = loadDataset();
    expect(data.budget_lines.length).toBe(fresh.budget_lines.length);
    expect(data).toEqual(validateDataset(data));
  });

  it('validates a file edited after the ingest, and names its corrupt record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moda-data-'));
    cpSync(DATA_DIR, dir, { recursive: true, dereference: true });
    const lines = readFileSync(join(dir, 'facts.json'), 'utf8').split('\n');
    const victim = JSON.parse(lines[5].replace(/,$/, '')) as { id: string; value: unknown };
    lines[5] = JSON.stringify({ ...victim, value: 'lots' }) + ',';
    writeFileSync(join(dir, 'facts.json'), lines.join('\n'));
    expect(() => loadDataset(dir)).toThrow(new RegExp(`facts\\.json: record 4 \\(${victim.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): value`));
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the file, record and field of a corrupt record', () => {
    const broken = structuredClone(fresh);
    const victim = broken.budget_lines[3];
    (victim as { budget: unknown }).budget = 'lots';
    expect(() => validateDataset(broken)).toThrow(DataError);
    expect(() => validateDataset(broken)).toThrow(new RegExp(`budget_lines\\.json: record 3 \\(${victim.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): budget`));
  });
});
