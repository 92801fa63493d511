// A table the ingest finds but has no reader for is still text: its lines are passages, cited by the
// table's title and line like any other record, found by a search, and the ingest report says so.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { Doc } from '../../src/dataset/ingest/source.js';
import { cells } from '../../src/dataset/ingest/text.js';
import { unreadTables } from '../../src/dataset/ingest/unread-tables.js';
import { ingestReport } from '../../src/dataset/ingest/report.js';
import { BUDGET_BOOKS } from '../../src/dataset/ingest/parsers.js';
import { createEngine } from '../../src/core/engine.js';
import { DOCUMENTS } from './seeds.js';

const data = loadDataset();
const books = DOCUMENTS.filter((s) => BUDGET_BOOKS.includes(s.type)).map((s) => new Doc(s));
const unread = books.map((d) => ({ d, tables: unreadTables(d, data) }));
const engine = createEngine();

describe('tables no parser reads', () => {
  it('are found in the budget books, printed on their pages', () => {
    expect(unread.flatMap(({ tables }) => tables.filter((t) => t.printed && t.lines.length)).length).toBeGreaterThanOrEqual(3);
  });

  it('keep each line with words on it as a passage under the table\'s title, as the line prints it', () => {
    for (const { d, tables } of unread) {
      for (const t of tables) {
        const kept = data.passages.filter((p) => p.doc === d.name && p.table === t.title);
        expect(kept.map((p) => p.line), `${d.id} ${t.title}`).toEqual(t.lines);
        for (const p of kept) {
          expect(p.text).toBe(cells(d.text(p.line)).filter(Boolean).join(' '));
          expect(p.headings).toEqual([t.title]);
        }
      }
    }
  });

  it('keep lines no parser read', () => {
    for (const { d, tables } of unread) {
      const read = new Set([...data.facts, ...data.budget_lines].filter((r) => r.doc === d.name).map((r) => r.line));
      for (const t of tables) expect(t.lines.filter((n) => read.has(n)), t.title).toEqual([]);
    }
  });

  it('are said in the ingest report, with how many lines were kept', () => {
    const report = ingestReport(books, data);
    for (const { tables } of unread) for (const t of tables.filter((x) => x.lines.length)) expect(report).toContain(`not parsed: ${t.title}${t.printed ? '' : ' (listed'}`);
    for (const { tables } of unread) for (const t of tables.filter((x) => x.printed && x.lines.length)) expect(report).toContain(`${t.title} (${t.lines.length} lines kept as searchable passages)`);
  });

  it('are found by a search, cited by table and line', () => {
    // the lines of each title, in every book that prints it
    const kept = new Map<string, Set<string>>();
    for (const { d, tables } of unread) for (const t of tables) for (const n of t.lines) kept.set(t.title, (kept.get(t.title) ?? new Set()).add(`${d.name}:${n}`));
    for (const { tables } of unread) {
      for (const t of tables.filter((x) => x.printed && x.lines.length)) {
        const a = engine.ask(`search ${t.title}`);
        expect(a.sources.some((s) => s.table === t.title && kept.get(t.title)!.has(`${s.doc}:${s.line}`)), t.title).toBe(true);
      }
    }
  });
});
