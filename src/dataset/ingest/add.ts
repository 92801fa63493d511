// `npm run ingest -- --add FILE`: a new document's manifest entry, read from the title lines at the
// head of its text (kind, year, agency), and the file copied into sources/ under its id
// `NNN_<first 16 hex digits of its sha256>.txt`. Nothing is asked: what the title does not say fails.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SourceDoc, type Agency } from '../schema.js';
import { compact, agencies } from './source.js';
import { ministryOf, registryOf } from '../agencies.js';

/** How far into a document its title lines reach. */
const HEAD_LINES = 40;

interface Kind {
  type: string;
  /** the title as printed, spaces removed; group 1 names the agency where the kind has one */
  title: RegExp;
  zh: (year: number, agency: Agency, registry: Agency[]) => string;
  en: (year: number, agency: Agency) => string;
}

const fy = (year: number) => `FY${year + 1911} (ROC ${year})`;

const KINDS: Kind[] = [
  {
    type: 'ministry-budget', title: /^(\S+主管)預算$/,
    zh: (y, a) => `中華民國${y}年度中央政府總預算 ${a.fullName}預算`,
    en: (y, a) => `Central Government General Budget ${fy(y)}: ${a.official}, ministry-level budget`,
  },
  {
    type: 'unit-budget', title: /^(\S+)單位預算$/,
    zh: (y, a) => `中華民國${y}年度中央政府總預算 ${a.fullName}單位預算`,
    en: (y, a) => `Central Government General Budget ${fy(y)}: ${a.official} unit budget`,
  },
  {
    type: 'performance-report', title: /^(\S+?)\d+年度施政績效報告$/,
    zh: (y, a) => `${a.fullName}${y}年度施政績效報告`,
    en: (y, a) => `${a.official} annual performance report ${fy(y)}`,
  },
  {
    type: 'major-plans', title: /^()重要社會發展、重大科技發展計畫/,
    zh: (y, _, r) => `${ministryOf(r).proper.name}${y}年度重要社會發展、重大科技發展計畫執行情形及目標達成情形表`,
    en: (y, a) => `${a.official} ${fy(y)} major social and technology development plans: execution and targets`,
  },
  {
    type: 'legislative-report', title: /^(\S+?)業務概況報告$/,
    zh: (y, a) => `${a.fullName}業務概況報告（${y}年）`,
    en: (y, a) => `${a.official} report to the Legislative Yuan (ROC ${y})`,
  },
];

/** The agency a printed name stands for, by its name or full name (數位產業署, 數位發展部數位產業署); no name: the ministry proper. */
function agencyNamed(registry: Agency[], name: string): Agency | null {
  const n = name || ministryOf(registry).proper.name;
  const hit = registry.filter((a) => n === a.name || n === a.fullName);
  return hit.length === 1 ? hit[0] : null;
}

/**
 * The manifest entry of a document's text, read from its title lines, or an error saying what is
 * missing. Agencies are the registry's: of the sources in use, unless another is given.
 */
export function entryFor(text: string, seq: number, registry: Agency[] = agencies()): SourceDoc {
  const head = text.split('\n').map((l) => compact(l.replace(/[#*]/g, ''))).filter(Boolean).slice(0, HEAD_LINES);
  const found = head.flatMap((l) => KINDS.flatMap((k) => (k.title.test(l) ? [{ k, m: k.title.exec(l)! }] : [])));
  if (found.length === 0) throw new Error(`no title line names a known kind of document in the first ${HEAD_LINES} lines (${KINDS.map((k) => k.type).join(', ')})`);
  const { k, m } = found[0];
  const year = head.map((l) => /^(?:中華民國)?(\d{2,3})年(?:度|\d{1,2}月)?$/.exec(l) ?? /(\d{2,3})年度/.exec(l)).find(Boolean);
  if (!year) throw new Error(`no year (中華民國 NNN 年度) in the first ${HEAD_LINES} lines`);
  const agency = agencyNamed(registry, m[1]);
  const { total, proper } = ministryOf(registry);
  if (!agency) throw new Error(`"${m[1]}" in the title is not an agency of ${proper.name} (${registry.map((a) => a.name).join(', ')})`);
  const y = Number(year[1]);
  const publisher = agency.code === total.code ? proper.name : m[1] || proper.name;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return SourceDoc.parse({
    doc: `${String(seq).padStart(3, '0')}_${hash}.txt`,
    title: k.zh(y, agency, registry), titleEn: k.en(y, agency), type: k.type, year: y, agency: agency.code, publisher,
  });
}

/** Copies a document into a sources directory and appends its entry to the manifest there; `undo` takes both back. */
export function addDocument(file: string, sourcesDir: string): { entry: SourceDoc; undo: () => void } {
  const text = readFileSync(file, 'utf8');
  const manifestPath = join(sourcesDir, 'manifest.json');
  const manifest = SourceDoc.array().parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const seq = Math.max(-1, ...manifest.map((s) => Number(s.doc.slice(0, 3)))) + 1;
  let entry: SourceDoc;
  try {
    // the registry of the sources, and the agency lines of the new text (an agency new to the books)
    entry = entryFor(text, seq, registryOf(sourcesDir, [{ doc: basename(file), lines: text.split('\n') }]));
  } catch (e) {
    throw new Error(`${basename(file)}: ${(e as Error).message}; nothing was added`);
  }
  const same = manifest.find((s) => s.doc.slice(4) === entry.doc.slice(4));
  if (same) throw new Error(`${basename(file)} is already listed as ${same.doc}`);
  const before = readFileSync(manifestPath, 'utf8');
  copyFileSync(file, join(sourcesDir, entry.doc));
  writeFileSync(manifestPath, JSON.stringify([...manifest, entry], null, 2) + '\n');
  return {
    entry,
    undo: () => {
      writeFileSync(manifestPath, before);
      rmSync(join(sourcesDir, entry.doc));
    },
  };
}
