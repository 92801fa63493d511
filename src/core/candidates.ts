// Candidates for a question: items whose names stand in it word for word (an exact dictionary of
// every name in the data, every substring looked up), then lunr's BM25 search over names for what
// the dictionary leaves unexplained. Each candidate carries its features and score (features.ts).
import type { AgencyCode } from '../dataset/schema.js';
import type { Catalog, Item } from './catalog.js';
import { featuresOf, questionSets, type Candidate } from './features.js';
import { searchIndex, tokenWeight, type SearchIndex } from './search/search.js';
import type { Understood } from './understand.js';
import { GATE } from './weights.js';

/** Longest name looked up in the dictionary, in characters. */
const LONGEST_NAME = 60;
/** How many lunr hits are turned into candidates. */
const SEARCH_LIMIT = 80;

const PLAN_ASKED = /計畫|plan|project|programme/;
const PLAN_GROUPS = ['fam:major_plan:-', 'level:expenditure:plan'];

/** Agencies an item may belong to given the question's agency words. */
export function agencyFilter(u: Understood): AgencyCode[] | null {
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
export function findCandidates(catalog: Catalog, index: SearchIndex, u: Understood, opts: CandidateOptions = {}): Candidate[] {
  const sets = questionSets(u, (t) => tokenWeight(index, t));
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
    const c = featuresOf(item, u, sets);
    if (c && (c.exact || c.score >= GATE.minFuzzyScore)) out.push(c);
  };
  for (const item of exactCandidates(catalog, u.itemText)) consider(item);
  // plans are few and named loosely (未來情境計畫, NTN 計畫): every one is weighed when a plan is asked about
  if (PLAN_ASKED.test(u.norm)) for (const key of PLAN_GROUPS) for (const item of catalog.groups.get(key) ?? []) consider(item);
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
