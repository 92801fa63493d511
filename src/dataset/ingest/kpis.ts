// Indicators quoted in the prose of every document: every count with a unit (or 萬/億, or %),
// with the clause it sits in, the nearest headings, and the as-of date read from the text before it.
import type { Disagreement, Kpi, SourceDoc } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import { KPI_DEFINITIONS, type KpiDefinition } from './kpi-defs.js';
import { findCounts, type CountMatch } from './kpi-number.js';
import { cells, plainText, readSource } from './text.js';

interface DocSpec {
  doc: string;
  /** the reporting date when the text gives none */
  asOf: string;
  /** prose ends where the budget tables begin */
  stop?: RegExp;
}

/**
 * By the manifest's type of a document: the date its prose reports as of when the text gives none
 * (a budget book reports the last closed year; a unit budget is compiled mid previous year; a
 * report to the legislature in spring covers the year to February), and where its prose ends.
 */
const KINDS: Record<string, { asOf: (year: number) => string; stop?: RegExp }> = {
  'ministry-budget': { asOf: (y) => String(y - 2), stop: /^主 要 表$/ },
  'performance-report': { asOf: (y) => `${y}-12` },
  'unit-budget': { asOf: (y) => `${y - 1}-06`, stop: /^二、主要表$/ },
  'major-plans': { asOf: (y) => String(y) },
  'legislative-report': { asOf: (y) => `${y}-02` },
};

function specOf(s: SourceDoc): DocSpec {
  const k = KINDS[s.type];
  if (!k) throw new Error(`${s.doc}: no as-of date known for documents of type ${s.type}`);
  return { doc: s.doc, asOf: k.asOf(s.year), ...(k.stop ? { stop: k.stop } : {}) };
}

const H1 = /^(?:#+\s*)?[壹貳參肆伍陸柒捌玖拾]+、/;
const H2 = /^(?:#+\s*)?[一二三四五六七八九十]+、/;
const H3 = /^(?:-\s*)?\([一二三四五六七八九十]+\)/;

/** The as-of date nearest before a figure: "截至 115 年 2 月底", "112 年底", "114 年截至 12 月", "112 年". */
export function readAsOf(text: string): string | null {
  // "前(110)年度" is 110 年度
  const prefix = text.replace(/[（(](\d{2,3})[)）]\s*(?=年)/g, '$1');
  const re = /(\d{2,3})\s*年\s*(?:(?:截至|至)\s*)?(\d{1,2})\s*月|(\d{2,3})\s*年底|(\d{2,3})\s*年(?:度)?/g;
  let found: string | null = null;
  // "截至目前" after the last date: the document's own reporting date
  const now = Math.max(...['截至目前', '目前', '迄今', '至今'].map((w) => prefix.lastIndexOf(w)));
  for (const m of prefix.matchAll(re)) {
    if ((m.index ?? 0) < now) continue;
    const tail = prefix.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3);
    const head = prefix.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0);
    if (/同期/.test(tail) || /較/.test(head)) continue;
    const y = Number(m[1] ?? m[3] ?? m[4]);
    if (y < 100 || y > 120) continue;
    found = m[1] ? `${y}-${m[2].padStart(2, '0')}` : m[3] ? `${y}-12` : String(y);
  }
  return found;
}

/** The clause around a figure: from the last clause break before it to the next one after it. */
function clauseAround(text: string, c: CountMatch): { start: number; end: number } {
  const breaks = /[，；。：！？、]/g;
  let start = 0;
  for (const m of text.slice(0, c.index).matchAll(breaks)) start = (m.index ?? 0) + 1;
  const rest = text.slice(c.end).search(/[，；。！？、]/);
  const end = rest < 0 ? text.length : c.end + rest;
  // a figure whose clause names nothing ("介接 79 個機關") after a date clause ("MyData 平臺截至 112 年底")
  // borrows that clause; never across a sentence break
  const own = text.slice(start, c.index).replace(/[\s\d]/g, '');
  if (start > 0 && !/[；。]/.test(text[start - 1])) {
    let prev = 0;
    for (const m of text.slice(0, start - 1).matchAll(breaks)) prev = (m.index ?? 0) + 1;
    const previous = text.slice(prev, start - 1);
    if (own.length <= 2 && /\d{2,3}\s*年/.test(previous)) start = prev;
  }
  return { start, end };
}

/**
 * What a figure is about: a name quoted in its sentence (「我的 e 政府」), else its section's heading,
 * else (under a chapter heading only) the start of its sentence.
 */
export function subjectOf(heading: string, clause: string, sentenceBefore: string): string {
  const quoted = plainText(`${sentenceBefore}${clause}`).match(/「([^」]{2,30})」/);
  // the sentence's opening words, past a leading date (112 年底, 截至 115 年 2 月)
  const opening = plainText(sentenceBefore).replace(LEADING_DATE, '').split(/[，、；：:（(]/)[0].replace(/\d.*$/, '');
  return tighten(quoted ? quoted[1] : heading.replace(/[。：:]$/, '') || opening).slice(0, SUBJECT_MAX);
}

/** What a figure measures: the words after it ("件衛星通信頻率申請案之審查"), or before it when it ends its clause. */
export function measureOf(before: string, after: string): string {
  const words = (s: string) => s.replace(/[\s，、；。:：()（）「」]+/g, '').replace(/^(?:之|的|以上|餘|該|此|其)/, '');
  // "資安整合服務平臺（82 家廠商）及資安產品/服務能量登錄機制（136 家）": a figure in parentheses counts
  // the name just before them, with what the parentheses add
  const opened = before.replace(/[（(]\s*$/, '');
  if (opened !== before && /^[^（()）]{0,6}[）)]/.test(after) && !/\d\s*[\u3400-\u9fff]{0,2}$/.test(opened.split(/[）)]/).at(-1)!.replace(/[\u3400-\u9fff]{3,}$/, ''))) {
    const name = words(opened.split(/[）)\d]/).at(-1) ?? '').replace(/^(?:及|和|與|以及|暨)/, '');
    const inside = words(plainText(after).split(/[）)]/)[0].split(/\d/)[0]);
    // (not "提供全數(23個)": a word of quantity names nothing)
    if (name.length >= MEASURE_MIN && !/(?:全數|所有|全部|共|計|約|達)$/.test(name)) return `${name.slice(-MEASURE_MAX)}${inside}`;
  }
  // up to the next figure after it; from the last figure before it
  // (up to a "to" that leads to the next figure: 由單週最高 7 萬件下降至平均每週 237 件)
  const upToFigure = plainText(after).split(/(?<![A-Za-z])\d/);
  const next = words(upToFigure.length > 1 ? upToFigure[0].split(/(?:下降|降|增加|增|提升|提高|成長|減少|減)?至/)[0] : upToFigure[0]);
  // (a number glued to Latin letters names a thing: 100Mbps, 5G, B5G; it is no figure to stop at)
  const prev = words(plainText(before).split(/(?<![A-Za-z])\d[\d,.]*(?![\d,.]*[A-Za-z])\s*[^\s\d]?/).at(-1) ?? '').replace(/(?:已經?|累計|共計|總計|合計|逾|超過|約|近|達|計|共|為|有|已達|高達)+$/, '');
  // "共 8 件衛星通信頻率申請案之審查": the words after; "使用人次達 3,443 萬人次": the words before
  // the last words before it, not starting inside a Latin name cut in two (6G → G)
  const cut = prev.length > MEASURE_MAX && /[A-Za-z0-9]/.test(prev.at(-MEASURE_MAX - 1)!);
  const last = cut ? prev.slice(-MEASURE_MAX).replace(/^[A-Za-z0-9]+/, '') : prev.slice(-MEASURE_MAX);
  return (next.length >= MEASURE_MIN || prev.length < MEASURE_MIN ? next : last).slice(0, MEASURE_MAX);
}

/** A counting word that names its noun (66 個機關, 22 個縣市) says what is counted when the words around say less. */
function countedBy(measure: string, unitLabel: string | null): string {
  const noun = unitLabel?.replace(/^個/, '') ?? '';
  return measure.length < MEASURE_MIN && noun.length >= 2 ? noun : measure;
}

const SUBJECT_MAX = 30;
const MEASURE_MIN = 3;
const LEADING_DATE = /^[\s\-*#>]*(?:(?:截至|至|自|於|在)?\s*\d{2,3}\s*年(?:度)?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|止|初|中)?[，,、\s]*)+/;
const MEASURE_MAX = 16;

/** How much text around a figure says what it counts ("共 8 件衛星通信頻率申請案之審查"). */
const PHRASE_BEFORE = 10;
const PHRASE_AFTER = 16;
/** The paragraph around a figure that a question may name it by (its programme, platform, event). */
const CONTEXT_BEFORE = 160;
const CONTEXT_AFTER = 40;

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
/** Spaces dropped between Chinese characters only: Latin words stay apart (WAVE 2025, T-Road). */
const tighten = (s: string) => s.replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();

function definitionFor(clause: string, sentence: string, c: CountMatch): KpiDefinition | undefined {
  return KPI_DEFINITIONS.find((d) => {
    const text = squash(d.scope === 'sentence' ? sentence : clause);
    return d.must.every((w) => text.includes(squash(w))) && (!d.any || d.any.some((w) => text.includes(squash(w)))) &&
      (!d.units || d.units.includes(c.unitLabel)) && !c.percent && !c.money;
  });
}

function unitOf(c: CountMatch): Kpi['unit'] {
  if (c.percent) return 'percent';
  if (c.money) return 'TWD';
  return c.unitLabel && /^(人|位|名)$/.test(c.unitLabel) ? 'person' : 'count';
}

/** A sentence a page break cut in two runs on into the next line: its start (…數位憑證皮夾 APP
 * 下載量已 | 超過 9 萬次) holds the figure's subject and measure. */
function runsOn(previous: string, line: string): boolean {
  if (previous.length < 60 || previous.includes('\t') || line.includes('\t') || /[。；：！？」]$/.test(previous)) return false;
  return !(H1.test(line) || H2.test(line) || H3.test(line) || /^[-#|]/.test(line));
}
const SENTENCE_END = ['。', '；', '！', '？'];
/** A table column of targets, and words before a figure that make it a plan or target rather than a result. */
const TARGET_HEADER = /目標值|預定目標|預期目標/;
const PLANNED = /預計|預估|預期|目標|預定|規劃|擬|將(?:持續|再|於|推動|辦理|完成|達|擴大|協助|輔導|建置|逐步)/;
/** The start of the sentence the previous line left unfinished. */
function carried(previous: string, line: string): string {
  if (!runsOn(previous, line)) return '';
  return previous.slice(Math.max(...SENTENCE_END.map((b) => previous.lastIndexOf(b))) + 1);
}
/** The end of this line's last sentence, printed on the next line (39 個資安 A 級 | 機關完成…). */
function continued(line: string, next: string | undefined): string {
  if (next === undefined || !runsOn(line, next)) return '';
  const ends = SENTENCE_END.map((b) => next.indexOf(b)).filter((k) => k >= 0);
  return next.slice(0, ends.length ? Math.min(...ends) + 1 : next.length);
}

/** The next line with text, past a page break's blank lines. */
function nextText(lines: string[], i: number): string | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].trim()) return lines[k].trim();
  return undefined;
}

const clean = (s: string) => plainText(s).replace(/^[-\s]*(\(?[一二三四五六七八九十\d]+\)|\d+\.|[一二三四五六七八九十]+、)\s*/, '').trim();

function scanDoc(spec: DocSpec): Kpi[] {
  const { lines } = readSource(spec.doc);
  const prefix = spec.doc.slice(0, 3);
  const out: Kpi[] = [];
  const heads: string[] = ['', '', ''];
  let paragraph = '';
  let previous = '';
  // the cells of the last table header that hold targets (績效目標及本年度目標值)
  let targetCells = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (spec.stop && spec.stop.test(raw.trim())) break;
    const line = raw.trim();
    if (!line) continue;
    if (line.length < 60 && !/[。；]$/.test(line)) {
      if (H1.test(line)) heads.splice(0, 3, clean(line), '', '');
      else if (H2.test(line)) heads.splice(1, 2, clean(line), '');
      else if (H3.test(line)) heads[2] = clean(line);
    }
    // a paragraph broken by a page runs on: keep its start for dates
    paragraph = /[。：]$/.test(paragraph.trim()) || H2.test(line) || H1.test(line) ? line : `${paragraph} ${line}`;
    if (raw.includes('\t') && !/\d/.test(raw)) targetCells = new Set(cells(raw).flatMap((c, k) => (TARGET_HEADER.test(c) ? [k] : [])));
    const carry = carried(previous, line);
    previous = line;
    const body = `${carry}${raw.trimEnd()}`;
    const pieces = raw.includes('\t') ? cells(raw).map((c) => ({ text: c, offset: raw.indexOf(c) })) : [{ text: `${body}${continued(line, nextText(lines, i))}`, offset: 0 }];
    for (const [cell, piece] of pieces.entries()) {
      if (!/[\u4e00-\u9fff]{4}/.test(piece.text)) continue;
      // a figure the break cut in two (1 | 萬 8,361 張) is read whole, on the line it ends on
      const counts = findCounts(piece.text).filter((c) => pieces.length > 1 || (c.end > carry.length && c.end <= body.length));
      counts.forEach((c, k) => {
        const { start, end } = clauseAround(piece.text, c);
        const sentence = piece.text.slice(start, end).trim();
        const clause = clean(sentence);
        if (clause.length < 4 || !/[\u4e00-\u9fff]/.test(clause)) return;
        const heading = heads[2] || heads[1] || heads[0];
        // dates are read from the line itself and the paragraph before it
        const own = pieces.length > 1 ? piece.text : raw;
        const at = c.index - (own === raw ? carry.length : 0);
        const before = `${paragraph.slice(0, Math.max(0, paragraph.lastIndexOf(own.slice(0, 20))))} ${own.slice(0, at)}`;
        const asOf = readAsOf(before) ?? spec.asOf;
        const sentenceStart = Math.max(...['。', '；'].map((b) => piece.text.lastIndexOf(b, c.index)));
        const def = definitionFor(`${heading} ${clause}`, piece.text.slice(sentenceStart + 1, end), c);
        // each cell of a table line is its own place: its k-th figure is not another cell's
        const key = def?.key ?? `q${prefix}_${i + 1}${pieces.length > 1 ? `_c${cell + 1}` : ''}_${k + 1}`;
        out.push({
          id: `${prefix}:kpi:${key}:${asOf}`,
          doc: spec.doc,
          table: raw.includes('\t') ? 'prose-table' : 'prose',
          line: i + 1,
          metric: def?.metric ?? clause.slice(0, 80),
          metricEn: def?.metricEn ?? `Figure quoted in the text: ${clause.slice(0, 60)}`,
          key,
          keywords: [...(def?.keywords ?? []), squash(`${heading}${clause}`), squash(`${heads[1]}${clause}`)].filter((w, j, a) => w && a.indexOf(w) === j),
          value: c.value,
          unit: def?.unit ?? unitOf(c),
          ...((def?.unitLabel ?? c.unitLabel) ? { unitLabel: def?.unitLabel ?? c.unitLabel! } : {}),
          asOf,
          year: Number(asOf.slice(0, 3)),
          agency: null,
          sentence,
          subject: subjectOf(heads[2] || heads[1], piece.text.slice(start, end), piece.text.slice(Math.max(0, sentenceStart + 1), c.index)),
          measure: countedBy(measureOf(piece.text.slice(start, c.index), piece.text.slice(c.end, end)), c.unitLabel),
          context: tighten(`${heads[0]} ${heads[1]} ${heads[2]} ${piece.text.slice(Math.max(0, c.index - CONTEXT_BEFORE), c.end + CONTEXT_AFTER)}`),
          phrase: piece.text.slice(Math.max(start, c.index - PHRASE_BEFORE), Math.min(end, c.end + PHRASE_AFTER)).trim(),
          ...((pieces.length > 1 && targetCells.has(cell)) || PLANNED.test(piece.text.slice(start, c.index)) ? { planned: true } : {}),
          ...(/各\s*[（(]?\s*$/.test(piece.text.slice(start, c.index)) ? { each: true } : {}),
        });
      });
    }
  }
  return out;
}

/** Same indicator, same date, different documents, different values: kept both, listed here. */
function findDisagreements(kpis: Kpi[]): Disagreement[] {
  const groups = new Map<string, Kpi[]>();
  for (const k of kpis) if (!k.key.startsWith('q')) groups.set(`${k.key}@${k.asOf}`, [...(groups.get(`${k.key}@${k.asOf}`) ?? []), k]);
  const out: Disagreement[] = [];
  for (const [id, group] of groups) {
    if (new Set(group.map((k) => k.value)).size < 2 || new Set(group.map((k) => k.doc)).size < 2) continue;
    out.push({
      id,
      what: `${group[0].metric}（截至 ${group[0].asOf}）`,
      figures: group.map((k) => ({ value: k.value, doc: k.doc, line: k.line, text: k.sentence })),
    });
  }
  return out;
}

/** The indicators of the documents a manifest lists. */
export function parseKpis(sources: SourceDoc[]): ParserOutput {
  const kpis = sources.map(specOf).flatMap(scanDoc);
  const seen = new Map<string, number>();
  for (const k of kpis) {
    const n = (seen.get(k.id) ?? 0) + 1;
    seen.set(k.id, n);
    if (n > 1) k.id = `${k.id}:${n}`;
  }
  return { kpis, disagreements: findDisagreements(kpis) };
}
