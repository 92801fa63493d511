// Prose passages: every document has them, each comes from its line, none is empty or only figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePassages, splitLong } from '../../src/dataset/ingest/passages.js';
import { SEEDS } from './seeds.js';
import { plainText, SOURCES_DIR } from '../../src/dataset/ingest/text.js';

const passages = parsePassages(SEEDS).passages!;

describe('passages', () => {
  it('cover every document', () => {
    expect(new Set(passages.map((p) => p.doc)).size).toBe(5);
  });
  it('come from their source line and are prose', () => {
    const files = new Map<string, string[]>();
    for (const p of passages) {
      if (!files.has(p.doc)) files.set(p.doc, readFileSync(join(SOURCES_DIR, p.doc), 'utf8').split('\n'));
      const source = plainText(files.get(p.doc)![p.line - 1].replace(/\t/g, ' '));
      expect(source, p.id).toContain(p.text.slice(0, 20));
      expect(p.text.trim().length).toBeGreaterThan(0);
      expect(p.text).toMatch(/[\u4e00-\u9fff]/);
      expect(p.text.length).toBeLessThanOrEqual(600);
    }
  });
  it('carry the heading path above them', () => {
    const mydata = passages.find((p) => p.doc.startsWith('004') && p.text.includes('會員人數'));
    expect(mydata?.headings.join(' ')).toContain('MyData');
  });
  it('split long text at sentence ends', () => {
    const long = passages.map((p) => p.text).join('').slice(0, 2000);
    expect(splitLong(long).join('')).toBe(long.trim());
  });
});
