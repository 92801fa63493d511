// Candidates for a question: items whose names stand in it word for word (an exact dictionary of
// every name in the data, every substring looked up), then lunr's BM25 search over names for what
// the dictionary leaves unexplained. Each candidate carries its features and score (features.ts).
import type { AgencyCode } from '../dataset/schema.js';
import type { Catalog, Item } from './catalog.js';
import { featuresOf, questionSets, type Candidate, type QuestionSets } from './features.js';
import { searchIndex, tokenKnown, tokenWeight, type SearchIndex } from './search/search.js';
import type { Understood } from './understand.js';
import type { Model } from './model.js';
import { bigramSet } from './search/tokenize.js';

/** Longest name looked up in the dictionary, in characters. */
const LONGEST_NAME = 60;
/** How many search hits are turned into candidates. */
const SEARCH_LIMIT = 40;
/** How many plans sharing words with the question are weighed. */
const PLAN_LIMIT = 24;

const PLAN_GROUPS = ['fam:major_plan:-', 'level:expenditure:plan'];

interface PlanIndex {
  plans: Item[];
  /** token → indexes into plans of the plans whose names hold it */
  byToken: Map<string, number[]>;
  /** working arrays: shared weight per plan (zeroed after each use), and whether a question touched it */
  shared: Float64Array;
  touched: Uint8Array;
}
const planIndexes = new WeakMap<Catalog, PlanIndex>();

/** The plans (major plans and budget plan lines) by each token of their names, built on first use. */
function planIndex(catalog: Catalog): PlanIndex {
  let index = planIndexes.get(catalog);
  if (!index) {
    const plans = PLAN_GROUPS.flatMap((key) => catalog.groups.get(key) ?? []);
    const byToken = new Map<string, number[]>();
    plans.forEach((item, n) => {
      for (const t of new Set(item.match.flatMap((m) => [...bigramSet(m)]))) {
        const list = byToken.get(t);
        if (list) list.push(n);
        else byToken.set(t, [n]);
      }
    });
    index = { plans, byToken, shared: new Float64Array(plans.length), touched: new Uint8Array(plans.length) };
    planIndexes.set(catalog, index);
  }
  return index;
}

/** Plans by how much of the question's content their names share (each word by its weight), best first. */
function plansSharingWords(catalog: Catalog, sets: QuestionSets): Item[] {
  const index = planIndex(catalog);
  const touched: number[] = [];
  for (const t of sets.residual) {
    const w = sets.weight.get(t) ?? 0;
    for (const n of index.byToken.get(t) ?? []) {
      if (!index.touched[n]) touched.push(n);
      index.touched[n] = 1;
      index.shared[n] += w;
    }
  }
  const entries: [Item, number][] = touched.map((n) => [index.plans[n], index.shared[n]]);
  for (const n of touched) index.shared[n] = index.touched[n] = 0;
  return topByScore(entries, PLAN_LIMIT);
}

/** The first `n` of `entries` sorted by score, highest first, ties in their order: without sorting them all. */
function topByScore<T>(entries: [T, number][], n: number): T[] {
  if (entries.length > n) {
    const threshold = Float64Array.from(entries, (e) => e[1]).sort()[entries.length - n];
    let ties = n - entries.filter((e) => e[1] > threshold).length;
    entries = entries.filter((e) => e[1] > threshold || (e[1] === threshold && ties-- > 0));
  }
  return entries.sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/** Agencies an item may belong to given the question's agency words. */
export function agencyFilter(u: Understood): AgencyCode[] | null {
  // a part of the ministry-level total (其中規費) may be any agency's line
  if (u.agencies.includes('62') && u.asks.has('within')) return null;
  if (u.agencies.length > 0) return u.agencies;
  if (u.ministryAmbiguous) return ['6201', '62'];
  return null;
}

/** Items whose match string stands in the question word for word: every substring, looked up. */
export function exactCandidates(catalog: Catalog, text: string): Item[] {
  const out = new Set<Item>();
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    let sub = chars[i];
    for (let j = i + 1; j < Math.min(chars.length, i + LONGEST_NAME); j++) {
      sub += chars[j];
      for (const item of catalog.byMatch.get(sub) ?? []) out.add(item);
    }
  }
  return [...out];
}

export interface CandidateOptions {
  kinds?: Item['kind'][];
  families?: string[];
}

/** Candidates for the question, best first: those the question names, or that score as if it did. */
export function findCandidates(ctx: { catalog: Catalog; index: SearchIndex; model: Model }, u: Understood, opts: CandidateOptions = {}): Candidate[] {
  const { catalog, index, model } = ctx;
  const sets = questionSets(u, (t) => tokenWeight(index, t), (t) => tokenKnown(index, t));
  const allowed = agencyFilter(u);
  const seen = new Set<Item>();
  const out: Candidate[] = [];
  const consider = (item: Item | undefined) => {
    if (!item || seen.has(item)) return;
    seen.add(item);
    if (opts.kinds && !opts.kinds.includes(item.kind)) return;
    if (opts.families && !opts.families.includes(item.family)) return;
    // a named agency is a hard filter, never a preference
    if (allowed && item.agency && !allowed.includes(item.agency)) return;
    const c = featuresOf(item, u, sets, model);
    if (c) out.push(c);
  };
  for (const item of exactCandidates(catalog, u.itemText)) consider(item);
  // plans are named loosely (未來情境計畫, NTN 計畫): when a plan is asked about, the plans whose
  // names share the most of the question's words are weighed, not only those it names exactly
  if (u.asks.has('plan')) for (const item of plansSharingWords(catalog, sets)) consider(item);
  // nothing left to explain (an agency and a measure): no fuzzy search needed
  if (sets.residual.size > 0 && !out.some((c) => c.exact && c.explains >= 1)) {
    for (const h of searchIndex(index, u.itemText || u.residual, SEARCH_LIMIT, ['name', 'text'])) {
      consider(h.ref.startsWith('i') ? catalog.items[Number(h.ref.slice(1))] : undefined);
    }
  }
  return out.sort((a, b) => b.score - a.score || preferTotals(a.item, b.item, u));
}

/** Tie-break: with no agency named, the ministry-level item first; then the item with more figures. */
function preferTotals(a: Item, b: Item, u: Understood): number {
  const rank = (i: Item) => {
    if (u.agencies.length === 0 && !u.ministryAmbiguous) return i.agency === '62' ? 0 : i.agency === null ? 1 : 2;
    if (u.ministryAmbiguous) return i.agency === '6201' ? 0 : i.agency === '62' ? 1 : 2;
    return 0;
  };
  return rank(a) - rank(b) || b.obs.length - a.obs.length;
}
