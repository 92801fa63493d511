// The catalog: everything a question can point at, as Items with their observed figures.
// Budget lines and facts from several documents merge by natural key (account number, or
// agency + name), so one item carries its figures for every year the documents give.
import type { AgencyCode, Dataset, Kpi, MajorPlan, Unit } from '../dataset/schema.js';
import { normalizeName } from './normalize.js';
import { addFacts, addKpis, addLines, addPlans, newBuilder } from './catalog-items.js';

export type ItemKind = 'line' | 'fact' | 'plan' | 'kpi';

export interface Observation {
  year: number;
  /** budget | final | change | rate | positions | staff | approved | budgetedToDate | executedToDate | value | ... */
  measure: string;
  value: number;
  unit: Unit;
  unitLabel?: string;
  asOf?: string;
  doc: string;
  table: string;
  line: number;
  /** the printed column it was read from, for labels */
  column?: string;
  /** the record it came from */
  recordId: string;
}

export interface Item {
  id: string;
  kind: ItemKind;
  /** line: expenditure | revenue; fact: its family; plan: major_plan; kpi: kpi */
  family: string;
  level?: string;
  name: string;
  /** zh names used for matching, normalised */
  match: string[];
  agency: AgencyCode | null;
  code: string | null;
  parent: string | null;
  children: string[];
  obs: Observation[];
  /** extra text for search: explanation, category, keywords */
  text: string;
  nature?: 'current' | 'capital' | null;
  category?: string | null;
  /** object-class code of a fact (1000 人事費, 2039 委辦費) */
  categoryCode?: string | null;
  subject?: string;
  /** for a line: the name of the line it sits under (a revenue source above an agency's line) */
  under?: string;
  /** for a prose figure: what it measures (the words next to it), normalised */
  phrase?: string;
  /** for a prose figure: whether it counts what was added (新增 12 項) rather than what there is */
  flow?: boolean;
  /** for a prose figure: whether it is a plan or target (預計 …) rather than what was done */
  planned?: boolean;
  /** for a prose figure: a number for each of several things, not their total */
  each?: boolean;
  /** for a prose figure: its headings and surrounding text */
  context?: string;
}

export interface Catalog {
  items: Item[];
  byId: Map<string, Item>;
  /** record id → item id */
  itemOfRecord: Map<string, string>;
  kpis: Kpi[];
  kpiById: Map<string, Kpi>;
  plans: MajorPlan[];
  /** items by each of their normalised match strings, for exact lookups */
  byMatch: Map<string, Item[]>;
  /** items grouped by the keys of `groupKeys`, so answers look at a few items, not all */
  groups: Map<string, Item[]>;
}

/** The groups an item belongs to: by family and agency, by subject, by name, by level. */
export function groupKeys(i: Item): string[] {
  const keys = [`fam:${i.family}:${i.agency ?? '-'}`, `name:${normalizeName(i.name)}`];
  if (i.subject !== undefined) keys.push(`subj:${i.family}:${i.agency ?? '-'}:${i.subject}`);
  if (i.level) keys.push(`level:${i.family}:${i.level}`);
  return keys;
}

export function group(catalog: Catalog, key: string): Item[] {
  return catalog.groups.get(key) ?? [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export { FLOW } from './catalog-items.js';

export function buildCatalog(data: Dataset): Catalog {
  const b = newBuilder();
  addLines(b, data.budget_lines);
  addFacts(b, data.facts);
  addPlans(b, data.major_plans);
  addKpis(b, data.kpis);
  const items = [...b.byId.values()];
  const byMatch = new Map<string, Item[]>();
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const m of new Set(item.match)) push(byMatch, m, item);
    for (const k of groupKeys(item)) push(groups, k, item);
  }
  return { items, byId: b.byId, itemOfRecord: b.itemOfRecord, kpis: data.kpis, kpiById: new Map(data.kpis.map((k) => [k.id, k])), plans: data.major_plans, byMatch, groups };
}
