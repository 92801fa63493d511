// A unit budget's lines follow what the book prints: its 歲出機關別預算表 where the table is whole;
// where a page of it is lost, the correction for that one book (quoting what the table still prints)
// says where its rows are read, and a book with neither fails, saying so.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/dataset/ingest/source.js';
import { parseBudgetBook } from '../../src/dataset/ingest/book.js';
import { AGENCY_TABLE, agencyTableRows } from '../../src/dataset/ingest/unit-lines.js';
import { LOST_ROWS, quotedLine } from '../../src/dataset/ingest/corrections.js';
import { OBJECT_CLASS_TABLE } from '../../src/dataset/ingest/tables.js';
import { PLAN_TABLE } from '../../src/dataset/ingest/programmes.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { seed } from './seeds.js';

const book = seed('unit-budget');
const seedLines = parseBudgetBook(book).budget_lines!;
const at = (lines: BudgetLine[], level: BudgetLine['level']) => lines.filter((l) => l.level === level);
const thousands = (twd: number) => (twd / 1000).toLocaleString('en-US');

/** The same book with other lines: a Doc over a text of its own. */
function bookWith(lines: string[]): Doc {
  const d = new Doc({ doc: book.name, title: '', titleEn: '', type: book.kind, year: book.year, agency: book.agency, publisher: '' });
  Object.defineProperty(d, 'lines', { get: () => lines });
  return d;
}

/**
 * The book with its lost page printed again: the agency, function and programme rows above the row
 * that survived (figures from the seed's lines, a previous year of twice the budget), the tail of
 * a lost row's explanation given back to its row, and the function named `fn`.
 */
function restored(fn: string): string[] {
  const lines = [...book.lines];
  const quote = LOST_ROWS[0];
  const n = quotedLine(book, quote) - 1;
  const [tail] = quote.printed.split('\t').slice(-1);
  const row = (code: string, name: string, l: BudgetLine) =>
    `\t\t\t\t${code} ${name}\t${thousands(l.budget!)}\t${thousands(l.budget! * 2)}\t${thousands(l.budget!)}\t-${thousands(l.budget!)}\t本年度預算數${thousands(l.budget!)}千元。${l.level === 'programme' ? tail : ''}`;
  const [agency] = at(seedLines, 'agency');
  const [func] = at(seedLines, 'function');
  const lost = at(seedLines, 'programme').filter((p) => p.table !== AGENCY_TABLE);
  lines.splice(n, 1, row(agency.code!, agency.name, agency), row(func.code!, fn, func), ...lost.map((p) => row(p.code!, p.name, p)), lines[n].replace(tail, ''));
  return lines;
}

describe('a unit budget whose 歲出機關別預算表 lost its first page', () => {
  it('reads the agency and function from the object-class analysis, as the correction for the book says', () => {
    const [agency] = at(seedLines, 'agency');
    const [fn] = at(seedLines, 'function');
    expect([agency.table, fn.table]).toEqual([OBJECT_CLASS_TABLE, OBJECT_CLASS_TABLE]);
    expect(LOST_ROWS[0].readFrom).toContain(OBJECT_CLASS_TABLE);
    expect(book.text(agency.line)).toContain(thousands(agency.budget!));
    expect(agency.previousBudget).toBeNull();
  });

  it('reads each programme from the row the table still prints, else from its sub-programme table', () => {
    const tables = new Set(at(seedLines, 'programme').map((p) => p.table));
    expect(tables).toEqual(new Set([AGENCY_TABLE, PLAN_TABLE]));
    for (const row of agencyTableRows(book)) expect(seedLines.find((l) => l.code === row.code)?.table).toBe(AGENCY_TABLE);
  });

  it('fails without the correction, saying what the table lacks', () => {
    const lines = book.lines.map((l) => l.replace(LOST_ROWS[0].printed, LOST_ROWS[0].printed.replace('23千元', '二十三千元')));
    expect(() => parseBudgetBook(bookWith(lines))).toThrow(/歲出機關別預算表 does not open with the agency line 0062200000/);
  });
});

describe('the same unit budget with its 歲出機關別預算表 whole', () => {
  const lines = restored('科學及技術支出');
  const read = parseBudgetBook(bookWith(lines)).budget_lines!;

  it('reads agency, function and programmes from the table, with every column it prints', () => {
    for (const level of ['agency', 'function', 'programme'] as const) {
      const got = at(read, level);
      expect(got.map((l) => l.code)).toEqual(at(seedLines, level).map((l) => l.code));
      for (const l of got) {
        expect(l.table, l.id).toBe(AGENCY_TABLE);
        expect(lines[l.line - 1], l.id).toContain(`${l.code} ${l.name}`);
        expect(l.previousBudget === null ? null : l.budget! - l.previousBudget, l.id).toBe(l.change);
      }
    }
    expect(at(read, 'agency')[0].previousBudget).toBe(at(seedLines, 'agency')[0].budget! * 2);
    const [agency, fn] = [at(read, 'agency')[0], at(read, 'function')[0]];
    expect([agency.parent, fn.parent, ...new Set(at(read, 'programme').map((p) => p.parent))]).toEqual([null, agency.id, fn.id]);
  });

  it('names the function as the table prints it', () => {
    expect(at(read, 'function')[0].name).toBe('科學及技術支出');
  });

  it('keeps every sub-programme and named plan under its programme', () => {
    const shape = (ls: BudgetLine[]) => ls.filter((l) => l.level === 'subprogramme' || l.table === PLAN_TABLE && l.level === 'plan').map((l) => [l.id, l.parent, l.budget]);
    expect(shape(read)).toEqual(shape(seedLines));
  });

  it('no longer takes the correction for the lost page', () => {
    expect(read.some((l) => l.table === OBJECT_CLASS_TABLE)).toBe(false);
    const stale = restored('科學支出').map((l, i, all) => (i === all.findIndex((x) => x.includes('第一預備金\t3,000')) ? `${l}${LOST_ROWS[0].printed}` : l));
    expect(() => parseBudgetBook(bookWith(stale))).toThrow(/no longer applies/);
  });
});
