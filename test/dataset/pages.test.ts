// Citations to the printed book: every record of a budget book names the pages its own contents give
// for its table, the page itself lies within them, and every answer citing a book carries them. The
// contents are read here from the text directly (a plain scan), not by the ingest's reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Source } from '../../src/core/answer.js';
import { loadDataset } from '../../src/dataset/load.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { readContents } from '../../src/dataset/ingest/contents.js';
import { sectionsOf } from '../../src/dataset/ingest/sections.js';
import { Doc } from '../../src/dataset/ingest/source.js';
import { SEEDS } from './seeds.js';

const data = loadDataset();
const BOOKS = data.sources.filter((s) => s.type === 'ministry-budget' || s.type === 'unit-budget');
const PROSE = ['prose', 'prose-table'];

/** "8. 歲出機關別預算表	第 40-47 頁" / "5. 人事費彙計表	33" → title → [first, last], for every such line of the file. */
function printedContents(doc: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const line of readFileSync(join(DATA_DIR, 'sources', doc), 'utf8').split('\n')) {
    const m = /^(?:\d+\.|[一二三四五六七八九十]+、)\s*(\S[^\t]*)\t(?:第\s*)?(\d+)(?:-(\d+))?\s*(?:頁)?\s*$/.exec(line.trim());
    if (m) out.set(m[1].replace(/\s+/g, ''), [Number(m[2]), Number(m[3] ?? m[2])]);
  }
  return out;
}

const range = ([first, last]: [number, number]) => (first === last ? String(first) : `${first}-${last}`);
const records = () => [...data.budget_lines, ...data.facts, ...data.kpis, ...data.passages, ...data.major_plans];

describe('page citations of the budget books', () => {
  it('reads each book\'s contents: every entry the book prints, with its pages', () => {
    for (const s of BOOKS) {
      const printed = printedContents(s.doc);
      const read = readContents(new Doc(SEEDS.find((x) => x.doc === s.doc)!));
      expect(printed.size, s.doc).toBeGreaterThan(10);
      expect(new Map(read.map((e) => [e.title, [e.first, e.last]])), s.doc).toEqual(printed);
    }
  });

  it('gives every record of a table the pages the contents list for that table, and its page within them', () => {
    let checked = 0;
    let exact = 0;
    for (const s of BOOKS) {
      const contents = printedContents(s.doc);
      // (the lines of tables no parser reads are passages, placed where they stand: a wide table's second
      // half may print on the next table's pages)
      const read = new Set<unknown>(data.passages);
      for (const r of records().filter((x) => x.doc === s.doc && !PROSE.includes(x.table) && !read.has(x))) {
        const listed = contents.get(r.table);
        expect(listed, `${r.id}: ${r.table} is in the contents`).toBeDefined();
        expect(r.pages, r.id).toBe(range(listed!));
        if (r.page !== undefined) {
          expect(r.page, r.id).toBeGreaterThanOrEqual(listed![0]);
          expect(r.page, r.id).toBeLessThanOrEqual(listed![1]);
          exact++;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(exact).toBeGreaterThan(200);
  });

  it('gives the text of a book the pages of the part it is printed in, and all but the contents\' own lines have some', () => {
    for (const s of BOOKS) {
      const listed = new Set([...printedContents(s.doc).values()].map(range));
      const contentsLines = readContents(new Doc(SEEDS.find((x) => x.doc === s.doc)!)).map((e) => e.line);
      for (const r of records().filter((x) => x.doc === s.doc && PROSE.includes(x.table))) {
        if (contentsLines.includes(r.line)) continue;
        expect(listed.has(r.pages ?? ''), `${r.id} pages ${r.pages}`).toBe(true);
      }
    }
  });

  it('counts pages down a table: the first row is on the first page and pages never go back', () => {
    const rows = data.budget_lines.filter((l) => l.doc.startsWith('000_') && l.table === '歲出機關別預算表').sort((a, b) => a.line - b.line);
    const [first, last] = printedContents(rows[0].doc).get('歲出機關別預算表')!;
    expect(rows[0].page).toBe(first);
    expect(rows.at(-1)!.page).toBeLessThanOrEqual(last);
    for (let i = 1; i < rows.length; i++) expect(rows[i].page!).toBeGreaterThanOrEqual(rows[i - 1].page!);
    expect(new Set(rows.map((r) => r.page)).size).toBe(last - first + 1);
  });

  it('carries the pages into every answer that cites a budget book, on every sample question', () => {
    const engine = createEngine();
    const questions = ['sample-questions.jsonl', 'rephrasings.jsonl'].flatMap((f) =>
      readFileSync(join(import.meta.dirname, '../eval', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q));
    const contents = new Map(BOOKS.map((s) => [s.doc, printedContents(s.doc)]));
    let cited = 0;
    for (const q of questions) {
      const a = engine.ask(q);
      const sources = [...a.sources, ...a.figures.map((f) => f.source)].filter((x): x is Source => !!x);
      for (const src of sources.filter((x) => contents.has(x.doc))) {
        const pages = contents.get(src.doc)!;
        if (src.table && !PROSE.includes(src.table)) expect(src.pages, `${q}: ${src.table}`).toBe(range(pages.get(src.table)!));
        else expect([...pages.values()].map(range), `${q}: line ${src.line}`).toContain(src.pages);
        if (src.page !== undefined) expect(src.pages!.split('-').map(Number)[0]).toBeLessThanOrEqual(src.page);
        cited++;
      }
    }
    expect(cited).toBeGreaterThan(50);
  });
});

describe('sections of the reports', () => {
  it('names the numbered section of every record of a report that is printed under a heading', () => {
    const reports = data.sources.filter((s) => s.type === 'performance-report' || s.type === 'legislative-report').map((s) => s.doc);
    const rows = records().filter((r) => reports.includes(r.doc));
    const named = rows.filter((r) => r.section);
    expect(named.length / rows.length).toBeGreaterThan(0.95);
    for (const r of named) expect(r.section, r.id).toMatch(/^[壹貳參肆伍陸柒捌玖拾]+、/);
  });

  it('reads a report table\'s goal and strategy cells as its numbered headings', () => {
    const lines = ['參、年度目標及策略推動成果：', '年度目標\t推動策略/作為', '二、普及通訊傳播\t(一)規劃並推動關鍵基礎設施相關政策，打造陸海空無所不在的網路\t1. 完成', '\t<p>2. 續</p>'];
    const s = sectionsOf(lines, 1, lines.length, true);
    expect(s.get(1)).toBe('參、年度目標及策略推動成果');
    expect(s.get(4)).toBe('參、二、(一) 規劃並推動關鍵基礎設施相關政策');
  });

  it('starts the text after a report\'s contents under no heading', () => {
    const lines = ['目次', '- 壹、推進國家數位發展政策，建構數位韌性社會的跨域治理能', '量.....1', '- 貳、建構通訊網路.....3', '', '本部主要負責推動我國數位政策。', '壹、推進國家數位發展政策'];
    const s = sectionsOf(lines);
    expect(s.get(6)).toBeUndefined();
    expect(s.get(7)).toBe('壹、推進國家數位發展政策');
  });
});
