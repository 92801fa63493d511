// The years the data speaks as of come from the data: each document's year and kind (a budget book is
// written the year before its year, a report on a year the year after), never typed into the core.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { asOfSpan, asOfYear } from '../../src/dataset/years.js';
import { DATA_DIR } from '../../src/dataset/paths.js';

const data = loadDataset();
const span = asOfSpan(DATA_DIR);

describe('the as-of years of the data', () => {
  it('run from the earliest document\'s to the latest\'s', () => {
    const years = data.sources.map(asOfYear);
    expect(span).toEqual({ from: Math.min(...years), to: Math.max(...years) });
    for (const s of data.sources.filter((x) => x.type === 'ministry-budget' || x.type === 'unit-budget')) expect(asOfYear(s)).toBe(s.year - 1);
  });

  it('follow the documents a data directory lists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moda-years-'));
    mkdirSync(join(dir, 'sources'));
    const latest = data.sources.reduce((a, b) => (asOfYear(b) > asOfYear(a) ? b : a));
    const later = { ...latest, doc: latest.doc.replace(/^\d{3}/, '999'), year: latest.year + 1 };
    writeFileSync(join(dir, 'sources', 'manifest.json'), JSON.stringify([...data.sources, later]));
    expect(asOfSpan(dir)).toEqual({ from: span.from, to: span.to + 1 });
    writeFileSync(join(dir, 'sources', 'manifest.json'), JSON.stringify([latest]));
    expect(asOfSpan(dir)).toEqual({ from: asOfYear(latest), to: asOfYear(latest) + 1 });
    rmSync(dir, { recursive: true, force: true });
  });
});
