// Questions about a collection rather than one record: how many major plans there are (and which),
// how many commissioned projects an agency has, the total of a column over all of them.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import type { Handler } from '../handlers.js';
import { agencyFilter } from '../candidates.js';
import { formatMoneyCell } from '../../format/numbers.js';
import { phrase, type CollectionName } from '../../format/phrases.js';
import { observe } from './observations.js';
import { normalizeName } from '../normalize.js';
import { AGENCIES } from '../lexicon.js';
import type { Concept } from '../concepts.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, type Context } from './context.js';

interface Collection { name: CollectionName; items: Item[]; measure: string; year: number; countBy: 'items' | 'values' }

interface CollectionKind {
  /** the concept that names the collection */
  concept: Concept;
  pick: (i: Item, ctx: Context) => boolean;
  measure: (u: Understood) => string;
  name: CollectionName;
  /** count the items (plans, projects) or add up a count each row holds (vehicles) */
  countBy: 'items' | 'values';
}

/** A row that names a budget line (an agency, a programme) sums the rows under it: not one of them. */
const isLineName = (ctx: Context, name: string) =>
  (ctx.catalog.byMatch.get(normalizeName(name)) ?? []).some((i) => i.kind === 'line' && i.level !== 'plan') || AGENCY_NAMES.has(name);
const AGENCY_NAMES = new Set(AGENCIES.map((a) => a.zh));

/** The collections a question can count, by the words that name them. */
const COLLECTIONS: CollectionKind[] = [
  {
    concept: 'majorPlan', name: 'majorPlans', countBy: 'items',
    pick: (i) => i.kind === 'plan',
    measure: (u) => (u.measures.includes('budgetedToDate') ? 'budgetedToDate'
      : u.measures.includes('executedToDate') || u.asks.has('execution') ? 'executedToDate' : 'approved'),
  },
  {
    concept: 'commissioned', name: 'commissioned', countBy: 'items',
    pick: (i, ctx) => i.family === 'commissioned' && i.category === '委辦費' && !isLineName(ctx, i.subject ?? ''),
    measure: () => 'budget',
  },
  {
    concept: 'vehicles', name: 'vehicles', countBy: 'values',
    pick: (i) => i.family === 'vehicles' && i.obs.some((o) => o.measure === 'count'),
    measure: () => 'count',
  },
];

/** 委辦 with a plan or project asked of it (哪個計畫委辦經費最高, how many commissioned projects): the collection. */
function commissionedAsked(u: Understood): boolean {
  return u.asks.has('commissionedWord') && (u.asks.has('plan') || u.asks.has('which'));
}

function collectionOf(ctx: Context, u: Understood): Collection | undefined {
  const def = COLLECTIONS.find((c) => u.asks.has(c.concept) || (c.concept === 'commissioned' && commissionedAsked(u)));
  if (!def) return undefined;
  const allowed = agencyFilter(u);
  const measure = def.measure(u);
  const pool = ctx.catalog.items.filter((i) => def.pick(i, ctx) && (!allowed || !i.agency || allowed.includes(i.agency)));
  const years = [...new Set(pool.flatMap((i) => i.obs.filter((o) => o.measure === measure).map((o) => o.year)))].sort();
  const year = u.years.at(-1) ?? years.at(-1);
  if (year === undefined) return undefined;
  const items = pool.filter((i) => observe(i, year, measure).length && planQualifies(ctx, u, i, year));
  return items.length ? { name: def.name, items, measure, year, countBy: def.countBy } : undefined;
}

/** The plans a question narrows the collection to: by type (社會發展, 科技發展) or by the year they start. */
function planQualifies(ctx: Context, u: Understood, item: Item, year: number): boolean {
  const plan = item.kind === 'plan' ? ctx.catalog.plans.find((p) => p.id === item.id) : undefined;
  if (!plan) return true;
  const types = [...new Set(ctx.catalog.plans.map((p) => p.type))].filter((t) => t && u.residual.includes(t));
  if (types.length && !types.includes(plan.type)) return false;
  // "114 年才開始的": plans whose period begins in the year asked
  return !u.asks.has('started') || plan.startYear === year;
}

function listAnswer(ctx: Context, u: Understood, c: Collection, head: Figure, figs: Figure[], summary: string): Answer {
  return {
    ...baseAnswer(u, c.items[0].kind === 'plan' ? 'plan' : 'amount'),
    summary,
    figures: [head, ...figs],
    table: {
      columns: phrase(u.lang).lists.collectionColumns(),
      rows: c.items.map((i, k) => [String(k + 1), itemTitle(i, u.lang), formatMoneyCell(figs[k].value, u.lang)]),
      numeric: [0, 2],
    },
    sources: collectSources(figs),
    suggestions: [],
  };
}

function figuresOf(ctx: Context, u: Understood, c: Collection): Figure[] {
  return c.items.map((i) => figureOf(ctx, i, observe(i, c.year, c.measure)[0], u.lang));
}

/** How many, and which: the count is the headline, the list the table. */
export const answerCount: Handler = (ctx, u) => {
  const c = collectionOf(ctx, u);
  if (!c) return undefined;
  const figs = figuresOf(ctx, u, c);
  const p = phrase(u.lang);
  const head: Figure = {
    label: p.lists.countLabel(c.year, c.name),
    value: c.countBy === 'items' ? c.items.length : figs.reduce((s, f) => s + f.value, 0),
    unit: 'count', unitLabel: c.countBy === 'items' ? '項' : figs[0].unitLabel ?? '', year: c.year, measure: 'count',
    computedFrom: figs.map((f) => f.label), formula: 'count',
  };
  const names = c.items.map((i) => itemTitle(i, u.lang)).join(p.listJoin);
  return listAnswer(ctx, u, c, head, figs, p.lists.countSummary({ year: c.year, count: head.value, unitLabel: head.unitLabel ?? '', name: c.name, names }));
};

/** The total of one column over the collection. */
export const answerCollectionSum: Handler = (ctx, u) => {
  const c = collectionOf(ctx, u);
  if (!c) return undefined;
  const figs = figuresOf(ctx, u, c);
  const p = phrase(u.lang).lists;
  const head: Figure = {
    label: p.collectionSumLabel(c.year, c.items.length, c.name),
    value: figs.reduce((s, f) => s + f.value, 0), unit: 'TWD', year: c.year, measure: c.measure,
    computedFrom: figs.map((f) => f.label), formula: figs.map((f) => f.label).join(' + '),
  };
  return listAnswer(ctx, u, c, head, figs, p.collectionSumSummary(c.items.length, c.name, say(head, u.lang)));
};

/** "哪一個委辦計畫的委辦經費最多": the collection's items ranked by their figure, the first as the headline. */
export const answerCollectionRank: Handler = (ctx, u) => {
  const c = collectionOf(ctx, u);
  if (!c || c.countBy !== 'items') return undefined;
  const figs = figuresOf(ctx, u, c);
  const order = c.items.map((item, k) => ({ item, fig: figs[k] })).sort((a, b) => (u.rankingAsc ? a.fig.value - b.fig.value : b.fig.value - a.fig.value));
  const top = order.slice(0, Math.min(u.topN ?? TOP_DEFAULT, order.length));
  const p = phrase(u.lang);
  const list = top.map((r) => `${itemTitle(r.item, u.lang)} ${say(r.fig, u.lang)}`).join(p.listJoin);
  return {
    ...baseAnswer(u, 'ranking'),
    summary: p.lists.byItemSummary(p.lists.collection[c.name], c.year, list),
    figures: top.map((r) => r.fig),
    table: {
      columns: p.lists.collectionColumns(),
      rows: top.map((r, k) => [String(k + 1), itemTitle(r.item, u.lang), formatMoneyCell(r.fig.value, u.lang)]),
      numeric: [0, 2],
    },
    sources: collectSources(top.map((r) => r.fig)),
    suggestions: [],
  };
};

/** Rows a ranking shows when the question gives no number. */
const TOP_DEFAULT = 5;
