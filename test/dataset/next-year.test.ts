// Next year's ministry book, for real: made from the latest one (a year on, every amount changed with its
// totals, whitespace as another export prints it), added with `npm run ingest -- --add` to a copy of
// the data directory (never to data/ itself). It sits beside this year's book: items merge across
// the books, a year asked is read from the book that prints it, and 114-vs-115 questions read each
// year from its own book. (`DATA_DIR=<that copy> npm test` runs every other test against it.)
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { useSources, SOURCES_DIR } from '../../src/dataset/ingest/text.js';
import { findLineDisagreements, lineKey } from '../../src/dataset/ingest/disagreements.js';
import { ministryOf } from '../../src/dataset/agencies.js';
import { createEngine } from '../../src/core/engine.js';
import type { BudgetLine, Fact } from '../../src/dataset/schema.js';
import { addNextYearBook, NEXT_MINISTRY_BOOK } from './next-year.js';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const committed = hashOf(join(DATA_DIR, 'sources', 'manifest.json'));
const base = mkdtempSync(join(tmpdir(), 'moda-next-year-'));
const dir = join(base, 'data');
const added = addNextYearBook(DATA_DIR, dir);
const data = loadDataset(dir);
const next = data.sources.at(-1)!;
const engine = createEngine(dir);
const { factor } = NEXT_MINISTRY_BOOK;
afterAll(() => {
  useSources(SOURCES_DIR);
  rmSync(base, { recursive: true, force: true });
});

const linesOf = (doc: string) => data.budget_lines.filter((l) => l.doc === doc);
const text = (doc: string, line: number) => readFileSync(join(dir, 'sources', doc), 'utf8').split('\n')[line - 1];
const thousands = (twd: number) => (twd / 1000).toLocaleString('en-US');
const { total, administrations } = ministryOf(data.agencies);

describe('npm run ingest -- --add with next year\'s ministry book', () => {
  it('adds it to the copy and reports it, leaving data/ as it was', () => {
    expect(added.status, added.stderr).toBe(0);
    expect(next).toMatchObject({ type: 'ministry-budget', year: added.year, agency: total.code });
    expect(added.stderr).toContain(`added ${next.doc}`);
    expect(added.stderr).toContain(`${next.doc} (ministry-budget ${added.year}, ${total.name})`);
    expect(added.stderr).not.toContain('does not reconcile');
    expect(hashOf(join(DATA_DIR, 'sources', 'manifest.json'))).toBe(committed);
  });

  it('reads every line of it: this year\'s figure times the factor, last year\'s the old book\'s own', () => {
    const old = new Map(linesOf(added.fromDoc).map((l) => [lineKey(l), l]));
    const lines = linesOf(next.doc).filter((l) => l.level !== 'plan');
    // a ministry-wide revenue row is kept where it prints a figure: one the old book printed for its
    // final account alone prints nothing but dashes a year on
    const printsOne = (l: BudgetLine) => l.table !== '歲入來源別預算比較總表' || Boolean(l.budget || l.previousBudget);
    const kept = linesOf(added.fromDoc).filter((l) => l.level !== 'plan' && printsOne(l));
    expect(lines.map(lineKey).sort()).toEqual(kept.map(lineKey).sort());
    for (const l of lines) {
      const was = old.get(lineKey(l))!;
      expect([l.year, l.budget, l.previousBudget, l.change], l.id).toEqual([added.year, was.budget! * factor, was.budget, was.budget! * (factor - 1)]);
      expect(text(next.doc, l.line), l.id).toContain(thousands(l.budget!).replace(/^-/, ''));
    }
  });

  it('reads the plans its explanations name: this year\'s amount times the factor', () => {
    const old = new Map(linesOf(added.fromDoc).filter((l) => l.level === 'plan').map((l) => [l.id.slice(4), l]));
    const plans = linesOf(next.doc).filter((l) => l.level === 'plan');
    // an explanation that lists part of its row is read by its changes, which the new book states as before
    expect(plans.length).toBeGreaterThan(old.size * 0.9);
    for (const p of plans) expect(p.budget, p.id).toBe(old.get(p.id.slice(4))!.budget! * factor);
  });

  it('reads every fact of it: money times the factor, head counts as they were', () => {
    const key = (f: Fact) => f.id.replace(/^\d{3}:/, '');
    const old = new Map(data.facts.filter((f) => f.doc === added.fromDoc).map((f) => [key(f), f]));
    const facts = data.facts.filter((f) => f.doc === next.doc);
    expect(facts.length).toBe(old.size);
    for (const f of facts) expect(f.value, f.id).toBe(old.get(key(f))!.value * (f.unit === 'TWD' ? factor : 1));
  });

  it('finds the two books agree on the year they share (the new book\'s 上年度, the old one\'s 本年度)', () => {
    const ofLines = data.disagreements.filter((d) => d.figures.some((f) => f.doc === next.doc) && /^(expenditure|revenue):/.test(d.id));
    expect(ofLines).toEqual([]);
  });

  it('lists a year the two books state differently as a disagreement, both figures kept', () => {
    const changed = linesOf(next.doc).find((l) => l.level === 'workplan')!;
    const lines = data.budget_lines.map((l): BudgetLine => (l === changed ? { ...l, previousBudget: l.previousBudget! + 1000 } : l));
    useSources(join(dir, 'sources'));
    const found = findLineDisagreements(lines);
    expect(found.map((d) => d.figures.map((f) => [f.doc, f.value]))).toEqual([[
      [added.fromDoc, changed.previousBudget],
      [next.doc, changed.previousBudget! + 1000],
    ]]);
  });
});

describe('the bot with both books', () => {
  const agency = administrations.at(-1)!;
  const line = (doc: string) => linesOf(doc).find((l) => l.level === 'agency' && l.agency === agency.code)!;

  it(`answers a ${NEXT_MINISTRY_BOOK.years === 1 ? 'next-year' : ''} question from the new book, with its line`, () => {
    const a = engine.ask(`${agency.name} ${added.year} 年度預算`);
    expect(a.figures[0]).toMatchObject({ value: line(next.doc).budget, year: added.year, source: { doc: next.doc, line: line(next.doc).line } });
  });

  it('answers this year from this year\'s book, though the new one prints it as last year\'s', () => {
    const a = engine.ask(`${agency.name} ${added.year - 1} 年度預算`);
    expect(a.figures[0]).toMatchObject({ value: line(added.fromDoc).budget, source: { doc: added.fromDoc, line: line(added.fromDoc).line } });
  });

  it('compares the two years, each read from its own book', () => {
    const a = engine.ask(`${agency.name} ${added.year - 1} 年度和 ${added.year} 年度預算比較`);
    const figure = (year: number) => a.figures.find((f) => f.year === year && f.measure === 'budget');
    expect(figure(added.year)).toMatchObject({ value: line(next.doc).budget, source: { doc: next.doc, line: line(next.doc).line } });
    expect(figure(added.year - 1)).toMatchObject({ value: line(added.fromDoc).budget, source: { doc: added.fromDoc, line: line(added.fromDoc).line } });
    expect(a.sources.map((s) => s.doc)).toEqual(expect.arrayContaining([next.doc, added.fromDoc]));
  });

  it('answers in English by AD year', () => {
    const a = engine.ask(`${agency.short} budget ${added.year + 1911}`);
    expect(a.figures[0]).toMatchObject({ value: line(next.doc).budget, source: { doc: next.doc } });
  });
});
