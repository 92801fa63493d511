// Follow-ups: a question read against the turn it points at. What it names replaces, what it leaves
// is inherited, and references (回到第一題, the first agency you mentioned, 那去年呢) say which turn and
// which year. The answer says what was carried over, every time.
import type { Conversation, TurnMemory } from './conversation.js';
import { reviveFrame } from './conversation.js';
import type { Concept } from './concepts.js';
import type { Understood } from './understand.js';
import { agencyInfo } from './lexicon.js';
import { readSpans } from './matcher.js';
import { inLanguage } from '../format/phrases.js';

/** A follow-up's own words this short, after a prose figure, name a measure rather than a new subject. */
const MEASURE_ONLY = 6;

const hasSubject = (u: Understood) => u.residual.length >= 2;
const agencyNamed = (u: Understood) => u.agencies.length > 0 || u.ministryAmbiguous;
const yearNamed = (u: Understood) => u.years.length > 0 || u.relative !== null;
const DERIVED = new Set<Understood['operation']>(['diff', 'changePct', 'share', 'sum', 'ratio']);

/** A question that leans on an earlier one: 那…呢, and for 2024?, 差多少, or one that names too little itself. */
export function isFollowUp(u: Understood): boolean {
  if (u.leansBack || u.asks.has('firstTurn') || u.asks.has('back')) return true;
  if (hasSubject(u)) return false;
  // a ranking, breakdown or count names what it is about by its operation (前 5 名業務計畫)
  if (u.operation === 'rank' || u.operation === 'breakdown' || u.operation === 'count') return false;
  // nothing but an agency and a year is a question of its own (數產署 114 預算); less leans on the last one
  return !agencyNamed(u) || !yearNamed(u) || DERIVED.has(u.operation);
}

/** The turns that have a frame, oldest first. */
function framed(c: Conversation): { turn: TurnMemory; frame: Understood }[] {
  return c.turns.flatMap((turn) => {
    const frame = reviveFrame(turn.frame);
    return frame ? [{ turn, frame }] : [];
  });
}

/** The turn a follow-up points at: the first question when it says so, else the last one. */
export function baseTurn(c: Conversation, u: Understood): { turn: TurnMemory; frame: Understood } | undefined {
  const turns = framed(c);
  return u.asks.has('firstTurn') ? turns[0] : turns.at(-1);
}

/** "The first agency you mentioned": the agencies of the earliest turn that named one. */
function agenciesReferred(c: Conversation, u: Understood, base: TurnMemory): Understood['agencies'] | undefined {
  if (agencyNamed(u)) return undefined;
  // "那它 112 年呢" after a ranking of agencies: the agency it put first
  if (base.intent === 'ranking' && u.asks.has('it')) {
    const agency = readSpans(base.figures[0]?.label ?? '').find((s) => s.agency)?.agency;
    if (agency) return [agency];
  }
  if (!u.asks.has('first') || !u.asks.has('agencyLevel')) return undefined;
  return framed(c).find(({ frame }) => frame.agencies.length)?.frame.agencies.slice(0, 1);
}

/** A calendar year word in a follow-up counts from the year of the turn it follows (那去年呢 after 114 is
 * 113); a book's year word (上年度, 前年度) is the book's, as in a question of its own. */
function yearsOf(prev: Understood, base: TurnMemory, u: Understood): Pick<Understood, 'years' | 'relative'> {
  if (u.years.length) return { years: u.years, relative: u.relative };
  // "那現在呢？" after a dated figure asks the latest, whatever year was asked before
  if (u.asks.has('now')) return { years: [], relative: null };
  if (u.relative === null) return { years: prev.years, relative: prev.relative };
  if (u.asks.has('bookYear')) return { years: [], relative: u.relative };
  const from = prev.years.at(-1) ?? base.figures.find((f) => f.year !== undefined)?.year;
  return from === undefined ? { years: [], relative: u.relative } : { years: [from + u.relative], relative: null };
}

const RATE_CONCEPTS: Concept[] = ['m.rate', 'execRate', 'hint.rate'];
/** Operations whose answer has a unit of its own (a year, a count): an earlier measure and unit are not asked of it. */
const OWN_UNIT = new Set<Understood['operation']>(['when', 'count']);
/** Operations asked of one subject, which a follow-up naming another subject asks again of it. */
const PER_SUBJECT = new Set<Understood['operation']>(['share', 'ratio', 'changePct', 'diff', 'remaining', 'when', 'series']);

/** The concepts of the merged frame: the earlier turn's, then this one's (a measure of its own replaces a rate). */
function mergedAsks(prev: Understood, u: Understood): Set<Concept> {
  const keep = [...prev.asks].filter((c) => !(u.measures.length && !u.measures.includes('rate') && RATE_CONCEPTS.includes(c)));
  return new Set([...keep, ...u.asks]);
}

/** The frame a follow-up asks: its own slots, the rest from the turn it follows. */
export function inherit(c: Conversation, base: { turn: TurnMemory; frame: Understood }, u: Understood): Understood {
  const prev = base.frame;
  // "使用人次呢？" after a prose figure asks another measure of the same subject: keep the subject
  const prose = base.turn.intent === 'kpi' || base.turn.about === 'kpi';
  const measureOnly = hasSubject(u) && prose && u.residual.length <= MEASURE_ONLY;
  const own = hasSubject(u) && !measureOnly;
  // a body outside the data named in a follow-up replaces the agency: it is asked about, not ours
  const agencies = agenciesReferred(c, u, base.turn) ?? (agencyNamed(u) || u.foreignBody ? u.agencies : prev.agencies);
  return {
    ...u,
    ...yearsOf(prev, base.turn, u),
    agencies,
    ministryAmbiguous: agencyNamed(u) ? u.ministryAmbiguous : prev.ministryAmbiguous,
    yearMeasures: u.years.length ? u.yearMeasures : prev.yearMeasures,
    // two years named with no measure ("how much more is 2025 than 2024"): budgets, not the last measure
    measures: u.measures.length || u.years.length > 1 || OWN_UNIT.has(u.operation) ? u.measures : prev.measures,
    itemText: own ? u.itemText : `${prev.itemText}${u.itemText}`,
    residual: own ? u.residual : `${prev.residual}${u.residual}`,
    searchText: own ? u.searchText : `${prev.searchText} ${u.searchText}`,
    hints: own ? u.hints : [...prev.hints.filter((h) => !(u.measures.length && h.measure === 'rate')), ...u.hints],
    countedNoun: u.countedNoun ?? prev.countedNoun,
    properNames: own ? u.properNames : [...new Set([...prev.properNames, ...u.properNames])],
    // the measure a follow-up asked (下載量呢？) stays asked when the next one changes only the date
    ...(measureOnly ? { focus: u.residual } : !own && prev.focus ? { focus: prev.focus } : {}),
    // "使用人次呢？" after a prose figure: another figure of the reports, unless it names an agency or a budget measure
    ...(measureOnly && !agencyNamed(u) && !u.measures.length ? { proseOnly: true } : {}),
    asks: own ? u.asks : mergedAsks(prev, u),
    // "那連結亞太計畫呢？" after a share asks the same share of another plan, unless it names a measure of its own;
    // a subject of its own after a sum or a ranking (其中規費呢？) asks its own figure
    operation: u.operation !== 'value' || u.measures.length || (own && !PER_SUBJECT.has(prev.operation)) ? u.operation : prev.operation,
    ranking: u.ranking || (u.operation === 'value' && !u.measures.length && prev.ranking),
    // a measure of its own asks that measure's unit (決算數呢？ after an execution rate is money)
    unitAsked: u.unitAsked ?? (measureOnly || u.measures.length || OWN_UNIT.has(u.operation) ? null : prev.unitAsked),
    countWords: u.unitAsked || measureOnly ? u.countWords : prev.countWords,
    staffWords: u.staffWords || (!own && prev.staffWords),
    planWords: u.planWords || (!own && prev.planWords),
    breakdown: u.breakdown || (!own && prev.breakdown),
  };
}

/** What the answer carried over, said at its start: the agencies, the subject, the years. */
export function carriedNote(prev: Understood, u: Understood, merged: Understood): string {
  const parts: string[] = [];
  if (!agencyNamed(u) && merged.agencies.length) {
    parts.push(merged.agencies.map((a) => inLanguage(u.lang, { zh: agencyInfo(a).zh, en: agencyInfo(a).short })).join('/'));
  }
  if (!hasSubject(u) && prev.residual) parts.push(prev.residual);
  if (!u.years.length && merged.years.length) parts.push(merged.years.join('、'));
  return parts.join('、');
}
