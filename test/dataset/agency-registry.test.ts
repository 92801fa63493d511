// One registry of agencies, read from the data: every name comes from a book's agency line or from
// sources/agencies.json, every agency the data names is in it, and no code outside its loader names
// an agency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, CURATED_FILE, ministryOf } from '../../src/dataset/agencies.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Agency } from '../../src/dataset/schema.js';
import { ROOT } from '../../src/dataset/paths.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';
import { offenders, sourceFiles, withoutComments } from '../code-scan.js';

const data = loadDataset();
const registry = data.agencies;
const curated = readFileSync(join(SOURCES_DIR, CURATED_FILE), 'utf8');
const lineOf = (doc: string, n: number) => readFileSync(join(SOURCES_DIR, doc), 'utf8').split('\n')[n - 1];

/**
 * The names an agency goes by that are its own: its printed names and short forms (數產署, 數位部;
 * not words such as 本部 that any ministry uses), its English name, and its acronyms (ADI, MODA).
 */
function names(a: Agency): { words: string[]; acronyms: string[] } {
  const short = (n: string) => /[\u3400-\u9fff]/.test(n) && n.length >= 3 && n[0] === a.name[0] && /(署|部|主管|本部)$/.test(n);
  const words = [a.name, a.fullName, a.official, ...[...a.aliases, ...(a.ambiguous ?? [])].filter(short)];
  const acronyms = [a.short, ...a.aliases, ...(a.ambiguous ?? [])].filter((n) => /^[a-z]{2,5}$/i.test(n)).map((n) => n.toUpperCase());
  return { words, acronyms };
}

describe('the agency registry', () => {
  it('reads each agency\'s name from the agency line a book prints', () => {
    expect(registry.length).toBeGreaterThanOrEqual(4);
    for (const a of registry) {
      const code = `00${a.code.padEnd(4, '0')}0000`;
      expect(lineOf(a.doc, a.line), a.code).toContain(`${code} ${a.name}`);
    }
  });

  it('names every agency the documents and records name', () => {
    const codes = new Set(registry.map((a) => a.code));
    const used = [...data.sources, ...data.budget_lines, ...data.facts, ...data.kpis].map((r) => r.agency).filter((c) => c !== null);
    expect([...new Set(used)].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('is a ministry-level budget, its proper part and the administrations under it', () => {
    const { total, proper, administrations } = ministryOf(registry);
    expect(total.parent).toBeNull();
    expect(`${proper.name}主管`).toBe(total.name);
    for (const a of administrations) expect(a.fullName).toBe(`${proper.name}${a.name}`);
    expect(total.ambiguous?.[0]).toBe(proper.name);
  });

  it('fails on a book that prints an agency under another name, or a listed agency no book prints', () => {
    const book = (doc: string, ...lines: string[]) => ({ doc, lines });
    const [a, b] = registry.slice(-2);
    const code = (x: Agency) => `00${x.code.padEnd(4, '0')}0000`;
    expect(() => buildRegistry([book('x.txt', `${code(a)} ${a.name}`), book('y.txt', `${code(a)} ${b.name}`)], curated)).toThrow(/y\.txt:1: agency .* printed as/);
    expect(() => buildRegistry([book('x.txt', `${code(a)} ${a.name}`)], curated)).toThrow(/lists agency .* no budget book prints/);
  });
});

describe('code outside the registry\'s loader', () => {
  const files = [...sourceFiles(join(ROOT, 'src'), /\.(ts|js)$/), ...sourceFiles(join(ROOT, 'commands'))]
    // the loader; and corrections, which quote one book's printed text and check it is still printed
    .filter((f) => !f.endsWith(join('src', 'dataset', 'agencies.ts')) && !f.endsWith('corrections.ts'));

  it('names no agency', () => {
    const all = registry.map(names);
    const words = [...new Set(all.flatMap((n) => n.words))].sort((x, y) => y.length - x.length).map((n) => n.replace(/ /g, '\\s+'));
    // acronyms as capitals only: moda-budget is the project's name, not the ministry's
    const acronyms = [...new Set(all.flatMap((n) => n.acronyms))];
    const [named, abbreviated] = [new RegExp(words.join('|'), 'i'), new RegExp(`\\b(?:${acronyms.join('|')})\\b`)];
    expect(named.test('數產署 114 預算') && named.test('the ministry of digital  affairs') && abbreviated.test('ADI budget')).toBe(true);
    expect(named.test('此處指部本部') || abbreviated.test("'moda-budget'")).toBe(false);
    expect([...offenders(named, withoutComments, files, ROOT), ...offenders(abbreviated, withoutComments, files, ROOT)]).toEqual([]);
  });
});
