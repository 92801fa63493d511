// Indicators: quoted verbatim, values recoverable from the quote, series across documents, disagreements kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKpis } from '../../src/dataset/ingest/kpis.js';
import { SEEDS } from './seeds.js';
import { findCounts } from '../../src/dataset/ingest/kpi-number.js';
import { KPI_DEFINITIONS } from '../../src/dataset/ingest/kpi-defs.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';

const out = parseKpis(SEEDS);
const kpis = out.kpis!;
const disagreements = out.disagreements!;
const lines = new Map<string, string[]>();
const line = (doc: string, n: number) => {
  if (!lines.has(doc)) lines.set(doc, readFileSync(join(SOURCES_DIR, doc), 'utf8').split('\n'));
  return lines.get(doc)![n - 1];
};

/** The prose line before line n, past the blank lines of a page break: where a run-on sentence starts. */
const lineBefore = (doc: string, n: number) => {
  let k = n - 1;
  while (k > 1 && !line(doc, k).trim()) k--;
  return line(doc, k).trim();
};
/** The prose line after line n, past the blank lines of a page break: where a run-on sentence ends. */
const lineAfter = (doc: string, n: number) => {
  let k = n + 1;
  while (line(doc, k) !== undefined && !line(doc, k).trim()) k++;
  return line(doc, k)?.trim() ?? '';
};
const around = (doc: string, n: number) => `${lineBefore(doc, n)}${line(doc, n).trimEnd()}${lineAfter(doc, n)}`;

describe('indicators', () => {
  it('come from every document, at least 80 of them', () => {
    expect(kpis.length).toBeGreaterThanOrEqual(80);
    expect(new Set(kpis.map((k) => k.doc)).size).toBe(5);
  });

  it('quote a sentence that occurs verbatim in the source line, and the value is in it', () => {
    for (const k of kpis) {
      expect(around(k.doc, k.line), k.id).toContain(k.sentence);
      expect(findCounts(k.sentence).map((c) => c.value), k.id).toContain(k.value);
    }
  });

  it('date each figure as a ROC year or month', () => {
    for (const k of kpis) {
      expect(k.asOf, k.id).toMatch(/^1[01]\d(-(0[1-9]|1[0-2]))?$/);
      expect(k.year).toBe(Number(k.asOf.slice(0, 3)));
    }
  });

  it('form series across documents for the recurring indicators', () => {
    const mydata = kpis.filter((k) => k.key === 'mydata_agencies');
    expect(new Set(mydata.map((k) => k.doc)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(mydata.map((k) => k.asOf)).size).toBeGreaterThanOrEqual(2);
    for (const d of KPI_DEFINITIONS) expect(kpis.some((k) => k.key === d.key), d.key).toBe(true);
  });

  it('keep documents that disagree as a listed disagreement, both figures with their lines', () => {
    expect(disagreements.length).toBeGreaterThan(0);
    for (const d of disagreements) {
      expect(new Set(d.figures.map((f) => f.value)).size).toBeGreaterThanOrEqual(2);
      for (const f of d.figures) expect(line(f.doc, f.line)).toContain(f.text);
    }
  });

  it('keep a name glued to a number in what a figure measures (100Mbps, 5G), never half of it', () => {
    const glued = kpis.filter((k) => /\d+[A-Za-z]+\s*\S/.test(k.metric) && k.measure && k.metric.replace(/\s+/g, '').includes(k.measure));
    expect(glued.length).toBeGreaterThan(3);
    for (const k of glued) {
      // where the metric prints 5G or 100Mbps just before the measure's words, the measure keeps it whole
      const at = k.metric.replace(/\s+/g, '').indexOf(k.measure!);
      expect(/[A-Za-z0-9]$/.test(k.metric.replace(/\s+/g, '').slice(0, at)) && /^[A-Za-z]/.test(k.measure!), `${k.id}: ${k.measure}`).toBe(false);
    }
  });

  it('read a sentence a page break cut in two as one: its figure keeps the measure printed before the break', () => {
    const runOn = kpis.filter((k) => !line(k.doc, k.line).includes(k.sentence));
    expect(runOn.length).toBeGreaterThan(0);
    for (const k of runOn) {
      // the quote runs across the break, and the words cut off by it belong to the figure
      expect(around(k.doc, k.line), k.id).toContain(k.sentence);
    }
    // the wallet app's downloads, printed after a page break; the agencies counted before one
    expect(runOn.find((k) => k.sentence.includes('APP 下載量已'))?.measure).toBe('APP下載量');
    expect(runOn.find((k) => k.sentence.endsWith('機關完成零信任身分鑑別機制建置'))?.measure).toContain('零信任');
  });

  it('mark plans and targets: figures of a table\'s target column and figures after 預計', () => {
    const planned = kpis.filter((k) => k.planned);
    expect(planned.some((k) => k.table === 'prose-table' && k.doc.startsWith('003'))).toBe(true);
    expect(planned.some((k) => k.sentence.includes('預計'))).toBe(true);
    // a result reported in the same paragraph as a target is not one
    const result = kpis.find((k) => k.sentence.startsWith('收件總計'));
    expect(result).toBeDefined();
    expect(result!.planned).toBeUndefined();
  });

  it('measure a figure in parentheses by the name just before them', () => {
    const inParens = kpis.filter((k) => /（\s*[\d,]+\s*家）/.test(k.sentence) && k.sentence.includes('能量登錄機制'));
    expect(inParens.length).toBeGreaterThan(0);
    for (const k of inParens.filter((x) => x.measure?.includes('能量登錄'))) expect(k.measure).toMatch(/^資安產品/);
  });

  it('mark a number for each of several things (各 1 份, 各1座), not the number after it', () => {
    const each = kpis.filter((k) => k.each);
    expect(each.length).toBeGreaterThan(2);
    for (const k of each) expect(k.sentence, k.id).toMatch(/各\s*[（(]?\s*[\d,]+/);
    // "各 6 場及 1 場通報應變年會": the 6 is for each, the 1 after it is not
    const [each6, one] = kpis.filter((k) => k.sentence.includes('各 6 場及 1 場')).sort((a, b) => a.sentence.indexOf(String(a.value)) - b.sentence.indexOf(String(b.value)));
    expect(each6?.each).toBe(true);
    expect(one).toBeDefined();
    expect(one!.each).toBeUndefined();
  });

  it('have unique ids', () => {
    expect(new Set(kpis.map((k) => k.id)).size).toBe(kpis.length);
  });
});
