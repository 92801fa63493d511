// `npm run ingest -- --add FILE`: a new document's manifest entry, read from the title lines at the
// head of its text (kind, year, agency), and the file copied into sources/ under its id
// `NNN_<first 16 hex digits of its sha256>.txt`. Nothing is asked: what the title does not say fails.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AgencyCode, SourceDoc } from '../schema.js';
import { AGENCY_NAMES, compact } from './source.js';

/** How far into a document its title lines reach. */
const HEAD_LINES = 40;
const MINISTRY = '數位發展部';

interface Kind {
  type: string;
  /** the title as printed, spaces removed; group 1 names the agency where the kind has one */
  title: RegExp;
  zh: (year: number, agency: string) => string;
  en: (year: number, agency: string) => string;
}

const fy = (year: number) => `FY${year + 1911} (ROC ${year})`;
const EN: Record<AgencyCode, string> = {
  '62': 'Ministry of Digital Affairs',
  '6201': 'Ministry of Digital Affairs',
  '6210': 'Administration for Cyber Security',
  '6220': 'Administration for Digital Industries',
};

const KINDS: Kind[] = [
  {
    type: 'ministry-budget', title: /^(\S+主管)預算$/,
    zh: (y, a) => `中華民國${y}年度中央政府總預算 ${a}預算`,
    en: (y) => `Central Government General Budget ${fy(y)}: Ministry of Digital Affairs, ministry-level budget`,
  },
  {
    type: 'unit-budget', title: /^(\S+)單位預算$/,
    zh: (y, a) => `中華民國${y}年度中央政府總預算 ${a}單位預算`,
    en: (y, a) => `Central Government General Budget ${fy(y)}: ${EN[agencyOf(a)!]} unit budget`,
  },
  {
    type: 'performance-report', title: /^(\S+?)\d+年度施政績效報告$/,
    zh: (y, a) => `${a}${y}年度施政績效報告`,
    en: (y) => `Ministry of Digital Affairs annual performance report ${fy(y)}`,
  },
  {
    type: 'major-plans', title: /^()重要社會發展、重大科技發展計畫/,
    zh: (y) => `${MINISTRY}${y}年度重要社會發展、重大科技發展計畫執行情形及目標達成情形表`,
    en: (y) => `Ministry of Digital Affairs ${fy(y)} major social and technology development plans: execution and targets`,
  },
  {
    type: 'legislative-report', title: /^(\S+?)業務概況報告$/,
    zh: (y, a) => `${a}業務概況報告（${y}年）`,
    en: (y) => `Ministry of Digital Affairs report to the Legislative Yuan (ROC ${y})`,
  },
];

/** The agency a printed name stands for: 數位發展部數位產業署 → 6220, 數位發展部主管 → 62. */
function agencyOf(name: string): AgencyCode | null {
  const n = name || MINISTRY;
  const hit = (Object.keys(AGENCY_NAMES) as AgencyCode[]).filter((a) => n === AGENCY_NAMES[a] || n === `${MINISTRY}${AGENCY_NAMES[a]}`);
  return hit.length === 1 ? hit[0] : null;
}

/** The manifest entry of a document's text, read from its title lines, or an error saying what is missing. */
export function entryFor(text: string, seq: number): SourceDoc {
  const head = text.split('\n').slice(0, HEAD_LINES).map((l) => compact(l.replace(/[#*]/g, ''))).filter(Boolean);
  const found = head.flatMap((l) => KINDS.flatMap((k) => (k.title.test(l) ? [{ k, m: k.title.exec(l)! }] : [])));
  if (found.length === 0) throw new Error(`no title line names a known kind of document in the first ${HEAD_LINES} lines (${KINDS.map((k) => k.type).join(', ')})`);
  const { k, m } = found[0];
  const year = head.map((l) => /^(?:中華民國)?(\d{2,3})年(?:度|\d{1,2}月)?$/.exec(l) ?? /(\d{2,3})年度/.exec(l)).find(Boolean);
  if (!year) throw new Error(`no year (中華民國 NNN 年度) in the first ${HEAD_LINES} lines`);
  const agency = agencyOf(m[1]);
  if (!agency) throw new Error(`"${m[1]}" in the title is not an agency of ${MINISTRY} (${Object.values(AGENCY_NAMES).join(', ')})`);
  const y = Number(year[1]);
  const name = m[1] || MINISTRY;
  const publisher = agency === '62' ? MINISTRY : name;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return SourceDoc.parse({
    doc: `${String(seq).padStart(3, '0')}_${hash}.txt`,
    title: k.zh(y, name), titleEn: k.en(y, name), type: k.type, year: y, agency, publisher,
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
    entry = entryFor(text, seq);
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
