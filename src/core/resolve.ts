// Which item a question points at: lunr finds candidates by bigrams, then each candidate is
// scored by how much of its name the question contains and how much of the question it explains.
import type { AgencyCode } from '../dataset/schema.js';
import type { Catalog, Item } from './catalog.js';
import { searchIndex, type SearchIndex } from './search/search.js';
import { bigramSet } from './search/tokenize.js';
import type { Understood } from './understand.js';

export interface Scored {
  item: Item;
  score: number;
  /** the match string that scored */
  matched: string;
  exact: boolean;
  /** share of the question's residual words the item explains (0..1) */
  explains: number;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Agencies an item may belong to given the question's agency words. */
export function agencyFilter(u: Understood): AgencyCode[] | null {
  if (u.agencies.length > 0) return u.agencies;
  if (u.ministryAmbiguous) return ['6201', '62'];
  return null;
}

/** Bigrams of each match string, computed once: the same names are scored question after question. */
const matchBigrams = new WeakMap<Item, Set<string>[]>();

function bigramsOf(item: Item): Set<string>[] {
  let sets = matchBigrams.get(item);
  if (!sets) matchBigrams.set(item, (sets = item.match.map(bigramSet)));
  return sets;
}

export function scoreItem(item: Item, u: Understood, qSet: Set<string>, residualSet: Set<string>): Scored | null {
  let best: Scored | null = null;
  const sets = bigramsOf(item);
  for (let k = 0; k < item.match.length; k++) {
    const m = item.match[k];
    if (!m) continue;
    // a two-character keyword of an indicator (介接) is too common to name it on its own
    const exact = u.itemText.includes(m) && (item.kind !== 'kpi' || m.length >= 3);
    const mSet = sets[k];
    const cover = mSet.size ? overlap(mSet, qSet) / mSet.size : 0;
    const explains = residualSet.size ? overlap(residualSet, mSet) / residualSet.size : exact ? 1 : 0;
    // exact containment beats partial cover; longer exact names beat shorter ones. An indicator's match
    // text is a whole clause, longer than any question: what counts is how much of the question it explains.
    // For an indicator a keyword standing in the question counts for less than the share of the
    // question its sentence explains: 無障礙申訴案件 is the complaints count, not the marks series.
    const score = item.kind === 'kpi'
      ? exact
        ? 0.9 + explains * 0.6 + Math.min(m.length, 20) / 100
        : residualSet.size >= 2 ? explains * 1.2 + cover * 0.2 : 0
      : exact
        ? 1 + Math.min(m.length, 40) / 40 + explains * 0.5
        : cover * (0.6 + 0.4 * explains) + explains * 0.5;
    if (!best || score > best.score) best = { item, score, matched: m, exact, explains };
  }
  return best;
}

export interface ResolveOptions {
  kinds?: Item['kind'][];
  families?: string[];
  limit?: number;
}

/** Items whose match string stands in the question word for word: every substring, looked up. */
export function exactCandidates(catalog: Catalog, text: string): Item[] {
  const out = new Set<Item>();
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    let sub = chars[i];
    for (let j = i + 1; j < Math.min(chars.length, i + 60); j++) {
      sub += chars[j];
      for (const item of catalog.byMatch.get(sub) ?? []) out.add(item);
    }
  }
  return [...out];
}

/**
 * Candidates for the question, best first; only those that explain part of it. Names the question
 * contains word for word are looked up directly; lunr finds the rest (partial names, indicators
 * described in other words) unless an exact match already explains the whole question.
 */
export function resolveItems(catalog: Catalog, index: SearchIndex, u: Understood, opts: ResolveOptions = {}): Scored[] {
  const qSet = bigramSet(u.itemText);
  const residualSet = bigramSet(u.residual);
  const allowed = agencyFilter(u);
  const seen = new Set<Item>();
  const out: Scored[] = [];
  const consider = (item: Item | undefined) => {
    if (!item || seen.has(item)) return;
    seen.add(item);
    if (opts.kinds && !opts.kinds.includes(item.kind)) return;
    if (opts.families && !opts.families.includes(item.family)) return;
    if (allowed && item.agency && !allowed.includes(item.agency)) return;
    const s = scoreItem(item, u, qSet, residualSet);
    if (s && (s.exact || s.score >= 0.9)) out.push(s);
  };
  for (const item of exactCandidates(catalog, u.itemText)) consider(item);
  // nothing left to explain (an agency and a measure): no fuzzy search needed
  if (residualSet.size > 0 && !out.some((s) => s.exact && s.explains >= 1)) {
    // names only: what an item is called, not what its explanation mentions
    for (const h of searchIndex(index, u.itemText || u.residual, opts.limit ?? 80, ['name'])) {
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
