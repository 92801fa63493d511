// Next year's book, made from this year's seeds: the seeds with page headers and blank lines added, a table
// moved, the year relabelled (to the year after every book of its kind) and every amount of one table
// tripled (rows and totals alike). The
// ingest must find every table again and change exactly the figures that were changed.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, writeDataset } from '../../src/dataset/ingest/run.js';
import { SOURCES_DIR, useSources } from '../../src/dataset/ingest/text.js';
import { createEngine } from '../../src/core/engine.js';
import type { Fact, SourceDoc } from '../../src/dataset/schema.js';
import { DOCUMENTS, SEEDS } from './seeds.js';
import { CURATED_FILE } from '../../src/dataset/agencies.js';

const TRAVEL = '派員出國計畫預算彙總表';
const triple = (cell: string) => (/^[\d,]+$/.test(cell) ? (Number(cell.replace(/,/g, '')) * 3).toLocaleString('en-US') : cell);

/** The lines of the travel table: from its running head to the blank line after its rows. */
function travelRange(lines: string[]): [number, number] {
  const title = lines.findIndex((l) => l.replace(/\*/g, '').trim() === TRAVEL);
  const end = lines.findIndex((l, i) => i > title && l.startsWith('1. '));
  return [title - 1, end + 1];
}

/** A year's labels ("中華民國 114 年度", "114年度") as another year's. */
function relabel(lines: string[], from: number, to: number): string[] {
  return lines.map((l) => (new RegExp(`^(中華民國\\s*${from}\\s*年度|${from}年度)$`).test(l.trim()) ? l.replace(String(from), String(to)) : l));
}

/** The year after every document of a kind. */
const nextYear = (kind: string) => Math.max(...DOCUMENTS.filter((s) => s.type === kind).map((s) => s.year)) + 1;

function variantOfMinistryBook(text: string, year: number, next: number): string {
  let lines = relabel(text.split('\n'), year, next);
  const [from, to] = travelRange(lines);
  const table = lines.slice(from, to + 1).map((l, i) => (i < 7 ? l : l.split('\t').map(triple).join('\t')));
  lines = [...lines.slice(0, from), ...lines.slice(to + 1)];
  const econ = lines.findIndex((l) => l.startsWith('職能 別分類'));
  lines = [...lines.slice(0, econ), ...table, '', ...lines.slice(econ)];
  // a fresh extraction: a page header before each blank page, an extra blank line after each blank line
  return lines.flatMap((l) => (l.trim() === '本頁空白' ? ['數位發展部主管', `中華民國${next}年度`, '', l] : l === '' ? [l, ''] : [l])).join('\n');
}

const CAPITAL = '資本支出分析表';

/**
 * The unit budget a year on: relabelled, its 資本支出分析表 (both halves) moved to the head of
 * the attached tables with every amount tripled, its 人事費彙計表 moved to the end, page headers and
 * blank lines added.
 */
function variantOfUnitBudget(text: string, year: number, next: number): string {
  let lines = relabel(text.split('\n'), year, next);
  const from = lines.findIndex((l) => l.includes('006200000 數位發展部主管')) - 2;
  const to = lines.findIndex((l, i) => i > from && /^本 頁 空 白$/.test(l.trim()));
  const right = lines.findIndex((l, i) => i > from && l.trim() === '分析表');
  const table = lines.slice(from, to).map((l, i) => (from + i > right ? l.split('\t').map(triple).join('\t') : l));
  lines = [...lines.slice(0, from), ...lines.slice(to)];
  const attached = lines.findIndex((l) => l.trim() === '三、附屬表');
  lines = [...lines.slice(0, attached + 1), '', ...table, '', ...lines.slice(attached + 1)];
  const p0 = lines.findIndex((l) => l.trim() === '人事費彙計表') - 1;
  const p1 = lines.findIndex((l, i) => i > p0 && l.trim() === '預算員額') - 1;
  lines = [...lines.slice(0, p0), ...lines.slice(p1), '', ...lines.slice(p0, p1)];
  return lines.flatMap((l) => (/^本 頁 空 白$/.test(l.trim()) ? ['數位發展部數位產業署', `中華民國${next}年度`, '', l] : l === '' ? [l, ''] : [l])).join('\n');
}

const VARIANTS: Record<string, { year: number; make: (text: string, year: number, next: number) => string }> = {
  'ministry-budget': { year: nextYear('ministry-budget'), make: variantOfMinistryBook },
  'unit-budget': { year: nextYear('unit-budget'), make: variantOfUnitBudget },
};

function makeVariant(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moda-variant-'));
  const sources = join(dir, 'sources');
  const varied = (s: SourceDoc) => SEEDS.includes(s) && VARIANTS[s.type] !== undefined;
  const manifest = DOCUMENTS.map((s) => (varied(s) ? { ...s, year: VARIANTS[s.type].year } : s));
  mkdirSync(sources);
  writeFileSync(join(sources, 'manifest.json'), JSON.stringify(manifest, null, 2));
  copyFileSync(join(SOURCES_DIR, CURATED_FILE), join(sources, CURATED_FILE));
  for (const s of DOCUMENTS) {
    if (!varied(s)) copyFileSync(join(SOURCES_DIR, s.doc), join(sources, s.doc));
    else writeFileSync(join(sources, s.doc), VARIANTS[s.type].make(readFileSync(join(SOURCES_DIR, s.doc), 'utf8'), s.year, VARIANTS[s.type].year));
  }
  return dir;
}

const book = SEEDS.find((s) => s.type === 'ministry-budget')!.doc;
const unit = SEEDS.find((s) => s.type === 'unit-budget')!.doc;
const seedData = ingest();
const dir = makeVariant();
const variant = ingest(dir);
afterAll(() => useSources(SOURCES_DIR));

describe('a variant of the ministry book', () => {
  const year = VARIANTS['ministry-budget'].year;

  it('gives the same facts, relabelled a year on, with the travel table tripled', () => {
    const before = new Map(seedData.facts.filter((f) => f.doc === book).map((f) => [f.id, f]));
    const after = variant.facts.filter((f) => f.doc === book);
    expect(after.map((f) => f.id).sort()).toEqual([...before.keys()].sort());
    for (const f of after) {
      const was = before.get(f.id)!;
      expect(f.year, f.id).toBe(year);
      expect(f.value, f.id).toBe(f.table === TRAVEL ? was.value * 3 : was.value);
      expect(variant.sources.length).toBe(seedData.sources.length);
    }
    expect(after.some((f) => f.table === TRAVEL && f.value > 0)).toBe(true);
  });

  it('gives the same budget lines, relabelled a year on', () => {
    const before = seedData.budget_lines.filter((l) => l.doc === book);
    const after = variant.budget_lines.filter((l) => l.doc === book);
    expect(after.map((l) => [l.id, l.budget, l.change])).toEqual(before.map((l) => [l.id, l.budget, l.change]));
    expect(after.every((l) => l.year === year)).toBe(true);
  });

  it('leaves the other documents as they were', () => {
    const strip = (fs: Fact[]) => fs.filter((f) => f.doc !== book && f.doc !== unit);
    expect(strip(variant.facts)).toEqual(strip(seedData.facts));
  });

  it('answers a question of the new year with the changed figure and its line', () => {
    writeDataset(variant, dir);
    const travel = variant.facts.find((f) => f.table === TRAVEL && f.subject === '數位產業署' && f.category === '合計')!;
    const answer = JSON.stringify(createEngine(dir).ask(`${year}年度數位產業署派員出國計畫預算`));
    expect(answer).toContain(String(travel.value));
    expect(answer).toContain(`"line":${travel.line}`);
  });
});

describe('a variant of the unit budget', () => {
  it('gives the same facts, a year later, with the capital table tripled', () => {
    // ids that name a year (positions of this year and the last) name the year a book later; an
    // office row the table does not name is known by its line
    const from = SEEDS.find((s) => s.type === 'unit-budget')!.year;
    const by = VARIANTS['unit-budget'].year - from;
    const shifted = (id: string) => id.replace(new RegExp(`:(${from - 1}|${from})(?=:|$)`, 'g'), (_, y) => `:${Number(y) + by}`);
    const unlined = (id: string) => id.replace(/:line\d+:/, ':line:');
    const before = new Map(seedData.facts.filter((f) => f.doc === unit).map((f) => [unlined(shifted(f.id)), f]));
    const after = variant.facts.filter((f) => f.doc === unit);
    expect(after.map((f) => unlined(f.id)).sort()).toEqual([...before.keys()].sort());
    for (const f of after) {
      const was = before.get(unlined(f.id))!;
      expect(f.year, f.id).toBe(was.year + by);
      expect(f.value, f.id).toBe(f.table === CAPITAL && f.unit === 'TWD' ? was.value * 3 : was.value);
    }
    expect(after.filter((f) => f.table === CAPITAL).length).toBeGreaterThan(5);
    const lines = (table: string) => after.filter((f) => f.table === table).map((f) => f.line);
    expect(Math.min(...lines('人事費彙計表'))).toBeGreaterThan(Math.max(...lines('委辦經費分析表')));
    expect(Math.max(...lines(CAPITAL))).toBeLessThan(Math.min(...lines('歲出計畫提要及分支計畫概況表')));
  });

  it('gives the same budget lines, relabelled a year on', () => {
    const before = seedData.budget_lines.filter((l) => l.doc === unit);
    const after = variant.budget_lines.filter((l) => l.doc === unit);
    expect(after.map((l) => [l.id, l.budget, l.explanation])).toEqual(before.map((l) => [l.id, l.budget, l.explanation]));
    expect(after.every((l) => l.year === VARIANTS['unit-budget'].year)).toBe(true);
  });

  it('answers a question of the new year with the tripled figure and its moved line', () => {
    writeDataset(variant, dir);
    const vehicles = variant.facts.find((f) => f.doc === unit && f.table === CAPITAL && f.subject === '數位產業署' && f.category === '運輸設備')!;
    const answer = JSON.stringify(createEngine(dir).ask(`${VARIANTS['unit-budget'].year}年度數位產業署運輸設備預算`));
    expect(answer).toContain(String(vehicles.value));
    expect(answer).toContain(`"line":${vehicles.line}`);
  });
});
