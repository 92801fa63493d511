// Features of a candidate: small named facts about how well an item fits a question, each in
// [0, 1] (or 0/1). Which item answers is their weighted sum (weights.ts); nothing else decides.
import type { Item } from './catalog.js';
import type { Understood } from './understand.js';
import { GATE, type FeatureName } from './weights.js';
import { rankScore, type Model } from './model.js';
import { ACRONYMS, agencyInfo } from './lexicon.js';
import { readCountedNoun } from './frame-words.js';
import { bigramSet, tokenStrings } from './search/tokenize.js';
import { COUNT_UNITS } from '../dataset/ingest/kpi-number.js';
import { asOfSpan } from '../dataset/years.js';

export type Features = Partial<Record<FeatureName, number>>;

export interface Candidate {
  item: Item;
  /** the name of the item that matched best */
  matched: string;
  exact: boolean;
  /** share of the question's content words the item explains (0..1) */
  explains: number;
  features: Features;
  score: number;
  /** the question names a year */
  yearAsked: boolean;
}

/** What a question brings to feature computation, computed once per question. */
export interface QuestionSets {
  q: Set<string>;
  residual: Set<string>;
  /** how much each content token says (rare words weigh more); all 1 without an index */
  weight: Map<string, number>;
  /** the sum of the content tokens' weights */
  residualWeight: number;
  /** proper names written in Latin letters (GSN, HAPS, iTaiwan): a record must mention each */
  properNames: string[];
  /** the measure a follow-up asks of the last subject (使用人次呢？): what the figure must measure */
  focus?: Set<string>;
  /** what the question's words say, read once rather than per candidate */
  asks: QuestionAsks;
}

interface QuestionAsks {
  revenue: boolean;
  execution: boolean;
  nature: 'capital' | 'current' | null;
  /** measures other than the budget the question's words ask for, with those words */
  hints: Understood['hints'];
  now: boolean;
  flow: boolean;
  planned: boolean;
  /** bigrams of the noun a count question counts */
  counted: Set<string> | null;
  countedWord: string | null;
}

function asksOf(u: Understood): QuestionAsks {
  // a follow-up naming a measure alone (服務項目呢？) asks that, not what the last question counted
  const counted = u.focus ? readCountedNoun(u.focus) ?? u.focus : u.countedNoun;
  const a = u.asks;
  return {
    revenue: a.has('revenue'),
    execution: a.has('m.rate') || a.has('execution') || a.has('m.final'),
    nature: a.has('capital') ? 'capital' : a.has('current') ? 'current' : null,
    hints: u.hints,
    now: a.has('now'),
    flow: a.has('flow') || a.has('rankChange'),
    planned: a.has('planned'),
    counted: counted ? bigramSet(counted) : null,
    countedWord: counted ?? null,
  };
}

/** Pairs of characters no record holds that sit next to ones a record holds: the seams between the
 * asker's words (平臺到累積 → 臺到, 到累), not a subject the data lacks (颱風天 → 颱風, 風天). */
function seamsOf(residual: string, known: (t: string) => boolean): Set<string> {
  const seq = tokenStrings(residual);
  const cjk = (t?: string) => !!t && t.length === 2 && /[\u3400-\u9fff]{2}/.test(t);
  return new Set(seq.filter((t, i) => cjk(t) && !known(t) && (PARTICLE.test(t) ||
    (cjk(seq[i - 1]) && seq[i - 1][1] === t[0] && known(seq[i - 1])) || (cjk(seq[i + 1]) && seq[i + 1][0] === t[1] && known(seq[i + 1])))));
}
/** Grammatical characters: an unknown pair with one of them joins two words (到累, 用它, 舉過). */
const PARTICLE = /[的了過被它到在把跟和與及就都也還很真嗎呢吧啊喔要會能可]/;

export function questionSets(u: Understood, tokenWeight: (t: string) => number = () => 1, known: (t: string) => boolean = () => true): QuestionSets {
  const residual = bigramSet(u.residual);
  // a name most records carry (APP, AI) says little: only rare ones must be mentioned
  const properNames = u.properNames.filter((n) => residual.has(n) && tokenWeight(n) >= GATE.properNameMinWeight);
  // a proper name counts even when no record has it: then no record explains the question
  // an English word typed in lower case (national, member) is the asker's word, not a name the documents
  // print: it weighs at most as a common word, however rare its stem is in the records
  const typed = new Set(u.typedWords);
  const seams = seamsOf(u.residual, known);
  const weightOf = (t: string) => properNames.includes(t) ? Math.max(tokenWeight(t), 1)
    : typed.has(t.replace(/-/g, '')) || seams.has(t) ? Math.min(tokenWeight(t), GATE.unknownTokenWeight)
    // rarity beyond a distinctive word says little: a rare pair may be a seam too (府開 in 政府開放)
    : Math.min(tokenWeight(t), GATE.maxTokenWeight);
  const weight = new Map([...residual].map((t) => [t, weightOf(t)]));
  const focus = u.focus ? bigramSet(u.focus) : undefined;
  return {
    q: bigramSet(u.itemText), residual, weight, residualWeight: [...weight.values()].reduce((a, b) => a + b, 0), properNames, focus, asks: asksOf(u),
  };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Share of the question's content the tokens explain, each content token by its weight. */
function explained(sets: QuestionSets, by: Set<string>): number {
  if (!sets.residualWeight) return 0;
  let w = 0;
  for (const t of sets.residual) if (by.has(t)) w += sets.weight.get(t) ?? 0;
  return w / sets.residualWeight;
}

/** What feature computation reads of an item, worked out on first use and kept with it. */
interface ItemProfile {
  names: Set<string>[];
  all: Set<string>;
  phrase: Set<string>;
  units: Set<string>;
  measures: Set<string>;
}
const profiles = new WeakMap<Item, ItemProfile>();

function profileOf(item: Item): ItemProfile {
  let b = profiles.get(item);
  if (!b) {
    const names = item.match.map(bigramSet);
    const context = bigramSet(item.context ?? '');
    // a record that spells an acronym out (政府骨幹網路) mentions it (GSN)
    const spelled = Object.entries(ACRONYMS).filter(([, zh]) => (item.context ?? item.name).includes(zh)).map(([acronym]) => acronym);
    b = {
      names, all: new Set([...names.flatMap((s) => [...s]), ...context, ...spelled]), phrase: bigramSet(item.phrase ?? ''),
      units: new Set(item.obs.map((o) => o.unit)), measures: new Set(item.obs.map((o) => o.measure)),
    };
    profiles.set(item, b);
  }
  return b;
}

/** Whether a figure's measure ends in the noun asked (Chinese puts the head last): 9 項高應用價值主題, 下載量, 11 億 tokens. */
function countsNoun(phrase: string, counted: string, bigrams: Set<string>): boolean {
  if (/^[a-z]/.test(counted)) return phrase.endsWith(counted) || phrase.endsWith(counted.replace(/s$/, ''));
  // the head of words before the figure is their end; words after it start with what is counted (61 件計畫獲得獎助)
  const head = phrase.slice(-3);
  return bigrams.has(head.slice(-2)) || bigrams.has(head.slice(0, 2)) || bigrams.has(phrase.slice(0, 2));
}
const PLAN_MEASURES = new Set(['approved', 'executedToDate', 'budgetedToDate']);

/** +1: the figure is in the unit asked; -1: it cannot be (a count for a money question); 0: no word on it. */
export function unitFit(item: Item, u: Understood): number {
  // a percentage computed from money (a share, a rate) fits any money record; a prose count fits none
  if (!u.unitAsked || (u.unitAsked === 'percent' && u.operation !== 'value' && item.kind !== 'kpi')) return 0;
  const units = profileOf(item).units;
  if (u.unitAsked === 'money') return units.has('TWD') ? 1 : item.kind === 'kpi' || units.size ? -1 : 0;
  if (u.unitAsked === 'percent') return units.has('percent') ? 1 : -1;
  const counts = item.obs.filter((o) => o.unit === 'count' || o.unit === 'person');
  if (!counts.length) return -1;
  if (!u.countWords.length) return 1;
  return counts.some((o) => !o.unitLabel || u.countWords.includes(o.unitLabel)) ? 1 : -1;
}

function nameFeatures(item: Item, u: Understood, sets: QuestionSets) {
  const b = profileOf(item);
  let best = { matched: '', exact: false, explains: 0, cover: 0, len: 0 };
  // a prose figure is explained by everything it mentions, whichever of its names matched
  const kpiExplains = item.kind === 'kpi' && sets.residual.size ? explained(sets, b.all) : 0;
  for (let k = 0; k < item.match.length; k++) {
    const m = item.match[k];
    if (!m) continue;
    const exact = u.itemText.includes(m) && (item.kind !== 'kpi' || m.length >= GATE.minKpiExact);
    const mSet = b.names[k];
    const cover = mSet.size ? overlap(mSet, sets.q) / mSet.size : 0;
    const explains = sets.residual.size ? (item.kind === 'kpi' ? kpiExplains : explained(sets, mSet)) : exact ? 1 : 0;
    const better = Number(exact) - Number(best.exact) || explains - best.explains || m.length - best.len;
    if (!best.matched || better > 0) best = { matched: m, exact, explains, cover, len: m.length };
  }
  return best;
}

/** What a prose figure's own words say: its clause or words explain the question, its phrase measures
 * what is asked, it is a target or an addition, it counts the noun asked. */
function proseFeatures(item: Item, sets: QuestionSets, n: ReturnType<typeof nameFeatures>): Features {
  const f: Features = {};
  if (n.exact) {
    f.exactKpi = 1;
    f.exactKpiLength = Math.min(n.len, GATE.exactKpiLengthScale) / GATE.exactKpiLengthScale;
    f.explainsKpi = n.explains;
  } else if (sets.residual.size >= 2) {
    f.explainsKpiLoose = n.explains;
    f.sentenceExplains = explained(sets, profileOf(item).names[0] ?? new Set());
  }
  const phrase = profileOf(item).phrase;
  // a follow-up's measure (確認為詐騙 after 通報): in the figure's phrase, or in its own sentence when the
  // phrase stops short of it (a sentence with several figures shares its words; the phrase tells them apart)
  if (phrase.size && sets.focus?.size) f.phrase = Math.max(overlap(sets.focus, phrase), overlap(sets.focus, profileOf(item).names[0] ?? new Set())) / sets.focus.size;
  // how much of what the figure measures the question asks for (瀏覽量 in 政府資料開放平臺瀏覽量有多少人次)
  else if (phrase.size && sets.residual.size) f.phrase = overlap(phrase, sets.q) / phrase.size;
  // "新增 12 項" is what was added, not how many there are, unless the question asks what was added
  if (item.flow && !sets.asks.flow) f.flowNotAsked = 1;
  // "預計培育至少 95 位" is a target: what has been done is asked unless the question asks for the plan
  if (item.planned && !sets.asks.planned) f.plannedNotAsked = 1;
  // "幾個主題": the thing counted is what the figure's measure ends in (9 項高應用價值主題)
  if (sets.asks.countedWord && item.phrase && countsNoun(item.phrase, sets.asks.countedWord, sets.asks.counted!)) f.countedNoun = 1;
  return f;
}

/** How a table row's or plan's own name stands in the question. */
function nameFit(n: ReturnType<typeof nameFeatures>, u: Understood): Features {
  if (n.exact) {
    // the question is the record's own name and little else: it names that record, not a sentence quoting it
    return {
      exact: 1, exactLength: Math.min(n.len, GATE.exactLengthScale) / GATE.exactLengthScale, explains: n.explains,
      coversQuestion: Math.min(1, n.len / Math.max(1, u.itemText.length)), ...(n.explains >= GATE.wholeNameExplains ? { wholeName: 1 } : {}),
    };
  }
  return { partialCover: n.cover * (GATE.partialFloor + (1 - GATE.partialFloor) * n.explains), explains: n.explains };
}

export function featuresOf(item: Item, u: Understood, sets: QuestionSets, model: Model): Candidate | null {
  const n = nameFeatures(item, u, sets);
  if (!n.matched) return null;
  const kpi = item.kind === 'kpi';
  const f: Features = kpi ? proseFeatures(item, sets, n) : nameFit(n, u);
  const mentions = profileOf(item).all;
  // prose is full of near misses; a table row or plan is named by its own words, not by acronyms
  const mentioned = (name: string) => mentions.has(name) || (item.text ?? '').toLowerCase().includes(name) ||
    (ACRONYMS[name] !== undefined && (item.context ?? item.name).includes(ACRONYMS[name]));
  if (kpi && !sets.properNames.every(mentioned)) f.properNameMissing = 1;
  const fit = unitFit(item, u);
  if (fit > 0) f.unitAgrees = 1;
  if (fit < 0) f.unitContradicts = 1;
  const extra = item.match.filter((m) => m !== n.matched && m.length >= 2 && u.itemText.includes(m)).length;
  if (extra) f.extraNames = Math.min(extra, GATE.extraNamesCap) / GATE.extraNamesCap;
  Object.assign(f, contextFeatures(item, u, sets.asks));
  const score = rankScore(model, f);
  return { item, matched: n.matched, exact: n.exact, explains: n.explains, features: f, score, yearAsked: u.years.length > 0 };
}

/** A record of the agency named itself (its own line, or a fact whose subject is the agency or its total). */
function ownOfAgency(item: Item, u: Understood): boolean {
  if (!item.agency || !u.agencies.includes(item.agency)) return false;
  if (item.kind === 'line') return item.level === 'agency';
  return item.subject === agencyInfo(item.agency).zh || /^(合計|總計)$/.test(item.subject ?? '');
}

/** What the rest of the question (family words, measure, year) says about the item. */
function contextFeatures(item: Item, u: Understood, asks: QuestionAsks): Features {
  const f: Features = {};
  if (asks.revenue && item.family === 'revenue') f.familyFits = 1;
  if (!asks.revenue && item.family === 'revenue') f.familyAvoided = 1;
  if (u.staffWords && (item.family === 'positions' || item.family === 'staff')) f.familyFits = 1;
  // people actually employed (實際, "actually") are the staff table's, not the budget's posts
  if (u.staffWords && u.measures.includes('final') && item.family === 'positions') f.measureMissing = 1;
  if (asks.execution && item.family === 'execution') f.familyFits = 1;
  if (item.kind === 'line') f.isLine = 1;
  if (ownOfAgency(item, u)) f.agencyOwn = 1;
  if (asks.nature && item.nature === asks.nature) f.natureFits = 1;
  if (/^(合計|總計)$/.test(item.category ?? '')) f.isTotal = 1;
  const have = profileOf(item).measures;
  if (u.measures.some((m) => have.has(m === 'previous' ? 'budget' : m) || (m === 'final' && have.has('actual')))) f.measureFits = 1;
  if (asks.hints.some((h) => have.has(h.measure))) f.measureFits = 1;
  // 排氣量, 面積, 人天 … asked of a record that has no such figure: another record is meant
  // (the words may be the record's own name: 租金收入 is a revenue line, not a rent figure)
  else if ((item.kind === 'fact' || item.kind === 'line') && asks.hints.some((h) => SPECIFIC_MEASURES.has(h.measure) && !item.match.some((n) => n.includes(h.word)))) f.measureMissing = 1;
  if (item.kind === 'plan' && (u.planWords || u.measures.some((m) => PLAN_MEASURES.has(m)) || u.operation === 'ratio' || u.operation === 'remaining')) f.planFits = 1;
  const year = u.years.at(-1);
  if (year === undefined && item.kind === 'kpi') f.recency = recencyOf(item);
  // "現在", "目前", "latest": the newest report of a figure is what is asked
  if (year === undefined && item.kind === 'kpi' && asks.now) f.recencyAsked = recencyOf(item);
  if (year !== undefined) Object.assign(f, yearFeatures(item, u));
  return f;
}

/** Whether a record has the year asked: its own date (or period) is in it, or its text names the year. */
function yearFeatures(item: Item, u: Understood): Features {
  const [from, to] = [Math.min(...u.years), Math.max(...u.years)];
  const dated = (o: Item['obs'][number]) => {
    const y = Number((o.asOf ?? String(o.year)).slice(0, 3));
    return o.year === to || (y >= from && y <= to);
  };
  if (item.obs.some(dated)) return { yearFits: 1 };
  if (item.kind === 'kpi' && u.years.some((y) => new RegExp(`${y}\\s*年`).test(item.context ?? ''))) return { yearMentioned: 1 };
  return {};
}

/** The earliest and latest as-of years of prose figures (the documents'); a later report of a figure is its newer value. */
const AS_OF_SPAN = asOfSpan();

/** Measures only some records of a family have: asking for one rules out the others. */
const SPECIFIC_MEASURES = new Set(['area', 'rent', 'displacement', 'fuel_cost', 'person_days', 'days', 'budget_personnel']);


function recencyOf(item: Item): number {
  const latest = Math.max(...item.obs.map((o) => Number((o.asOf ?? String(o.year)).slice(0, 3)) + Number((o.asOf ?? '').slice(4, 6) || 0) / 12));
  return Math.min(1, Math.max(0, (latest - AS_OF_SPAN.from) / (AS_OF_SPAN.to - AS_OF_SPAN.from)));
}

/** A money question is never answered by a figure that is not money, whatever else fits. */
export function unitAllows(c: Candidate): boolean {
  return !c.features.unitContradicts;
}
