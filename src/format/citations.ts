// Citations as a person reads them: the document's short title, the table, the row and the line,
// grouped by document so that a title is said once ("114 年度總預算書・歲出機關別預算表：
// 數位產業署（第 790 行）、資通安全署（第 768 行）"). Internal names (file numbers, `prose`) never show.
import type { Answer, Lang, Source } from '../core/answer.js';
import { sourceUrl } from './source-link.js';
import { MINISTRY } from './agencies.js';

export interface CiteOptions {
  /** PUBLIC_BASE_URL: when set, every line links to the source viewer. */
  baseUrl?: string;
}

export interface CitedLine {
  line?: number;
  /** The row's label, when the figures citing this line share one. */
  row?: string;
  url?: string;
}

export interface CitedTable {
  /** Undefined for running text (the data's `prose` tables). */
  table?: string;
  lines: CitedLine[];
}

export interface CitationGroup {
  doc: string;
  title: string;
  tables: CitedTable[];
}

const roc = (y: string) => Number(y);
const ad = (y: string) => Number(y) + 1911;
const AGENCY_EN: Record<string, string> = Object.fromEntries(MINISTRY.administrations.map((a) => [a.name, a.short]));

/** Title rules, read from the printed title (not the file name). */
const TITLE_RULES: [RegExp, (m: RegExpExecArray, lang: Lang) => string][] = [
  [new RegExp(`中華民國\\s*(\\d+)\\s*年度中央政府總預算\\s*(?:${MINISTRY.proper.name})?(.+?)單位預算`), (m, l) =>
    l === 'zh' ? `${roc(m[1])} 年度${m[2]}單位預算` : `FY${ad(m[1])} unit budget (${AGENCY_EN[m[2]] ?? m[2]})`],
  [/中華民國\s*(\d+)\s*年度中央政府總預算/, (m, l) => (l === 'zh' ? `${roc(m[1])} 年度總預算書` : `FY${ad(m[1])} general budget`)],
  [/(\d+)\s*年度施政績效報告/, (m, l) => (l === 'zh' ? `${roc(m[1])} 年度施政績效報告` : `FY${ad(m[1])} performance report`)],
  [/(\d+)\s*年度.*重大科技發展計畫執行情形/, (m, l) => (l === 'zh' ? `${roc(m[1])} 年度重大計畫執行情形表` : `FY${ad(m[1])} major plans report`)],
  [/業務概況報告.*?(\d+)\s*年\s*(\d+)\s*月/, (m, l) =>
    l === 'zh' ? `業務概況報告（${roc(m[1])} 年 ${Number(m[2])} 月）` : `Report to the Legislative Yuan (${ad(m[1])}-${m[2].padStart(2, '0')})`],
  // the English titles of the same documents
  [/General Budget FY(\d{4}).*?:\s*(Administration for \w+ \w+) unit budget/i, (m) => `FY${m[1]} unit budget (${m[2]})`],
  [/General Budget FY(\d{4})/i, (m) => `FY${m[1]} general budget`],
  [/performance report FY(\d{4})/i, (m) => `FY${m[1]} performance report`],
  [/FY(\d{4}).*major .*plans/i, (m) => `FY${m[1]} major plans report`],
  [/report to the Legislative Yuan.*?\((\w+) (\d{4})/i, (m) => `Report to the Legislative Yuan (${m[1]} ${m[2]})`],
];

/** "中華民國114年度中央政府總預算 數位發展部主管預算" → "114 年度總預算書" / "FY2025 general budget". */
export function shortTitle(title: string, lang: Lang): string {
  for (const [re, make] of TITLE_RULES) {
    const m = re.exec(title);
    if (m) return make(m, lang);
  }
  return title.replace(/^中華民國\s*/, '').trim();
}

/** A table name a reader can use; the data's internal kinds (`prose`, `prose-table`) are none. */
export function tableName(table: string | undefined): string | undefined {
  if (!table || /^[\x20-\x7e]+$/.test(table)) return undefined;
  return table;
}

/** "數位產業署 114 年度（2025）預算數" → "數位產業署": the part of a figure label before its year. */
function labelStem(label: string): string {
  const cut = label.search(/\s*(?:\d{2,3}\s*年|（\d{2,3}\s*年|\(\d{2,3}\s*年|FY\s*\d|\b(?:19|20)\d{2}\b)/);
  return (cut >= 0 ? label.slice(0, cut) : label).trim();
}

function commonPrefix(items: string[]): string {
  if (items.length === 0) return '';
  let p = items[0];
  for (const s of items.slice(1)) while (!s.startsWith(p)) p = p.slice(0, -1);
  // end on a whole word: never half a name
  return items.every((s) => s.length === p.length || /[\s（(・]/.test(s[p.length] ?? ' ')) ? p.trim() : p.replace(/\S+$/, '').trim();
}

const lineKey = (s: Pick<Source, 'doc' | 'line'>) => `${s.doc}#${s.line ?? ''}`;

/** Row labels by document line, from the figures that cite it. */
function rowLabels(answer: Answer): Map<string, string> {
  const stems = new Map<string, string[]>();
  for (const f of answer.figures) {
    if (!f.source?.line) continue;
    const k = lineKey(f.source);
    stems.set(k, [...(stems.get(k) ?? []), labelStem(f.label)]);
  }
  const out = new Map<string, string>();
  for (const [k, list] of stems) {
    const row = commonPrefix(list);
    if (row.length >= 2) out.set(k, row);
  }
  return out;
}

/** Every source of the answer (figures' first), once, grouped by document and then by table. */
export function citationGroups(answer: Answer, opts: CiteOptions = {}): CitationGroup[] {
  const rows = rowLabels(answer);
  const groups = new Map<string, CitationGroup>();
  const seen = new Set<string>();
  const all = [...answer.figures.map((f) => f.source), ...answer.sources].filter((s): s is Source => !!s);
  for (const s of all) {
    const table = tableName(s.table);
    const key = `${s.doc}|${table ?? ''}|${s.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let g = groups.get(s.doc);
    if (!g) groups.set(s.doc, (g = { doc: s.doc, title: shortTitle(s.title, answer.lang), tables: [] }));
    let t = g.tables.find((x) => x.table === table);
    if (!t) g.tables.push((t = { table, lines: [] }));
    const url = opts.baseUrl ? sourceUrl(opts.baseUrl, s) : undefined;
    t.lines.push({ line: s.line, row: s.line ? rows.get(lineKey(s)) : undefined, url });
  }
  // a table cited without a line adds nothing when the same table is cited at a line
  for (const g of groups.values()) for (const t of g.tables) if (t.lines.some((l) => l.line)) t.lines = t.lines.filter((l) => l.line || l.row);
  return [...groups.values()];
}

export const lineWord = (n: number, lang: Lang) => (lang === 'zh' ? `第 ${n} 行` : `line ${n}`);

/** How a link is written on a surface; text is already escaped for it. */
export type LinkFn = (text: string, url: string) => string;
export const noLinks: LinkFn = (text) => text;

/** "第 885、916 行" / "lines 885, 916", each number linked when it has a URL. */
function linesText(lines: CitedLine[], lang: Lang, link: LinkFn): string {
  const nums = lines.filter((l) => l.line).map((l) => (l.url ? link(String(l.line), l.url) : String(l.line)));
  if (!nums.length) return '';
  if (lang === 'zh') return `第 ${nums.join('、')} 行`;
  return `${nums.length > 1 ? 'lines' : 'line'} ${nums.join(', ')}`;
}

/** Lines of one row together: "資通安全署（第 885、916 行）"; lines without a row label on their own. */
function rowsText(lines: CitedLine[], lang: Lang, esc: (s: string) => string, link: LinkFn): string[] {
  const byRow = new Map<string, CitedLine[]>();
  for (const l of lines) byRow.set(l.row ?? '', [...(byRow.get(l.row ?? '') ?? []), l]);
  return [...byRow].map(([row, ls]) => {
    const where = linesText(ls, lang, link);
    if (!row) return where;
    if (!where) return esc(row);
    return lang === 'zh' ? `${esc(row)}（${where}）` : `${esc(row)} (${where})`;
  }).filter(Boolean);
}

/** One document's citation on one line of text. */
export function groupText(g: CitationGroup, lang: Lang, esc: (s: string) => string = (s) => s, link: LinkFn = noLinks): string {
  const dot = lang === 'zh' ? '・' : ' · ';
  const list = lang === 'zh' ? '、' : ', ';
  const parts = g.tables.map((t) => {
    const lines = rowsText(t.lines, lang, esc, link);
    const head = t.table ? esc(t.table) : '';
    if (!lines.length) return head;
    if (!head) return lines.join(list);
    return lines.length === 1 ? `${head}${dot}${lines[0]}` : `${head}${lang === 'zh' ? '：' : ': '}${lines.join(list)}`;
  }).filter(Boolean);
  const title = esc(g.title);
  if (!parts.length) return title;
  return parts.length === 1 && g.tables[0].table ? `${title}${dot}${parts[0]}` : `${title}${lang === 'zh' ? '：' : ': '}${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/** The citations of an answer, one text per document. */
export function citationTexts(answer: Answer, opts: CiteOptions & { esc?: (s: string) => string; link?: LinkFn } = {}): string[] {
  return citationGroups(answer, opts).map((g) => groupText(g, answer.lang, opts.esc, opts.link));
}
