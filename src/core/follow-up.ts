// Follow-ups: a question read in the context of the conversation so far. It inherits what it does
// not name (agency, years, item, measure) and replaces what it does; an operation alone (差多少,
// 加起來, 減少幾%) works on the figures of the last two answers.
import type { Answer, Figure } from './answer.js';
import type { Conversation, TurnMemory } from './conversation.js';
import type { Understood } from './understand.js';
import { FOLLOW_UP, MEASURE_WORDS, agencyInfo } from './lexicon.js';
import { groupDigits } from '../format/numbers.js';
import { inLanguage, phrase } from '../format/phrases.js';
import { baseAnswer, collectSources, say } from './answers/context.js';
import { bigramSet } from './search/tokenize.js';

/** The part of a frame a later question can inherit. */
export type FrameMemory = Pick<Understood,
  'agencies' | 'ministryAmbiguous' | 'years' | 'relative' | 'measures' | 'itemText' | 'residual' | 'norm' |
  'operation' | 'unitAsked' | 'countWords' | 'staffWords' | 'planWords' | 'breakdown' | 'share' | 'focus'> & {
  /** what the answer to it was: a prose figure's follow-up keeps its subject */
  answered?: string;
};

export function frameMemory(u: Understood, answered?: string): FrameMemory {
  const { agencies, ministryAmbiguous, years, relative, measures, itemText, residual, norm, operation, unitAsked, countWords, staffWords, planWords, breakdown, share, focus } = u;
  return {
    agencies, ministryAmbiguous, years, relative, measures, itemText, residual, norm, operation, unitAsked, countWords, staffWords, planWords, breakdown, share,
    ...(focus ? { focus } : {}), ...(answered ? { answered } : {}),
  };
}

function lastFrame(c: Conversation): FrameMemory | undefined {
  const f = c.turns.at(-1)?.frame as FrameMemory | undefined;
  return f && Array.isArray(f.agencies) && typeof f.norm === 'string' ? f : undefined;
}

/** A question that leans on the last one: 那…呢, and for 2024?, 差多少, or one that names nothing itself. */
export function isFollowUp(u: Understood): boolean {
  if (FOLLOW_UP.test(u.norm.trim())) return true;
  if (hasSubject(u)) return false;
  // a ranking, breakdown or count names what it is about by its operation (前 5 名業務計畫)
  if (u.operation === 'rank' || u.operation === 'breakdown' || u.operation === 'count') return false;
  // nothing but an agency and a year is a question of its own (數產署 114 預算); less leans on the last one
  const agencyNamed = u.agencies.length > 0 || u.ministryAmbiguous;
  const yearNamed = u.years.length > 0 || u.relative !== null;
  // …or an operation on figures named before (占多少, 差多少); a ranking or breakdown stands alone
  return !agencyNamed || !yearNamed || ['diff', 'changePct', 'share', 'sum', 'ratio'].includes(u.operation);
}

/** Words a follow-up uses that name no item: what it does with the last figures, how it points at them. */
const POINTING = /個?百分點|percentage points?|\bbig\b|\blarge\b|\bwide\b|那|這|呢|兩個署|兩個|兩者|時候|的時候|那時|當時|差|多了|少了|增加了|減少了|幾個|多少|more|less|fewer|than|much|higher|lower|bigger|smaller|gap|difference|between|two|both|is|that|those|them|then|at|time/g;

/** A follow-up's own words this short, after a prose figure, name a measure rather than a new subject. */
const MEASURE_ONLY = 6;

const hasSubject = (u: Understood) => u.residual.replace(POINTING, '').length >= 2;

const RATE = new RegExp(MEASURE_WORDS.find(([, m]) => m === 'rate')![0].source, 'g');
const withoutRate = (norm: string) => norm.replace(RATE, ' ');

/** The question with the slots it does not fill taken from the last question. */
export function inherit(prev: FrameMemory, u: Understood): Understood {
  // "使用人次呢？" after a prose figure asks another measure of the same subject: keep the subject
  const ownWords = u.residual.replace(POINTING, '');
  const measureOnly = hasSubject(u) && prev.answered === 'kpi' && ownWords.length <= MEASURE_ONLY;
  const own = hasSubject(u) && !measureOnly;
  const agencyNamed = u.agencies.length > 0 || u.ministryAmbiguous;
  const yearNamed = u.years.length > 0 || u.relative !== null;
  return {
    ...u,
    agencies: agencyNamed ? u.agencies : prev.agencies,
    ministryAmbiguous: agencyNamed ? u.ministryAmbiguous : prev.ministryAmbiguous,
    years: yearNamed ? u.years : prev.years,
    relative: yearNamed ? u.relative : prev.relative,
    // two years named with no measure ("how much more is 2025 than 2024"): budgets, not the last measure
    measures: u.measures.length || u.years.length > 1 ? u.measures : prev.measures,
    itemText: own ? u.itemText : `${prev.itemText}${u.itemText}`,
    residual: own ? u.residual : `${prev.residual}${u.residual.replace(POINTING, '')}`,
    // the measure a follow-up asked (下載量呢？) stays asked when the next one changes only the date
    ...(measureOnly ? { focus: ownWords } : !own && prev.focus ? { focus: prev.focus } : {}),
    // "使用人次呢？" after a prose figure: another figure of the reports, not a budget line of the same
    // word, unless it names an agency or a budget measure itself
    ...(measureOnly && !agencyNamed && !u.measures.length ? { proseOnly: true } : {}),
    // the words the handlers read (revenue, 本部, plan words) are the last question's and this one's
    // (a measure of its own is no longer the last rate: 決算數呢？ after 執行率)
    norm: own ? u.norm : `${u.measures.length && !u.measures.includes('rate') ? withoutRate(prev.norm) : prev.norm} ${u.norm}`,
    // "那連結亞太計畫呢？" after a share asks the same share of another plan
    // …unless it names a measure of its own (決算數呢？ after a rate asks the final account)
    operation: u.operation !== 'value' || u.measures.length ? u.operation : prev.operation,
    unitAsked: u.unitAsked ?? (measureOnly ? null : prev.unitAsked),
    countWords: u.unitAsked || measureOnly ? u.countWords : prev.countWords,
    staffWords: u.staffWords || (!own && prev.staffWords),
    planWords: u.planWords || (!own && prev.planWords),
    breakdown: u.breakdown || (!own && prev.breakdown),
    share: u.share,
  };
}

/** What the answer carried over, said at its start. */
export function carriedNote(prev: FrameMemory, u: Understood, merged: Understood): string {
  const parts: string[] = [];
  // agencies by the name a reader knows (資通安全署 / ACS), never their codes
  if (merged.agencies !== u.agencies && merged.agencies.length) {
    parts.push(merged.agencies.map((a) => inLanguage(u.lang, { zh: agencyInfo(a).zh, en: agencyInfo(a).short })).join('/'));
  }
  if (!hasSubject(u) && prev.residual) parts.push(prev.residual);
  if (merged.years !== u.years && merged.years.length) parts.push(merged.years.join('、'));
  return parts.join('、');
}

type FigureOp = 'diff' | 'changePct' | 'sum' | 'share';

/** An operation on the last two figures, in the words a follow-up uses for it. */
const FIGURE_OPS: [RegExp, FigureOp][] = [
  [/加起來|加總|合計|總和|一共|combined|together|add(?:ed)?(?: (?:them|these|those|the two|both))? up|in total|sum/, 'sum'],
  // "已編列占核定總經費幾%": one of the two as a share of the other
  [/[占佔]|比例|比重|\bshare\b|proportion/, 'share'],
  // two rates apart by "percentage points" is their difference, not a change in percent
  [/百分點|percentage points?/, 'diff'],
  [/[%％]|百分|幾成|percent/, 'changePct'],
  [/差|多了|少了|多多少|少多少|增加|減少|成長|下降|gap|difference|more|less|fewer|drop|grow|rise|increase|decrease/, 'diff'],
];

/** An operation alone on the last two answers' headline figures. */
export function figureOperation(c: Conversation, u: Understood): FigureOp | undefined {
  if (hasSubject(u) || u.agencies.length || u.years.length > 1) return undefined;
  const op = FIGURE_OPS.find(([re]) => re.test(u.norm))?.[1];
  if (!op) return undefined;
  const [a, b] = lastTwo(c);
  return a && b && a.unit === b.unit ? op : undefined;
}

/** The headline figures of the last two answers that gave a record's figure (not a computed one). */
function lastTwo(c: Conversation): TurnMemory['figures'] {
  return c.turns.map((t) => t.figures[0]).filter((f) => f && !f.computed).slice(-2);
}

function asFigure(f: TurnMemory['figures'][number]): Figure {
  return { label: f.label, value: f.value, unit: f.unit as Figure['unit'], ...(f.year !== undefined ? { year: f.year } : {}) };
}

const fix = (x: number) => Math.round(x * 1e6) / 1e6;

export function answerOnFigures(c: Conversation, u: Understood, op: FigureOp): Answer {
  const [first, second] = lastTwo(c).map(asFigure);
  if (op === 'share') return shareOfTwo(u, first, second);
  // a change runs from the earlier year to the later; else from the earlier answer to the later
  const [from, to] = first.year !== undefined && second.year !== undefined && first.year > second.year ? [second, first] : [first, second];
  // sums and differences of decimals (two rates) drop the floating-point noise (94.3 − 91.73 is 2.57)
  const value = op === 'sum' ? fix(first.value + second.value) : op === 'diff' ? fix(to.value - from.value) : Math.round(((to.value - from.value) / from.value) * 10000) / 100;
  const head: Figure = {
    label: op === 'sum' ? `${first.label} + ${second.label}` : op === 'diff' ? `${to.label} − ${from.label}` : `${to.label} / ${from.label} − 1`,
    value, unit: op === 'changePct' ? 'percent' : first.unit, measure: op, computedFrom: [first.label, second.label],
    formula: op === 'sum' ? `${first.label} + ${second.label}` : op === 'diff' ? `${to.label} − ${from.label}` : `(${to.label} − ${from.label}) ÷ ${from.label} × 100`,
  };
  const shown = op === 'changePct' ? `${groupDigits(value, 2)}%` : say(head, u.lang);
  const pair = { a: first.label, aValue: say(first, u.lang), b: second.label, bValue: say(second, u.lang) };
  const summary = phrase(u.lang).computed.onFigures(pair, op, shown);
  return { ...baseAnswer(u, 'compare'), summary, figures: [head, first, second], sources: collectSources([head]), suggestions: [] };
}

/** The figure the words after 占 name is the whole (by the pairs of characters their labels share). */
function shareOfTwo(u: Understood, a: Figure, b: Figure): Answer {
  const after = bigramSet(u.norm.split(/[占佔]|share of/).slice(1).join(''));
  const named = (f: Figure) => [...bigramSet(f.label)].filter((t) => after.has(t)).length;
  // the whole named, else the larger: "what share is that?" asks the smaller part of the larger
  const [na, nb] = [named(a), named(b)];
  const [part, whole] = na !== nb ? (na > nb ? [b, a] : [a, b]) : a.value > b.value ? [b, a] : [a, b];
  const percent = Math.round((part.value / whole.value) * 10000) / 100;
  const p = phrase(u.lang).computed;
  const head: Figure = {
    label: p.shareOfLastLabel(part.label, whole.label), value: percent, unit: 'percent', measure: 'share',
    computedFrom: [part.label, whole.label], formula: `${part.label} ÷ ${whole.label} × 100`,
  };
  const summary = p.shareOfLastSummary(part.label, say(part, u.lang), whole.label, say(whole, u.lang), percent);
  return { ...baseAnswer(u, 'compare'), summary, figures: [head, part, whole], sources: collectSources([head]), suggestions: [] };
}

export { lastFrame };
