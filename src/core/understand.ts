// Reading a question: language, years, agencies, measure and intent signals, and the words left
// that name an item. Pure functions over the normalised text.
import type { AgencyCode } from '../dataset/schema.js';
import {
  AGENCIES, AMBIGUOUS_MINISTRY, BREAKDOWN, LATEST_ASKED, stripFiller, GLOSSARY, HELP, MEASURE_WORDS, PLAN_WORDS,
  DOCUMENT_WORDS, RANKING, RANKING_ASC, OPERATION_FILLER, OPERATION_WORDS, UNIT_FILLER, SYNONYMS, SEARCH, SHARE, STAFF_WORDS, type MeasureWord,
} from './lexicon.js';
import { compact, compactWords, detectLanguage, normalizeQuestion } from './normalize.js';
import { adToRoc, MAX_ROC, readYears } from './years.js';
import { readOperation, type UnitAsked } from './frame.js';
import type { Operation } from './lexicon.js';

export interface Understood {
  raw: string;
  norm: string;
  lang: 'zh' | 'en';
  years: number[];
  relative: number | null;
  agencies: AgencyCode[];
  /** "數位發展部" alone: read as the ministry proper or total, the other offered */
  ministryAmbiguous: boolean;
  measures: MeasureWord[];
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
  /** a government body named that is not in the data ("國防部") */
  foreignBody: string | null;
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

const EXCLUDED = /(?:excluding|not including|except|without|不含|不包括|扣除|除了)\s*[^,，。;；)）]*/g;
/** English words in a Chinese question from which on it is read with the English glossary and filler. */
const MIXED_ENGLISH_WORDS = 4;

// compiled once, on first use: a question is read in microseconds, building patterns took most of it
let glossary: { re: RegExp; to: Map<string, string> } | undefined;

/** English phrases to the documents' Chinese in one pass: the longest phrase at each place wins. */
function translateEnglish(s: string): string {
  if (!glossary) {
    // a space and a hyphen join English words alike (private-network, private network)
    const key = (en: string) => en.replace(/-/g, ' ');
    // a singular reads as the plural listed (attack → attacks) when the singular is not listed itself
    const listed = new Set(GLOSSARY.map(([en]) => key(en)));
    const singulars = GLOSSARY.filter(([en]) => /[^s]s$/.test(en) && en.length > 4 && !listed.has(key(en.slice(0, -1))))
      .map(([en, zh]): [string, string] => [en.slice(0, -1), zh]);
    const entries = [...GLOSSARY, ...singulars].sort((a, b) => b[0].length - a[0].length);
    glossary = {
      // a plural reads as its singular (talents → talent) when only the singular is listed
      re: new RegExp(`(?<![a-z])(?:${entries.map(([en]) => escapeRe(en).replace(/\\-| /g, '[-\\s]')).join('|')})(?:e?s)?(?![a-z])`, 'g'),
      to: new Map(entries.map(([en, zh]) => [key(en), zh])),
    };
  }
  const { re, to } = glossary;
  const zh = (m: string) => to.get(m) ?? to.get(m.replace(/s$/, '')) ?? to.get(m.replace(/es$/, ''));
  return s.replace(re, (m) => ` ${zh(m.replace(/[-\s]+/g, ' ')) ?? m} `).replace(/\s+/g, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin aliases match whole words only ("adi" not in "radio"); one capture group either way. */
function aliasPattern(alias: string): RegExp {
  return /^[a-z]/.test(alias)
    ? new RegExp(`(^|[^a-z])${escapeRe(alias)}(?=$|[^a-z])`, 'g')
    : new RegExp(`()${escapeRe(alias)}`, 'g');
}

/** Every agency alias, longest first, with its pattern; and the ministry's ambiguous names. */
let aliasPatterns: { re: RegExp; code: AgencyCode }[] | undefined;
let ambiguousPatterns: RegExp[] | undefined;

function takeAgencies(s: string): { rest: string; agencies: AgencyCode[]; ambiguous: boolean } {
  const found: AgencyCode[] = [];
  aliasPatterns ??= AGENCIES.flatMap((a) => a.aliases.map((alias) => ({ alias, code: a.code })))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ alias, code }) => ({ re: aliasPattern(alias), code }));
  ambiguousPatterns ??= [...AMBIGUOUS_MINISTRY].sort((a, b) => b.length - a.length).map(aliasPattern);
  let rest = s;
  for (const { re, code } of aliasPatterns) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      if (!found.includes(code)) found.push(code);
      rest = rest.replace(re, '$1 ');
    }
  }
  let ambiguous = false;
  for (const re of ambiguousPatterns) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      ambiguous = true;
      rest = rest.replace(re, '$1 ');
    }
  }
  // listed beside its administrations (MODA, ACS and ADI), the ministry is its proper part
  if (ambiguous && found.length && !found.includes('6201') && !found.includes('62')) found.unshift('6201');
  return { rest, agencies: found, ambiguous };
}

// a body's name starts a word (經濟部 114, 請問交通部…); not 考核部 inside 管制考核部管制 (本部管制)
// ministries and agencies have short names (經濟部, 衛福部, 國發會 …); institutes may be long (國家資通安全研究院);
// a council's short name is three characters standing alone (國科會 114 年)
const FOREIGN_BODY = /(?<=^|[^\u3400-\u9fff]|[的與和及跟]|請問|查詢|告訴我)(總統府|[\u3400-\u9fff]{1,5}?(?:部|署|局|委員會|縣政府|市政府)|[\u3400-\u9fff]{1,10}?院|[\u3400-\u9fff]{2}會(?![\u3400-\u9fff]))/g;
/** Names of the ministry and its agencies (the registry's, in Chinese), and 主管 (a ministry-level budget). */
const OUR_BODIES = new RegExp([...AGENCIES.flatMap((a) => [a.zh, ...a.aliases]), ...AMBIGUOUS_MINISTRY, '主管'].filter((n) => /[\u3400-\u9fff]/.test(n)).join('|'));

function findForeignBody(s: string): string | null {
  const en = s.match(/\b(ministry of (?!digital)[a-z]+(?: affairs)?|[a-z]+ (?:ministry|council|commission|department))\b/);
  // "the ministry" is this one
  if (en && !/digital|^(?:the|this|our) ministry$/.test(en[1])) return en[1];
  for (const m of s.matchAll(FOREIGN_BODY)) {
    const name = m[1].replace(/^(請問|查詢|的|與|和|及)/, '');
    if (!OUR_BODIES.test(name) && name.length >= 2 && !/^(全部|內部|外部|局部|細部|頂部|本署|該署|各部|部分|全署|司署|各司署|部會|各部會|各院|大會|年會|協會|學會|公會|工會|商會|議會|國會|社會|機會|都會|聚會|開會|與會)$/.test(name)) return name;
  }
  return null;
}

/** How the words of a question are read: English is put into the glossary's Chinese first. */
const READERS: Record<'zh' | 'en', (s: string) => string> = { zh: (s) => s, en: translateEnglish };
/** Whether a bare 114 is a year: in Chinese questions it is; English ones write 2025. */
const BARE_ROC: Record<'zh' | 'en', boolean> = { zh: true, en: false };

let intentWords: RegExp[] | undefined;

/** itemText with measure, intent, year, whole and unit words removed: what must be explained. */
function residualOf(rest: string, norm: string, readAs: 'zh' | 'en'): string {
  let residual: string = stripFiller(rest, readAs);
  intentWords ??= [...MEASURE_WORDS.map(([re]) => re), RANKING, BREAKDOWN, PLAN_WORDS, SHARE].map((re) => new RegExp(re.source, 'g'));
  residual = residual.replace(DOCUMENT_WORDS, ' ');
  for (const re of intentWords) residual = residual.replace(re, ' ');
  residual = residual
    .replace(/年度|年底|年|底|截至|目前|最新|latest|current|now|機關|哪個|哪一個|哪些|which|數$/g, ' ')
    // a level of the budget (業務計畫, 工作計畫) says what kind of line is meant, not which
    .replace(/業務計畫|工作計畫/g, ' ')
    // words that name the whole rather than an item
    .replace(/歲入|歲出|總額|總計|全部|整體|total|overall/g, ' ');
  if (SHARE.test(norm)) residual = residual.replace(/主管|總預算|全部會/g, ' ');
  return residual.replace(UNIT_FILLER, ' ');
}

/** "114 年度預算書裡的 112 年決算", "the 2025 budget book's review": the year of the book is not the year
 * asked when another one is named, nor a date of what the book reviews. */
function dataYears(norm: string, years: number[]): number[] {
  const printed = Number(norm.match(/(\d{2,4})\s*(?:年度?\s*(?:中央政府)?總?預算書|budget book)/)?.[1] ?? NaN);
  const book = printed > MAX_ROC ? adToRoc(printed) : printed;
  const others = years.filter((y) => y !== book);
  // "根據 114 年度預算書的以往施政績效": a book named alone for what it reviews dates nothing
  if (!others.length && /以往|過去|past|review|成果|績效/.test(norm)) return [];
  return others.length && others.length < years.length ? others : years;
}

function firstMention(text: string, code: AgencyCode): number {
  const at = AGENCIES.find((a) => a.code === code)!.aliases.map((alias) => text.indexOf(alias)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : Infinity;
}

export function understand(raw: string): Understood {
  const norm0 = normalizeQuestion(raw);
  const lang = detectLanguage(norm0);
  const helpHit = HELP.test(norm0.trim());
  const searchMatch = norm0.match(SEARCH);
  const search = searchMatch ? norm0.slice((searchMatch.index ?? 0) + searchMatch[0].length).trim() || norm0 : null;

  // a question mostly in English with a Chinese term in it (5G private network (專網)) reads as English
  const readAs = (norm0.match(/[a-z]{2,}/g) ?? []).length >= MIXED_ENGLISH_WORDS ? 'en' : lang;
  const norm = SYNONYMS.reduce((s, [re, to]) => s.replace(re, to), READERS[readAs](norm0));
  const yr = readYears(norm, BARE_ROC[readAs]);
  // "(excluding ACS and ADI)" names agencies the question leaves out
  const ag = takeAgencies(yr.rest.replace(EXCLUDED, ' '));
  const measures: MeasureWord[] = [];
  for (const [re, m] of MEASURE_WORDS) if (re.test(norm) && !measures.includes(m)) measures.push(m);
  // a plan's "total budget" is its approved total (計畫總經費), not one year's budget
  if (/計畫|\bplan\b/.test(norm) && /total budget|總預算/.test(norm) && !measures.includes('approved')) measures.splice(0, measures.length, 'approved', ...measures.filter((m) => m !== 'budget'));

  const topMatch = norm.replace(/(?<=前\s*)[二三四五六七八九十](?=\s*(?:名|大|個|項))/, (d) => String('二三四五六七八九十'.indexOf(d) + 2)).match(/(?:前|top)\s*(\d{1,2})/);
  const ranking = RANKING.test(norm) || /哪個|哪一個|哪些|which/.test(norm) && /最|\b(?:most|largest|biggest|highest|least|lowest)\b/.test(norm);
  // 的 joins words in questions (普及的委辦費) and stands in no name the documents print
  const itemText = compact(ag.rest).replace(/的/g, '');
  let residual = residualOf(ag.rest, norm, readAs);
  const agencies = [...ag.agencies].sort((a, b) => (a === '62' ? 1 : 0) - (b === '62' ? 1 : 0) || firstMention(yr.rest, a) - firstMention(yr.rest, b));
  // "the total … of MODA and its administrations" adds the agencies it names
  const sum = OPERATION_WORDS.sum.test(norm) || (/\btotal\b/.test(norm) && agencies.filter((a) => a !== '62').length >= 2);
  const op = readOperation(norm, { years: new Set(yr.years.map((y) => y.year)).size, agencies: agencies.filter((a) => a !== '62').length, sum, ranking });
  residual = residual.replace(OPERATION_FILLER[op.operation] ?? /$^/g, ' ');
  return {
    ...op,
    raw,
    norm,
    lang,
    years: dataYears(norm, yr.years.map((y) => y.year)),
    relative: yr.relative,
    // in the order the question names them; with the ministry total and an agency both named, the agency first
    agencies,
    ministryAmbiguous: ag.ambiguous && ag.agencies.length === 0,
    measures,
    ranking,
    rankingAsc: RANKING_ASC.test(norm),
    topN: topMatch ? Number(topMatch[1]) : null,
    breakdown: BREAKDOWN.test(norm),
    share: SHARE.test(norm),
    help: helpHit || norm0.trim() === '',
    search,
    planWords: PLAN_WORDS.test(norm),
    staffWords: STAFF_WORDS.test(norm),
    itemText,
    residual: compactWords(residual),
    foreignBody: findForeignBody(yr.rest),
    asksLatest: LATEST_ASKED.test(norm),
  };
}
