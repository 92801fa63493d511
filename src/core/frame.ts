// The parts of a question's frame read from the words the matcher found: the operation it asks for
// and the unit its answer must be in. Constructions of several words (比…多, 多了幾, A 和 B 合計) are
// read here from the spans' places; single words are the concept table's.
import { COUNT_UNITS } from '../dataset/ingest/kpi-number.js';
import type { Concept } from './concepts.js';
import type { Operation } from './lexicon.js';
import { readSpans, type Span } from './matcher.js';

export type UnitAsked = 'money' | 'percent' | 'count' | null;

export interface OperationReading {
  operation: Operation;
  ranking: boolean;
}

/** How many years and agencies the question names. */
export interface OperationHints {
  years: number;
  agencies: number;
  /** a range word stands between two years (112 到 114 年, 2023 to 2025) */
  yearRange: boolean;
}

const has = (s: Span, tag: Concept) => s.tags.includes(tag);

/** A span with `first`, then within `reach` characters one with `then`. */
function followedBy(spans: Span[], first: (s: Span) => boolean, then: (s: Span) => boolean, reach: number): boolean {
  return spans.some((a) => first(a) && spans.some((b) => b.start >= a.end && b.start - a.end <= reach && then(b)));
}

/** How far apart the words of a construction may stand, in characters. */
const REACH = { comparative: 16, moreBy: 3, countAfter: 24, adjacent: 2, executedShare: 30, sum: 200 } as const;

const COLLECTION: Concept[] = ['majorPlan', 'commissioned', 'vehicles'];
const counting = (s: Span) => has(s, 'askCount') || has(s, 'howMuch') || has(s, 'howMany');

/** 比 X 多 / 少 / 增 / 成長: a comparison, unless 比 follows 占. */
function comparative(norm: string, spans: Span[]): boolean {
  const bi = (s: Span) => s.text === '比' && !/[占佔]\s*$/.test(norm.slice(0, s.start));
  return followedBy(spans, bi, (s) => has(s, 'direction') || has(s, 'change'), REACH.comparative);
}

/** 多了幾個, 多編了多少, 減了多少, 少了幾%: a difference asked ("最多" is a ranking word of its own). */
function moreBy(spans: Span[]): boolean {
  return followedBy(spans, (s) => has(s, 'direction'), counting, REACH.moreBy);
}

/** 幾個計畫, 重大計畫有幾個, 列出, how many vehicles: a count or a list of a collection. */
function countAsked(spans: Span[], asks: ReadonlySet<Concept>): boolean {
  if (asks.has('list') || spans.some((s) => counting(s) && (has(s, 'plan') || has(s, 'vehicles')))) return true;
  const collection = (s: Span) => COLLECTION.some((c) => has(s, c)) || has(s, 'plan') || (has(s, 'commissionedWord') && asks.has('plan'));
  return followedBy(spans, counting, collection, REACH.adjacent) ||
    followedBy(spans, (s) => COLLECTION.some((c) => has(s, c)), (s) => has(s, 'askCount'), REACH.countAfter);
}

/** 執行了總經費的幾%, executed … percent, 決算 / 預算: an execution rate. */
function execRate(norm: string, spans: Span[], asks: ReadonlySet<Concept>): boolean {
  if (asks.has('execRate')) return true;
  const executed = (s: Span) => has(s, 'm.executedToDate') || has(s, 'execution');
  const ofWhole = (s: Span) => has(s, 'askPercent') || has(s, 'share');
  return followedBy(spans, executed, ofWhole, REACH.executedShare) || /(?:決算|final).{0,4}[/÷].{0,4}(?:預算|budget)/.test(norm);
}

/** 趨勢, 變化, or a range of years with no difference or percent asked: every year's figure. */
function seriesAsked(asks: ReadonlySet<Concept>, hints: OperationHints): boolean {
  const other = ['diff', 'askPercent', 'askCount', 'share'].some((c) => asks.has(c as Concept));
  return !other && (asks.has('series') || (hints.yearRange && !asks.has('change')));
}

/** A 和 B 合計, 加起來, total of several agencies: a sum. */
function sumAsked(spans: Span[], asks: ReadonlySet<Concept>, hints: OperationHints): boolean {
  return asks.has('sum') || followedBy(spans, (s) => has(s, 'conjunction'), (s) => has(s, 'total') || has(s, 'sum'), REACH.sum) ||
    (asks.has('total') && hints.agencies >= 2);
}

export function readOperation(norm: string, spans: Span[], asks: ReadonlySet<Concept>, hints: OperationHints): OperationReading {
  const ranking = asks.has('rank') || (asks.has('which') && asks.has('superlative'));
  const change = asks.has('change') || comparative(norm, spans);
  const percent = asks.has('percent');
  const operation = ((): Operation => {
    if (asks.has('askYear')) return 'when';
    if (asks.has('remaining')) return 'remaining';
    if (countAsked(spans, asks)) return 'count';
    if (ranking) return 'rank';
    if (percent && change && hints.years >= 2) return 'changePct';
    if (asks.has('share')) return 'share';
    if (execRate(norm, spans, asks)) return 'ratio';
    if (seriesAsked(asks, hints)) return 'series';
    if (percent && (change || hints.years >= 2) && !asks.has('rateWord')) return 'changePct';
    // a change between two dates, or from one date to now (從 112 年底到現在增加了幾個)
    const twoDates = hints.years >= 2 || (hints.years === 1 && asks.has('now'));
    if (asks.has('diff') || moreBy(spans) || (change && twoDates)) return 'diff';
    if (sumAsked(spans, asks, hints)) return 'sum';
    if (asks.has('breakdown')) return 'breakdown';
    return 'value';
  })();
  return { operation, ranking };
}

/** What "how many" counts: the words after it, up to the verb or a preposition (how many 5G base stations
 * had operators built counts base stations), at most a few words. */
const HOW_MANY_SCOPE = /^((?:\s+(?!(?:had|have|has|did|do|does|were|was|are|is|will|can|could|by|from|for|under|in|at|of|with|that|which|who)\b)\S+){1,6})/;

/** The counting word a count is asked in: in English the noun after "how many" (read as 多少 + noun), else the first. */
function countingWord(norm: string, spans: Span[], amountAsked: boolean): Span | undefined {
  if (amountAsked) return undefined;
  const howMany = spans.find((s) => has(s, 'howMany'));
  if (!howMany) return spans.find((s) => s.counts && !s.english);
  const scope = norm.slice(howMany.end).match(HOW_MANY_SCOPE)?.[1] ?? '';
  return readSpans(`多少${scope.replace(/\s+/g, '')}`).find((s) => s.counts) ?? readSpans(scope).find((s) => s.counts);
}

export function readUnitAsked(norm: string, spans: Span[], asks: ReadonlySet<Concept>): { unitAsked: UnitAsked; countWords: string[] } {
  if (asks.has('askPercent') || asks.has('percent') || asks.has('share') || execRate(norm, spans, asks)) return { unitAsked: 'percent', countWords: [] };
  // "how much money … approved cases" asks an amount: its nouns count nothing
  const amountAsked = spans.some((s) => s.text === 'how much') && !asks.has('howMany');
  const word = countingWord(norm, spans, amountAsked);
  if (word) return { unitAsked: 'count', countWords: word.counts ?? [] };
  // any other counting word the documents count in: 幾種, 多少艘
  const unit = spans.filter((s) => has(s, 'howMuch')).map((s) => norm.slice(s.end).trim()[0]).find((c) => c && COUNT_UNITS.includes(c));
  if (unit) return { unitAsked: 'count', countWords: [unit] };
  if (asks.has('askCount') || asks.has('howMany')) return { unitAsked: 'count', countWords: [] };
  if (asks.has('askMoney') || (asks.has('howMuch') && spans.some((s) => s.text === 'how much'))) return { unitAsked: 'money', countWords: [] };
  return { unitAsked: null, countWords: [] };
}
