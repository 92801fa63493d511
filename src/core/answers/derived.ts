// Figures no document prints but a question asks for: a change in percent, a difference, a share,
// an execution rate, what is budgeted but not yet spent. Each is computed from printed figures and
// names them; the computed figure is the headline.
import type { Answer, Figure } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import type { Handler, Selection } from '../handlers.js';
import { agencyItem } from '../selection.js';
import { explainsEnough, namesOnlyAgency } from '../gate.js';
import { GATE } from '../weights.js';
import { formatValue } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { observe, yearsWith } from './observations.js';
import { baseAnswer, collectSources, figureOf, itemTitle, measureLabel, say, type Context } from './context.js';

/** Percentages are shown and compared to two decimals, as the documents print them. */
const PERCENT_DECIMALS = 2;
export const round = (n: number) => Math.round(n * 10 ** PERCENT_DECIMALS) / 10 ** PERCENT_DECIMALS;

interface Point { item: Item; year: number; measure: string }

function figure(ctx: Context, u: Understood, p: Point): Figure | undefined {
  const o = observe(p.item, p.year, p.measure)[0] ?? (p.measure === 'final' ? observe(p.item, p.year, 'actual')[0] : undefined);
  return o ? figureOf(ctx, p.item, o, u.lang) : undefined;
}

function subject(ctx: Context, u: Understood, s: Selection): Item | undefined {
  if (s.best) return s.best.item;
  return namesOnlyAgency(u) ? agencyItem(ctx, u) : undefined;
}

/** The measure a year is asked in: "114 年預算比 112 年決算" reads budget for 114 and final for 112. */
function measureNear(u: Understood, year: number): string {
  const named = u.yearMeasures[year];
  if (named) return named;
  return u.measures.includes('final') && !u.measures.includes('budget') ? 'final' : 'budget';
}

/** The two points a change or difference is between, later (or budget) first. */
function twoPoints(u: Understood, item: Item): [Point, Point] | undefined {
  const years = [...new Set(u.years)].sort((a, b) => b - a);
  if (years.length >= 2) return [{ item, year: years[0], measure: measureNear(u, years[0]) }, { item, year: years[1], measure: measureNear(u, years[1]) }];
  const budgets = yearsWith(item, 'budget');
  const year = years[0] ?? budgets.at(-1);
  if (year === undefined) return undefined;
  if (u.measures.includes('final') && u.measures.includes('budget')) {
    return [{ item, year, measure: 'budget' }, { item, year, measure: 'final' }];
  }
  return [{ item, year, measure: 'budget' }, { item, year: year - 1, measure: 'budget' }];
}

export function computed(u: Understood, intent: Answer['intent'], head: Figure, inputs: Figure[], summary: string): Answer {
  const figures = [head, ...inputs];
  return { ...baseAnswer(u, intent), summary, figures, sources: collectSources(figures), suggestions: [] };
}

/** Two figures as a sentence names them: each label with its value. */
export function pair(u: Understood, a: Figure, b: Figure) {
  return { a: a.label, aValue: say(a, u.lang), b: b.label, bValue: say(b, u.lang) };
}

function missing(ctx: Context, u: Understood, item: Item, points: Point[]): Answer {
  const title = itemTitle(item, u.lang);
  const what = points.map((p) => `${phrase(u.lang).year(p.year)} ${measureLabel(p.measure, u.lang)}`).join(phrase(u.lang).listJoin);
  const words = phrase(u.lang).computed;
  return {
    ...baseAnswer(u, 'not_found'),
    summary: words.missing(title, what),
    suggestions: yearsWith(item, 'budget').slice(-2).reverse().map((y) => words.budgetQuestion(title, y)),
  };
}

/** Two records that fit alike (人事費 of the personnel table and of the object-class table): a change
 * is read from the one that holds both points asked. */
function withBothPoints(ctx: Context, u: Understood, s: Selection): Item | undefined {
  const item = subject(ctx, u, s);
  if (!item || !s.best) return item;
  const holds = (i: Item) => {
    const pts = i.kind !== 'kpi' ? twoPoints(u, i) : undefined;
    return !!pts && pts.every((p) => figure(ctx, u, p));
  };
  if (holds(item)) return item;
  const near = s.ranked.filter((c) => c.item !== item && c.item.kind === item.kind && c.score >= s.best!.score - GATE.alternativeMargin && explainsEnough(c));
  return near.map((c) => c.item).find(holds) ?? item;
}

const changePct: Handler = (ctx, u, s) => {
  const item = withBothPoints(ctx, u, s);
  const pts = item && item.kind !== 'kpi' ? twoPoints(u, item) : undefined;
  if (!item || !pts) return undefined;
  const [b, a] = pts.map((p) => figure(ctx, u, p));
  if (!a || !b || !a.value) return missing(ctx, u, item, pts);
  const pct: Figure = {
    label: phrase(u.lang).computed.changePctLabel(b.label, a.label),
    value: round(((b.value - a.value) / a.value) * 100), unit: 'percent', year: pts[0].year, measure: 'changePct',
    computedFrom: [b.label, a.label], formula: `(${b.label} − ${a.label}) ÷ ${a.label} × 100`,
  };
  return computed(u, 'compare', pct, [b, a], phrase(u.lang).computed.changePctSummary(pair(u, b, a), pct.value));
};

const diff: Handler = (ctx, u, s) => {
  const item = withBothPoints(ctx, u, s);
  if (item?.kind === 'plan') return remaining(ctx, u, s);
  const pts = item && item.kind !== 'kpi' ? twoPoints(u, item) : undefined;
  if (!item || !pts) return undefined;
  const printed = pts[0].year - pts[1].year === 1 && pts[0].measure === 'budget' && pts[1].measure === 'budget' ? observe(item, pts[0].year, 'change')[0] : undefined;
  const [b, a] = pts.map((p) => figure(ctx, u, p));
  if (!a || !b) return missing(ctx, u, item, pts);
  const d: Figure = printed ? figureOf(ctx, item, printed, u.lang) : {
    label: phrase(u.lang).differenceLabel(b.label, a.label),
    value: b.value - a.value, unit: b.unit, year: pts[0].year, measure: 'difference',
    computedFrom: [b.label, a.label], formula: `${b.label} − ${a.label}`,
  };
  return computed(u, 'compare', d, [b, a], phrase(u.lang).computed.diffSummary(pair(u, b, a), formatValue(Math.abs(d.value), d.unit, u.lang)));
};

/** A line above the part that the question names word for word (規費收入 above 頻率使用費): the whole asked. */
function namedAncestor(ctx: Context, part: Item, s: Selection): Item | undefined {
  const named = new Set(s.ranked.filter((c) => c.exact && c.item !== part).map((c) => c.item.id));
  for (let id = part.parent; id; id = ctx.catalog.byId.get(id)?.parent ?? null) if (named.has(id)) return ctx.catalog.byId.get(id);
  return undefined;
}

/** The ministry's total of the part's family (all of 歲入, all of 歲出), unless the part is that total. */
function familyTotal(ctx: Context, part: Item): Item | undefined {
  const total = group(ctx.catalog, `fam:${part.family}:62`).find((i) => i.kind === 'line' && i.level === 'total');
  return total && total !== part ? total : undefined;
}

/** The whole a share is of: named (主管, 全署, 本部 …), else the parent line, else the agency's own total. */
function wholeOf(ctx: Context, u: Understood, part: Item): Item | undefined {
  const own = (code: string) => agencyItem(ctx, { ...u, agencies: [code as never], ministryAmbiguous: false, staffWords: false });
  // the total row of the part's own table (特別預算 of 合計, the whole including it; 聘用 of the positions)
  if (part.kind === 'fact' && (u.asks.has('total') || part.family === 'positions' || part.family === 'staff')) {
    const table = part.obs[0]?.table;
    const total = group(ctx.catalog, `fam:${part.family}:${part.agency ?? '-'}`)
      .find((i) => i !== part && i.obs[0]?.table === table && /^(合計|總計)$/.test(i.category || i.subject || ''));
    if (total) return total;
  }
  if (u.asks.has('wholeMinistry') && part.agency !== '62') return own('62');
  // "歲入預算裡 … 占幾%" with no agency named: the whole revenue (or expenditure) of the ministry
  if (u.asks.has('wholeFamily') && !u.agencies.length && !u.ministryAmbiguous) return familyTotal(ctx, part) ?? own('62');
  if (part.kind === 'line' && part.level === 'agency') return part.agency === '62' ? undefined : own('62');
  if (u.agencies.includes('6201') && part.agency !== '6201') return own('6201');
  if (u.asks.has('wholeOwnAgency') || !part.parent) return part.agency ? own(part.agency) : own('62');
  return ctx.catalog.byId.get(part.parent);
}

const share: Handler = (ctx, u, s) => {
  const both = u.agencies.includes('62') && u.agencies.length >= 2;
  const part = both && namesOnlyAgency(u) ? agencyItem(ctx, { ...u, agencies: u.agencies.filter((a) => a !== '62') }) : subject(ctx, u, s);
  // a share the documents print is given as printed
  if (!part || part.kind === 'kpi' || part.obs.some((o) => o.unit === 'percent' && o.measure === 'share')) return undefined;
  if (part.kind === 'plan') return ratio(ctx, u, s);
  const whole = namedAncestor(ctx, part, s) ?? wholeOf(ctx, u, part);
  // money is shared by its budget (or the final account asked); positions and counts by their own measure
  const asked = u.measures.includes('final') ? 'final' : 'budget';
  const measure = part.obs.some((o) => o.measure === asked) ? asked : part.obs[0]?.measure ?? asked;
  const year = u.years.at(-1) ?? yearsWith(part, measure).at(-1);
  if (!whole || year === undefined) return undefined;
  const pts: Point[] = [{ item: part, year, measure }, { item: whole, year, measure }];
  const [p, w] = pts.map((pt) => figure(ctx, u, pt));
  if (!p || !w || !w.value) return missing(ctx, u, part, pts);
  const head: Figure = {
    label: phrase(u.lang).shareLabel(p.label, w.label),
    value: round((p.value / w.value) * 100), unit: 'percent', year, measure: 'share',
    computedFrom: [p.label, w.label], formula: `${p.label} ÷ ${w.label} × 100`,
  };
  const words = { part: p.label, partValue: say(p, u.lang), whole: w.label, wholeValue: say(w, u.lang), percent: head.value };
  return computed(u, 'amount', head, [p, w], phrase(u.lang).shareSummary(words));
};

function planPoints(item: Item, u: Understood): [string, string] {
  if (u.measures.includes('approved') || u.asks.has('approvedWord')) return ['executedToDate', 'approved'];
  return ['executedToDate', 'budgetedToDate'];
}

/** An execution rate: a printed rate when there is one, else executed ÷ budgeted (plans) or final ÷ budget. */
const ratio: Handler = (ctx, u, s) => {
  const item = subject(ctx, u, s);
  if (!item || item.kind === 'kpi' || item.obs.some((o) => o.measure === 'rate')) return undefined;
  const year = item.kind === 'plan' ? item.obs[0].year : u.years.at(-1) ?? yearsWith(item, 'final').at(-1);
  if (year === undefined) return undefined;
  const [num, den] = item.kind === 'plan' ? planPoints(item, u) : ['final', 'budget'];
  const pts: Point[] = [{ item, year, measure: num }, { item, year, measure: den }];
  const [n, d] = pts.map((p) => figure(ctx, u, p));
  if (!n || !d || !d.value) return missing(ctx, u, item, pts);
  const head: Figure = {
    label: phrase(u.lang).computed.rateLabel(itemTitle(item, u.lang), n.label, d.label),
    value: round((n.value / d.value) * 100), unit: 'percent', year, measure: 'rate',
    computedFrom: [n.label, d.label], formula: `${n.label} ÷ ${d.label} × 100`,
  };
  return computed(u, 'execution', head, [n, d], phrase(u.lang).computed.rateSummary(pair(u, n, d), head.value));
};

/** Budgeted but not spent in a year: the budget less the final account (left unspent). */
function unspent(ctx: Context, u: Understood, item: Item): Answer | undefined {
  const year = u.years.at(-1) ?? yearsWith(item, 'final').at(-1);
  if (year === undefined) return undefined;
  const pts: Point[] = [{ item, year, measure: 'budget' }, { item, year, measure: 'final' }];
  const [b, f] = pts.map((p) => figure(ctx, u, p));
  if (!b || !f) return missing(ctx, u, item, pts);
  const head: Figure = {
    label: phrase(u.lang).computed.unspentLabel(itemTitle(item, u.lang), year), value: b.value - f.value, unit: 'TWD', year, measure: 'remaining',
    computedFrom: [b.label, f.label], formula: `${b.label} − ${f.label}`,
  };
  return computed(u, 'execution', head, [b, f], phrase(u.lang).computed.remainingSummary(pair(u, b, f), say(head, u.lang)));
}

const remaining: Handler = (ctx, u, s) => {
  const item = subject(ctx, u, s);
  if (item && !item.obs.some((o) => o.measure === 'approved') && item.obs.some((o) => o.measure === 'final')) return unspent(ctx, u, item);
  // a major plan, or a budget line whose explanation prints its approved total and what is budgeted to date
  if (!item || !item.obs.some((o) => o.measure === 'approved')) return undefined;
  const year = Math.max(...item.obs.filter((o) => o.measure === 'approved' || o.measure === 'budgetedToDate').map((o) => o.year));
  // not yet budgeted: the approved total less what is budgeted to date; not yet spent: budgeted less executed
  const [from, less] = u.asks.has('notBudgeted') ? ['approved', 'budgetedToDate'] : ['budgetedToDate', 'executedToDate'];
  const pts: Point[] = [{ item, year, measure: from }, { item, year, measure: less }];
  const [b, e] = pts.map((p) => figure(ctx, u, p));
  if (!b || !e) return missing(ctx, u, item, pts);
  const head: Figure = {
    label: phrase(u.lang).computed.remainingLabel(item.name),
    value: b.value - e.value, unit: 'TWD', year, measure: 'remaining',
    computedFrom: [b.label, e.label], formula: `${b.label} − ${e.label}`,
  };
  return computed(u, 'plan', head, [b, e], phrase(u.lang).computed.remainingSummary(pair(u, b, e), say(head, u.lang)));
};

export const DERIVED_HANDLERS = { changePct, diff, share, ratio, remaining } satisfies Record<string, Handler>;
