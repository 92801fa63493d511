// Reading a question, once: normalise it, put English into the documents' words, find the years,
// then read every word with the one matcher (matcher.ts) and build the frame from what it read. No
// other module reads the question's text: handlers get the frame.
import type { AgencyCode } from '../dataset/schema.js';
import { HINT_MEASURES, type Concept } from './concepts.js';
import { GLOSSARY, SYNONYMS, type MeasureWord, type Operation } from './lexicon.js';
import { compact, compactWords, detectLanguage, normalizeQuestion } from './normalize.js';
import { conceptsOf, isContent, misspeltAgency, readSpans, withoutSpans, type Span } from './matcher.js';
import { adToRoc, MAX_ROC, readYearSpans, type YearMention } from './years.js';
import { readOperation, readUnitAsked, type UnitAsked } from './frame.js';
import { findForeignBody, properNamesOf, readCountedNoun } from './frame-words.js';

export interface Understood {
  /** the question as asked: echoed in the answer, never read again */
  query: string;
  lang: 'zh' | 'en';
  years: number[];
  /** 0 this year, -1 last year, -2 the year before */
  relative: number | null;
  agencies: AgencyCode[];
  /** "數位發展部" alone: read as the ministry proper or total, the other offered */
  ministryAmbiguous: boolean;
  measures: MeasureWord[];
  /** every concept the question's words stand for */
  asks: ReadonlySet<Concept>;
  /** measures of an item other than its budget asked (面積, 油料 …), each with the word that asked it */
  hints: { measure: string; word: string }[];
  /** the measure named right after each year ("114 年預算比 112 年決算") */
  yearMeasures: Record<number, 'budget' | 'final'>;
  ranking: boolean;
  rankingAsc: boolean;
  topN: number | null;
  breakdown: boolean;
  share: boolean;
  help: boolean;
  search: string | null;
  planWords: boolean;
  staffWords: boolean;
  /** the question, compacted, with agency names and years removed: what names the item */
  itemText: string;
  /** itemText with measure, intent and filler words removed too: what must be explained */
  residual: string;
  /** the question's words for a search of the passages */
  searchText: string;
  /** an agency's name typed with one character wrong (數位產夜署 → 數位產業署): read so once the data confirms
   * the typed words are no name of their own (correct.ts), and said in the answer */
  misspelt?: { typed: string; read: string };
  /** names read as another, said in the answer */
  corrections: { typed: string; read: string }[];
  /** a government body named that is not in the data ("國防部") */
  foreignBody: string | null;
  /** proper names written in Latin letters (GSN, iTaiwan); English words typed in lower case */
  properNames: string[];
  typedWords: string[];
  /** the noun a count question counts (幾個主題 → 主題) */
  countedNoun?: string;
  /** a share: the words after the share word, read as a frame of their own (its whole), and whether
   * those before it only point back */
  shareWhole?: string;
  whole?: Understood;
  partPointsBack?: boolean;
  /** the question is only a number 1–3: one of the choices just offered, when there were any */
  choiceNumber: number | null;
  /** how many things the question counts off (三個加起來, all three): earlier figures to work on */
  figuresNamed: number | null;
  /** words that lean on an earlier question (那…呢, and for 2024?, 其中, 差多少 alone) */
  leansBack: boolean;
  /** in a follow-up that asks another measure of the same subject: the measure's words */
  focus?: string;
  /** that follow-up after a prose figure: the other measure is one of the reports' figures too */
  proseOnly?: boolean;
  /** "目前", "so far": the latest report is asked, whatever the date */
  asksLatest: boolean;
  /** what is to be done with the figures named */
  operation: Operation;
  /** the unit the answer must be in, when the question says */
  unitAsked: UnitAsked;
  /** document counting words a count asked agrees with */
  countWords: string[];
}

/** How the words of a question are read: English is put into the glossary's Chinese first. */
const READERS: Record<'zh' | 'en', (s: string) => string> = { zh: (s) => s, en: (s) => translateEnglish(s) };
/** Whether a bare 114 is a year: in Chinese questions it is; English ones write 2025. */
const BARE_ROC: Record<'zh' | 'en', boolean> = { zh: true, en: false };
/** Whether English filler words are read as filler: in a question read as English (資安 A 級 keeps its A). */
const ENGLISH_FILLER: Record<'zh' | 'en', boolean> = { zh: false, en: true };

/** English words in a Chinese question from which on it is read with the English glossary. */
const MIXED_ENGLISH_WORDS = 4;

let glossary: { re: RegExp; to: Map<string, string> } | undefined;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The glossary compiled once: a hyphen and a space join words alike; a singular reads as a listed plural. */
function compiledGlossary(): { re: RegExp; to: Map<string, string> } {
  const key = (en: string) => en.replace(/-/g, ' ');
  const listed = new Set(GLOSSARY.map(([en]) => key(en)));
  const singulars = GLOSSARY.filter(([en]) => /[^s]s$/.test(en) && en.length > 4 && !listed.has(key(en.slice(0, -1))))
    .map(([en, zh]): [string, string] => [en.slice(0, -1), zh]);
  const entries = [...GLOSSARY, ...singulars].sort((a, b) => b[0].length - a[0].length);
  return {
    // a plural reads as its singular (talents → talent) when only the singular is listed
    re: new RegExp(`(?<![a-z])(?:${entries.map(([en]) => escapeRe(en).replace(/\\-| /g, '[-\\s]')).join('|')})(?:e?s)?(?![a-z])`, 'g'),
    to: new Map(entries.map(([en, zh]) => [key(en), zh])),
  };
}

/** English phrases to the documents' Chinese in one pass: the longest phrase at each place wins. */
function translateEnglish(s: string): string {
  const { re, to } = (glossary ??= compiledGlossary());
  const zh = (m: string) => to.get(m) ?? to.get(m.replace(/s$/, '')) ?? to.get(m.replace(/es$/, ''));
  return s.replace(re, (m) => ` ${zh(m.replace(/[-\s]+/g, ' ')) ?? m} `).replace(/\s+/g, ' ').trim();
}

/** The question in the documents' words: normalised, English translated, everyday words replaced. */
function documentWords(raw: string): { norm: string; lang: 'zh' | 'en'; readAs: 'zh' | 'en'; plain: string } {
  const plain = normalizeQuestion(raw);
  const lang = detectLanguage(plain);
  // a question mostly in English with a Chinese term in it (5G private network (專網)) reads as English
  const readAs = (plain.match(/[a-z]{2,}/g) ?? []).length >= MIXED_ENGLISH_WORDS ? 'en' : lang;
  const read = READERS[readAs](plain);
  return { norm: SYNONYMS.reduce((s, [re, to]) => s.replace(re, to), read), lang, readAs, plain };
}

/** Spans from an exclusion word to the end of its clause: the agencies in them are left out. */
function excludedRanges(norm: string, spans: Span[]): { start: number; end: number }[] {
  return spans.filter((s) => s.tags.includes('exclude')).map((s) => {
    const stop = norm.slice(s.end).search(/[,，。;；)）]/);
    return { start: s.start, end: stop < 0 ? norm.length : s.end + stop };
  });
}

/** The agencies named, in the order named (the ministry total last), and whether 數位發展部 stood alone. */
function agenciesOf(spans: Span[]): { agencies: AgencyCode[]; ambiguous: boolean } {
  const found: AgencyCode[] = [];
  for (const s of spans) if (s.agency && s.agency !== 'ambiguous' && !found.includes(s.agency)) found.push(s.agency);
  const ambiguous = spans.some((s) => s.agency === 'ambiguous');
  // listed beside its administrations (MODA, ACS and ADI), the ministry is its proper part
  if (ambiguous && found.length && !found.includes('6201') && !found.includes('62')) found.unshift('6201');
  found.sort((a, b) => (a === '62' ? 1 : 0) - (b === '62' ? 1 : 0));
  return { agencies: found, ambiguous: ambiguous && !found.length };
}

const MEASURE_ORDER: [Concept, MeasureWord][] = [
  ['m.previous', 'previous'], ['m.rate', 'rate'], ['m.final', 'final'], ['m.approved', 'approved'],
  ['m.executedToDate', 'executedToDate'], ['m.budgetedToDate', 'budgetedToDate'], ['m.change', 'change'], ['m.budget', 'budget'],
];

function measuresOf(asks: ReadonlySet<Concept>): MeasureWord[] {
  const measures = MEASURE_ORDER.filter(([c]) => asks.has(c)).map(([, m]) => m);
  // a plan's "total budget" is its approved total (計畫總經費), not one year's budget
  if (asks.has('plan') && asks.has('totalBudget') && !measures.includes('approved')) return ['approved', ...measures.filter((m) => m !== 'budget')];
  return measures;
}

/** How far after a year its measure word may stand ("114 年度預算", "2023 final account"). */
const MEASURE_REACH = 12;

/** Each measure word belongs to the year just before it ("114 年預算比 112 年決算"); a year compared
 * (比) with one that has a measure of its own, and none itself, is asked in its budget. */
function yearMeasuresOf(years: YearMention[], spans: Span[]): Record<number, 'budget' | 'final'> {
  const out: Record<number, 'budget' | 'final'> = {};
  for (const s of spans.filter((x) => x.tags.includes('m.final') || x.tags.includes('m.budget'))) {
    const before = years.filter((y) => y.end <= s.start).at(-1);
    if (before && s.start - before.end <= MEASURE_REACH && out[before.year] === undefined) out[before.year] = s.tags.includes('m.final') ? 'final' : 'budget';
  }
  const compared = spans.some((s) => s.text === '比');
  if (compared && Object.keys(out).length) for (const y of years) out[y.year] ??= 'budget';
  return out;
}

function hintsOf(spans: Span[]): Understood['hints'] {
  return HINT_MEASURES.flatMap(([c, measure]) => spans.filter((s) => s.tags.includes(c)).slice(0, 1).map((s) => ({ measure, word: s.text })));
}

const RELATIVE: [Concept, number][] = [['thisYear', 0], ['lastYear', -1], ['twoYearsAgo', -2]];

/** "114 年度預算書裡的 112 年決算", "the 2025 budget book's review": the year of the book is not the year
 * asked when another one is named, nor a date of what the book reviews. */
function dataYears(norm: string, years: number[]): number[] {
  const printed = Number(norm.match(/(\d{2,4})\s*(?:年度?\s*(?:中央政府)?總?預算書|budget book)/)?.[1] ?? NaN);
  const book = printed > MAX_ROC ? adToRoc(printed) : printed;
  const others = years.filter((y) => y !== book);
  if (!others.length && /以往|過去|past|review|成果|績效/.test(norm)) return [];
  return others.length && others.length < years.length ? others : years;
}

/** The words an item must explain: the text with years, agencies and every word read as a concept blanked. */
function contentWords(norm: string, spans: Span[], blanks: { start: number; end: number }[], operation: Operation): string {
  const dropped = spans.filter((s) => !isContent(s, operation));
  return compactWords(withoutSpans(norm, [...dropped, ...blanks]).replace(/數$/, ''));
}

/** A whole question that is only help words, or a search asked: what to search for. */
function helpAndSearch(plain: string, spans: Span[]): { help: boolean; search: string | null } {
  const words = spans.filter((s) => s.text.trim());
  const help = plain === '' || (words.length > 0 && words.every((s) => s.tags.includes('help')) && withoutSpans(plain, words).trim() === '');
  const asked = words.find((s) => s.tags.includes('search') && (s.start === 0 || /提到/.test(s.text)));
  return { help, search: asked ? plain.slice(asked.end).replace(/^\s*[:：]\s*/, '').trim() || plain : null };
}

/** Words that lean on an earlier question: 呢, 其中, "what about" anywhere; 那, 差多少, 兩個 first. */
function leansBack(spans: Span[]): boolean {
  const first = spans[0];
  const opening = first?.start === 0 && ['that', 'diff', 'sum', 'both', 'conjunction'].some((t) => first.tags.includes(t as Concept));
  return opening || spans.some((s) => s.tags.includes('followUp'));
}

/** The share's whole: the words after 占; and whether the words before it only point back (這, 兩個加起來). */
function shareParts(norm: string, spans: Span[]): { shareWhole?: string; partPointsBack?: boolean } {
  const at = spans.find((s) => s.tags.includes('share'));
  if (!at) return {};
  const before = spans.filter((s) => s.end <= at.start);
  const pointing = before.every((s) => ['that', 'both', 'sum', 'conjunction', 'total'].some((t) => s.tags.includes(t as Concept)));
  const rest = withoutSpans(norm.slice(0, at.start), before).trim();
  const words = norm.slice(at.end).trim();
  return { shareWhole: words, partPointsBack: pointing && rest === '', ...(words ? { whole: understand(words) } : {}) };
}

/** The question read once: its words in the documents' language, the years, every word the matcher read. */
interface Reading {
  raw: string;
  plain: string;
  norm: string;
  lang: 'zh' | 'en';
  years: YearMention[];
  dates: { start: number; end: number }[];
  /** the words read, less those an exclusion leaves out (不含數產署) */
  named: Span[];
  spans: Span[];
  excluded: { start: number; end: number }[];
  misspelt?: ReturnType<typeof misspeltAgency>;
}

function readQuestion(raw: string): Reading {
  const { norm, lang, readAs, plain } = documentWords(raw);
  const { years, dates } = readYearSpans(norm, BARE_ROC[readAs]);
  const spans = readSpans(norm, [...years, ...dates], ENGLISH_FILLER[readAs]);
  const misspelt = misspeltAgency(norm, spans);
  const excluded = excludedRanges(norm, spans);
  const named = spans.filter((s) => !excluded.some((e) => s.start >= e.start && s.end <= e.end));
  return { raw, plain, norm, lang, years, dates, named, spans, excluded, misspelt };
}

/** What the question asks: the operation, the unit, the measures, the years and agencies. */
function whatIsAsked(r: Reading) {
  const asks = conceptsOf(r.named);
  const { agencies, ambiguous } = agenciesOf(r.named);
  const yearValues = r.years.map((y) => y.year);
  const countNamed = r.named.filter((s) => s.agency && s.agency !== '62' && s.agency !== 'ambiguous').length;
  const yearRange = r.named.some((s) => s.tags.includes('range') && r.years.some((y) => y.end <= s.start) && r.years.some((y) => y.start >= s.end));
  const op = readOperation(r.norm, r.named, asks, { years: new Set(yearValues).size, agencies: countNamed, yearRange });
  const topN = r.norm.replace(/(?<=前\s*)[二三四五六七八九十](?=\s*(?:名|大|個|項))/, (d) => String('二三四五六七八九十'.indexOf(d) + 2)).match(/(?:前|top)\s*(\d{1,2})/);
  return {
    ...op, ...readUnitAsked(r.norm, r.named, asks), asks, agencies, ministryAmbiguous: ambiguous, measures: measuresOf(asks),
    years: dataYears(r.norm, yearValues), relative: RELATIVE.find(([c]) => asks.has(c))?.[1] ?? null,
    yearMeasures: yearMeasuresOf(r.years, r.named), hints: hintsOf(r.named),
    rankingAsc: asks.has('rankAsc'), topN: topN ? Number(topN[1]) : null,
    breakdown: asks.has('breakdown'), share: asks.has('share'), planWords: asks.has('planWords'), staffWords: asks.has('staff'),
    asksLatest: asks.has('now'), leansBack: leansBack(r.named), choiceNumber: /^[1-3]$/.test(r.plain) ? Number(r.plain) : null,
    figuresNamed: figuresNamed(r.named),
  };
}

const NUMBER_WORDS: [RegExp, number][] = [[/^(?:兩|二)|\b(?:both|two)\b/, 2], [/^三|\bthree\b/, 3], [/^四|\bfour\b/, 4]];

/** The number a counting-off word says (兩個, 三者, all three). */
function figuresNamed(spans: Span[]): number | null {
  const word = spans.find((s) => s.tags.includes('both'));
  return word ? NUMBER_WORDS.find(([re]) => re.test(word.text))?.[1] ?? null : null;
}

/** What names the thing asked about: the words left, the words to search, names typed or read otherwise. */
function whatNames(r: Reading, operation: Operation) {
  const blanks = [...r.years, ...r.dates, ...r.excluded, ...r.named.filter((s) => s.agency)];
  return {
    // 的 joins words in questions (普及的委辦費) and stands in no name the documents print
    itemText: compact(withoutSpans(r.norm, blanks)).replace(/的/g, ''),
    residual: contentWords(r.norm, r.named, blanks, operation),
    searchText: withoutSpans(r.norm, r.spans.filter((s) => s.tags.length === 0 && !s.content)).replace(/\s+/g, ' ').trim(),
    ...(r.misspelt ? { misspelt: { typed: r.misspelt.typed, read: r.misspelt.read } } : {}),
    corrections: [],
    // a body's name is read between the words of the question (人事費占全署 names no body)
    foreignBody: findForeignBody(withoutSpans(r.norm, [...r.years, ...r.named.filter((s) => s.tags.length && !s.agency)])),
    properNames: properNamesOf(r.raw),
    typedWords: [...new Set((r.raw.match(/(?<![A-Za-z])[a-z][a-z-]*/g) ?? []).map((w) => w.replace(/-/g, '')))],
    countedNoun: readCountedNoun(r.norm),
    ...shareParts(r.norm, r.named),
  };
}

export function understand(raw: string): Understood {
  const r = readQuestion(raw);
  const asked = whatIsAsked(r);
  return {
    ...asked, ...whatNames(r, asked.operation), ...helpAndSearch(r.plain, readSpans(r.plain)),
    query: raw, lang: r.plain === '' ? 'zh' : r.lang,
  };
}
