// Follow-ups that work on figures already shown: an operation on the last two (差多少, 加起來, 成長幾%,
// 占…幾%), or one row of the last ranking (第二名是誰). A figure is never compared with itself.
import type { Answer, Figure } from './answer.js';
import type { Conversation, StoredFigure } from './conversation.js';
import type { Understood } from './understand.js';
import { groupDigits } from '../format/numbers.js';
import { phrase } from '../format/phrases.js';
import { baseAnswer, collectSources, say } from './answers/context.js';
import { bigramSet } from './search/tokenize.js';

type FigureOp = 'diff' | 'changePct' | 'sum' | 'share';

/** The operation a follow-up's words ask of the last figures, in the order the words are weighed. */
const FIGURE_OPS: [(u: Understood) => boolean, FigureOp][] = [
  [(u) => u.asks.has('sum') || (u.asks.has('total') && !u.asks.has('share')), 'sum'],
  // "已編列占核定總經費幾%": one of the two as a share of the other
  [(u) => u.asks.has('share'), 'share'],
  // two rates apart by "percentage points" is their difference, not a change in percent
  [(u) => u.asks.has('points'), 'diff'],
  [(u) => u.asks.has('askPercent'), 'changePct'],
  [(u) => u.asks.has('diff') || u.asks.has('change') || u.asks.has('direction'), 'diff'],
];

const sameFigure = (a: StoredFigure, b: StoredFigure) => a.value === b.value && a.label === b.label && a.year === b.year;

/** The headline figures of the last `n` answers that gave a record's figure, all different, oldest first
 * (none when fewer were given). */
export function lastFigures(c: Conversation, n = 2): StoredFigure[] {
  const heads = c.turns.map((t) => t.figures[0]).filter((f): f is StoredFigure => !!f && !f.computed);
  const out: StoredFigure[] = [];
  for (const f of heads.reverse()) if (out.length < n && !out.some((g) => sameFigure(f, g))) out.unshift(f);
  return out.length === n ? out : [];
}

const lastTwo = (c: Conversation) => lastFigures(c, 2);

/** How many earlier figures the words ask to work on: 三個加起來 sums three; else the last two. */
const figuresAsked = (u: Understood, op: FigureOp) => (op === 'sum' && (u.figuresNamed ?? 0) > 2 ? u.figuresNamed! : 2);

/** An operation alone on the last two answers' headline figures. */
export function figureOperation(c: Conversation, u: Understood): FigureOp | undefined {
  // a measure named (執行率呢？, 已執行多少？) asks that measure of the subject, not an operation on the figures
  const namesMeasure = u.measures.some((m) => m !== 'change');
  // a date named (比 112 年底多了多少) asks the subject at that date against the last figure: a question of the record
  if (u.residual.length >= 2 || u.agencies.length || u.years.length || namesMeasure) return undefined;
  const op = FIGURE_OPS.find(([asked]) => asked(u))?.[1];
  const figures = op ? lastFigures(c, figuresAsked(u, op)) : [];
  return op && figures.length && figures.every((f) => f.unit === figures[0].unit) ? op : undefined;
}

function asFigure(f: StoredFigure): Figure {
  return {
    label: f.label, value: f.value, unit: f.unit as Figure['unit'], ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}), ...(f.source ? { source: f.source } : {}),
  };
}

const fix = (x: number) => Math.round(x * 1e6) / 1e6;

/** The sum of three or more earlier figures (三個加起來多少). */
function sumOfMany(u: Understood, figures: Figure[]): Answer {
  const label = figures.map((f) => f.label).join(' + ');
  const head: Figure = {
    label, value: fix(figures.reduce((t, f) => t + f.value, 0)), unit: figures[0].unit, measure: 'sum',
    computedFrom: figures.map((f) => f.label), formula: label,
  };
  const summary = phrase(u.lang).computed.onMany(figures.map((f) => ({ label: f.label, value: say(f, u.lang) })), say(head, u.lang));
  return { ...baseAnswer(u, 'compare'), summary, figures: [head, ...figures], sources: collectSources(figures), suggestions: [] };
}

export function answerOnFigures(c: Conversation, u: Understood, op: FigureOp): Answer {
  const n = figuresAsked(u, op);
  if (n > 2) return sumOfMany(u, lastFigures(c, n).map(asFigure));
  const [first, second] = lastTwo(c).map(asFigure);
  if (op === 'share') return shareOfTwo(u, first, second);
  // a change runs from the earlier year to the later; else from the earlier answer to the later
  const [from, to] = first.year !== undefined && second.year !== undefined && first.year > second.year ? [second, first] : [first, second];
  // sums and differences of decimals (two rates) drop the floating-point noise (94.3 − 91.73 is 2.57)
  const value = op === 'sum' ? fix(first.value + second.value) : op === 'diff' ? fix(to.value - from.value) : Math.round(((to.value - from.value) / from.value) * 10000) / 100;
  const formula = op === 'sum' ? `${first.label} + ${second.label}` : op === 'diff' ? `${to.label} − ${from.label}` : `(${to.label} − ${from.label}) ÷ ${from.label} × 100`;
  const head: Figure = {
    label: op === 'sum' ? `${first.label} + ${second.label}` : op === 'diff' ? `${to.label} − ${from.label}` : `${to.label} / ${from.label} − 1`,
    value, unit: op === 'changePct' ? 'percent' : first.unit, measure: op, computedFrom: [first.label, second.label], formula,
  };
  const shown = op === 'changePct' ? `${groupDigits(value, 2)}%` : say(head, u.lang);
  const pair = { a: first.label, aValue: say(first, u.lang), b: second.label, bValue: say(second, u.lang) };
  const summary = phrase(u.lang).computed.onFigures(pair, op, shown);
  return { ...baseAnswer(u, 'compare'), summary, figures: [head, first, second], sources: collectSources([first, second]), suggestions: [] };
}

/** The whole is the figure the words after 占 name, else the larger: "what share is that?" asks the smaller of the larger. */
function shareOfTwo(u: Understood, a: Figure, b: Figure): Answer {
  const whole = bigramSet(u.shareWhole ?? '');
  const named = (f: Figure) => [...bigramSet(f.label)].filter((t) => whole.has(t)).length;
  const [na, nb] = [named(a), named(b)];
  const [part, wholeFigure] = na !== nb ? (na > nb ? [b, a] : [a, b]) : a.value > b.value ? [b, a] : [a, b];
  const percent = Math.round((part.value / wholeFigure.value) * 10000) / 100;
  const p = phrase(u.lang).computed;
  const head: Figure = {
    label: p.shareOfLastLabel(part.label, wholeFigure.label), value: percent, unit: 'percent', measure: 'share',
    computedFrom: [part.label, wholeFigure.label], formula: `${part.label} ÷ ${wholeFigure.label} × 100`,
  };
  const summary = p.shareOfLastSummary(part.label, say(part, u.lang), wholeFigure.label, say(wholeFigure, u.lang), percent);
  return { ...baseAnswer(u, 'compare'), summary, figures: [head, part, wholeFigure], sources: collectSources([part, wholeFigure]), suggestions: [] };
}

/** "第二名是誰", "and the second biggest?": that row of the last ranking, as it was shown. */
export function answerPlace(c: Conversation, u: Understood): Answer | undefined {
  if (!u.asks.has('second')) return undefined;
  const ranking = [...c.turns].reverse().find((t) => t.intent === 'ranking');
  const row = ranking?.figures[1];
  if (!row) return undefined;
  const figure = asFigure(row);
  const summary = phrase(u.lang).computed.place(2, figure.label, say(figure, u.lang));
  return { ...baseAnswer(u, 'ranking'), summary, figures: [figure], sources: collectSources([figure]), suggestions: [] };
}
