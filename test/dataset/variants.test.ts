// Next year's book, made from this year's: the seeds with page headers and blank lines added, a table
// moved, the year relabelled 115 and every amount of one table tripled (rows and totals alike). The
// ingest must find every table again and change exactly the figures that were changed.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, writeDataset } from '../../src/dataset/ingest/run.js';
import { SOURCES_DIR, useSources } from '../../src/dataset/ingest/text.js';
import { createEngine } from '../../src/core/engine.js';
import type { Fact } from '../../src/dataset/schema.js';
import { SEEDS } from './seeds.js';

const TRAVEL = '派員出國計畫預算彙總表';
const triple = (cell: string) => (/^[\d,]+$/.test(cell) ? (Number(cell.replace(/,/g, '')) * 3).toLocaleString('en-US') : cell);

/** The lines of the travel table: from its running head to the blank line after its rows. */
function travelRange(lines: string[]): [number, number] {
  const title = lines.findIndex((l) => l.replace(/\*/g, '').trim() === TRAVEL);
  const end = lines.findIndex((l, i) => i > title && l.startsWith('1. '));
  return [title - 1, end + 1];
}

function variantOfMinistryBook(text: string): string {
  let lines = text.split('\n').map((l) => (/^(中華民國\s*114\s*年度|114年度)$/.test(l.trim()) ? l.replace('114', '115') : l));
  const [from, to] = travelRange(lines);
  const table = lines.slice(from, to + 1).map((l, i) => (i < 7 ? l : l.split('\t').map(triple).join('\t')));
  lines = [...lines.slice(0, from), ...lines.slice(to + 1)];
  const econ = lines.findIndex((l) => l.startsWith('職能 別分類'));
  lines = [...lines.slice(0, econ), ...table, '', ...lines.slice(econ)];
  // a fresh extraction: a page header before each blank page, an extra blank line after each blank line
  return lines.flatMap((l) => (l.trim() === '本頁空白' ? ['數位發展部主管', '中華民國115年度', '', l] : l === '' ? [l, ''] : [l])).join('\n');
}

function makeVariant(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moda-variant-'));
  const sources = join(dir, 'sources');
  const manifest = SEEDS.map((s) => (s.type === 'ministry-budget' ? { ...s, year: 115 } : s));
  mkdirSync(sources);
  writeFileSync(join(sources, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const s of SEEDS) {
    if (s.type !== 'ministry-budget') copyFileSync(join(SOURCES_DIR, s.doc), join(sources, s.doc));
    else writeFileSync(join(sources, s.doc), variantOfMinistryBook(readFileSync(join(SOURCES_DIR, s.doc), 'utf8')));
  }
  return dir;
}

const book = SEEDS.find((s) => s.type === 'ministry-budget')!.doc;
const seedData = ingest();
const dir = makeVariant();
const variant = ingest(dir);
afterAll(() => useSources(SOURCES_DIR));

describe('a variant of the ministry book', () => {
  it('gives the same facts, relabelled 115, with the travel table tripled', () => {
    const before = new Map(seedData.facts.filter((f) => f.doc === book).map((f) => [f.id, f]));
    const after = variant.facts.filter((f) => f.doc === book);
    expect(after.map((f) => f.id).sort()).toEqual([...before.keys()].sort());
    for (const f of after) {
      const was = before.get(f.id)!;
      expect(f.year, f.id).toBe(115);
      expect(f.value, f.id).toBe(f.table === TRAVEL ? was.value * 3 : was.value);
      expect(variant.sources.length).toBe(seedData.sources.length);
    }
    expect(after.some((f) => f.table === TRAVEL && f.value > 0)).toBe(true);
  });

  it('gives the same budget lines, relabelled 115', () => {
    const before = seedData.budget_lines.filter((l) => l.doc === book);
    const after = variant.budget_lines.filter((l) => l.doc === book);
    expect(after.map((l) => [l.id, l.budget, l.change])).toEqual(before.map((l) => [l.id, l.budget, l.change]));
    expect(after.every((l) => l.year === 115)).toBe(true);
  });

  it('leaves the other documents as they were', () => {
    const strip = (fs: Fact[]) => fs.filter((f) => f.doc !== book);
    expect(strip(variant.facts)).toEqual(strip(seedData.facts));
  });

  it('answers a 115 question with the changed figure and its line', () => {
    writeDataset(variant, dir);
    const travel = variant.facts.find((f) => f.table === TRAVEL && f.subject === '數位產業署' && f.category === '合計')!;
    const answer = JSON.stringify(createEngine(dir).ask('115年度數位產業署派員出國計畫預算'));
    expect(answer).toContain(String(travel.value));
    expect(answer).toContain(`"line":${travel.line}`);
  });
});
