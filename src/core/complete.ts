// Autocomplete: names from the data that match what has been typed so far.
import type { Context } from './answers/context.js';
import type { CompletionKind } from './engine.js';
import { AGENCIES } from './lexicon.js';
import { normalizeName, normalizeQuestion } from './normalize.js';

let cache: WeakMap<Context, Map<CompletionKind, string[]>> = new WeakMap();

function namesOf(ctx: Context, kind: CompletionKind): string[] {
  let byKind = cache.get(ctx);
  if (!byKind) cache.set(ctx, (byKind = new Map()));
  let names = byKind.get(kind);
  if (names) return names;
  const set = new Set<string>();
  const items = ctx.catalog.items;
  if (kind === 'agency' || kind === 'any' || kind === 'item') for (const a of AGENCIES) set.add(a.zh);
  if (kind === 'item' || kind === 'any') for (const i of items) if (i.kind === 'line' && i.level !== 'function') set.add(i.name);
  if (kind === 'plan' || kind === 'any' || kind === 'item') for (const p of ctx.catalog.plans) set.add(p.name);
  if (kind === 'kpi' || kind === 'any') for (const k of ctx.catalog.kpis) set.add(k.metric);
  names = [...set].sort((a, b) => a.length - b.length || a.localeCompare(b));
  byKind.set(kind, names);
  return names;
}

export function completeNames(ctx: Context, kind: CompletionKind, typed: string, limit: number): string[] {
  const q = normalizeName(normalizeQuestion(String(typed ?? '')));
  const names = namesOf(ctx, kind);
  if (!q) return names.slice(0, limit);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const n of names) {
    const k = normalizeName(n);
    if (k.startsWith(q)) starts.push(n);
    else if (k.includes(q)) contains.push(n);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** For tests: forget cached name lists. */
export function resetCompletionCache(): void {
  cache = new WeakMap();
}
