// Citations as a person holding the printed document reads them: the document's short title, the
// table, the row and the printed page (or a report's section), grouped by document so that a title is
// said once ("114 年度總預算書・歲出機關別預算表：數位產業署（第 46 頁）、資通安全署（第 45 頁）").
// The text file's line is only in the link to the source viewer (and said only where the document
// gives no page or section). Internal names (file numbers, `prose`) never show.
import type { Answer, Lang, Source } from '../core/answer.js';
import { bracket, linesWord, pageWord, placeWord, sectionWord, withPages } from './place-words.js';
import { sourceUrl } from './source-link.js';
import { MINISTRY } from './agencies.js';

export { lineWord } from './place-words.js';

export interface CiteOptions {
  /** PUBLIC_BASE_URL: when set, every line links to the source viewer. */
  baseUrl?: string;
}

export interface CitedLine extends Pick<Source, 'line' | 'page' | 'pages' | 'section'> {
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
  const cut = label.search(/\s*(?:[（(][^（()）]*?(?:\d{2,3}\s*年|(?:19|20)\d{2})|\d{2,3}\s*年|FY\s*\d|\b(?:19|20)\d{2}\b)/);
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
    const { line, page, pages, section } = s;
    t.lines.push({ line, page, pages, section, row: s.line ? rows.get(lineKey(s)) : undefined, url });
  }
  // a table cited without a line adds nothing when the same table is cited at a line
  for (const g of groups.values()) for (const t of g.tables) if (t.lines.some((l) => l.line)) t.lines = t.lines.filter((l) => l.line || l.row);
  return [...groups.values()];
}

/** How a link is written on a surface; text is already escaped for it. */
export type LinkFn = (text: string, url: string) => string;
export const noLinks: LinkFn = (text) => text;

type Esc = (s: string) => string;

/** The pages a table's lines share, said once after its name, when they do not all have their own page. */
function tableRange(t: CitedTable): string | undefined {
  const ranges = new Set(t.lines.map((l) => l.pages));
  const [only] = ranges;
  return t.table && ranges.size === 1 && only && t.lines.some((l) => l.page === undefined) ? only : undefined;
}

/** Each distinct value once, with the link of its first line. */
function distinct(lines: CitedLine[], key: (l: CitedLine) => string | undefined): [string, string | undefined][] {
  const out = new Map<string, string | undefined>();
  for (const l of lines) {
    const k = key(l);
    if (k !== undefined && !out.has(k)) out.set(k, l.url);
  }
  return [...out];
}

/** Where lines are printed: "第 45、46 頁", sections, "第 40-47 頁" (unless the table says it), else "第 885、916 行". */
function spotText(ls: CitedLine[], lang: Lang, esc: Esc, link: LinkFn, rangeShown: boolean): string {
  const linked = ([text, url]: [string, string | undefined]) => (url ? link(text, url) : text);
  const pages = distinct(ls, (l) => (l.page !== undefined ? String(l.page) : undefined));
  if (pages.length) return pageWord(pages.map(linked), lang, pages.map(([p]) => p));
  const sections = distinct(ls, (l) => l.section);
  if (sections.length) {
    const range = (sec: string) => ls.find((l) => l.section === sec)?.pages;
    const said = ([sec, url]: [string, string | undefined]) => {
      const text = linked([esc(sectionWord(sec, lang)), url]);
      const pages = range(sec);
      return pages && !rangeShown ? withPages(text, pageWord([pages], lang), lang) : text;
    };
    return sections.map(said).join(lang === 'zh' ? '；' : '; ');
  }
  // a row names its place in a table printed without pages
  if (rangeShown || ls.some((l) => l.row)) return '';
  const ranges = distinct(ls, (l) => l.pages);
  if (ranges.length) return pageWord(ranges.map(linked), lang, ranges.map(([p]) => p));
  const nums = distinct(ls, (l) => (l.line ? String(l.line) : undefined));
  if (!nums.length) return '';
  return linesWord(nums.map(linked), lang);
}

/** Lines of one row together: "資通安全署（第 45、46 頁）"; lines without a row label on their own. */
function rowsText(lines: CitedLine[], lang: Lang, esc: Esc, link: LinkFn, rangeShown: boolean): string[] {
  const byRow = new Map<string, CitedLine[]>();
  for (const l of lines) byRow.set(l.row ?? '', [...(byRow.get(l.row ?? '') ?? []), l]);
  return [...byRow].map(([row, ls]) => {
    const where = spotText(ls, lang, esc, link, rangeShown);
    if (!row) return where;
    if (where) return `${esc(row)}${bracket(where, lang)}`;
    const url = ls.find((l) => l.url)?.url;
    return url ? link(esc(row), url) : esc(row);
  }).filter(Boolean);
}

/** A table's name, with the pages its lines share: "歲出一級用途別科目分析表（第 54-55 頁）". */
function tableHead(t: CitedTable, range: string | undefined, lang: Lang, esc: Esc, link: LinkFn): string {
  if (!t.table) return '';
  if (!range) return esc(t.table);
  const url = t.lines.find((l) => l.url)?.url;
  const pages = pageWord([url ? link(range, url) : range], lang, [range]);
  return `${esc(t.table)}${bracket(pages, lang)}`;
}

/** One document's citation on one line of text. */
export function groupText(g: CitationGroup, lang: Lang, esc: Esc = (s) => s, link: LinkFn = noLinks): string {
  const dot = lang === 'zh' ? '・' : ' · ';
  const list = lang === 'zh' ? '、' : ', ';
  const parts = g.tables.map((t) => {
    const range = tableRange(t);
    const lines = rowsText(t.lines, lang, esc, link, range !== undefined);
    const head = tableHead(t, range, lang, esc, link);
    if (!lines.length) return head;
    if (!head) return lines.join(t.table ? list : lang === 'zh' ? '；' : '; ');
    return lines.length === 1 ? `${head}${dot}${lines[0]}` : `${head}${lang === 'zh' ? '：' : ': '}${lines.join(list)}`;
  }).filter(Boolean);
  const title = esc(g.title);
  if (!parts.length) return title;
  return parts.length === 1 && g.tables[0].table ? `${title}${dot}${parts[0]}` : `${title}${lang === 'zh' ? '：' : ': '}${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/** The citations of an answer, one text per document. */
export function citationTexts(answer: Answer, opts: CiteOptions & { esc?: Esc; link?: LinkFn } = {}): string[] {
  return citationGroups(answer, opts).map((g) => groupText(g, answer.lang, opts.esc, opts.link));
}

/** One source in words, for places that cite a single source: "114 年度總預算書・歲出機關別預算表・第 46 頁". */
export function sourceWords(s: Source, lang: Lang): string {
  return [shortTitle(s.title, lang), tableName(s.table), placeWord(s, lang)].filter(Boolean).join(lang === 'zh' ? '・' : ' · ');
}
