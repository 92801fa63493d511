// Which of an item's figures a question asks for: the measure, the year, the observations.
import type { Item, Observation } from '../catalog.js';
import type { Understood } from '../understand.js';

const DEFAULT_MEASURES = ['budget', 'positions', 'staff', 'value', 'actual', 'final', 'rate', 'approved'];

/** The item's book year: the latest year it has a 本年度 figure for. */
export function bookYear(item: Item): number {
  const current = item.obs.filter((o) => o.column === '本年度預算數').map((o) => o.year);
  return Math.max(...(current.length ? current : item.obs.map((o) => o.year)));
}

/** The units of figures that answer each unit a question asks in. */
const UNIT_OF_ASK: Record<NonNullable<Understood['unitAsked']>, string[]> = { money: ['TWD'], percent: ['percent'], count: ['count', 'person'] };

export function chooseMeasure(item: Item, u: Understood): string {
  const have = new Set(item.obs.map((o) => o.measure));
  for (const { measure } of u.hints) if (have.has(measure)) return measure;
  for (const m of u.measures) {
    const name = m === 'previous' ? 'budget' : m;
    if (have.has(name)) return name;
    if (m === 'final' && have.has('actual')) return 'actual';
  }
  if (u.measures.includes('rate') && have.has('rate')) return 'rate';
  // "進用幾人" of a line that has both a cost and a head count: the figure in the unit asked
  const inUnit = u.unitAsked ? item.obs.filter((o) => UNIT_OF_ASK[u.unitAsked!].includes(o.unit)).map((o) => o.measure) : [];
  if (inUnit.length) return DEFAULT_MEASURES.find((m) => inUnit.includes(m)) ?? inUnit[0];
  return DEFAULT_MEASURES.find((m) => have.has(m)) ?? item.obs[0]?.measure ?? 'budget';
}

export function chooseYear(item: Item, u: Understood, measure: string): number | null {
  // "110 到 113 年": a figure through a period belongs to its last year
  if (u.years.length) return Math.max(...u.years);
  const rel = u.measures.includes('previous') ? -1 : u.relative;
  if (rel !== null) return bookYear(item) + rel;
  const years = item.obs.filter((o) => o.measure === measure).map((o) => o.year);
  return years.length ? Math.max(...years) : null;
}

/**
 * Which of two figures for one year to show first: the one a book prints for its own year before the
 * one the next year's book prints as last year's (上年度預算數), then the latest document's.
 */
export function ownBookFirst(a: Observation, b: Observation): number {
  const lastYears = (o: Observation) => (o.column === '上年度預算數' ? 1 : 0);
  return lastYears(a) - lastYears(b) || b.doc.localeCompare(a.doc);
}

/** Figures for the year and measure; two documents may give two values: keep both, the year's own book first. */
export function observe(item: Item, year: number, measure: string): Observation[] {
  const found = item.obs.filter((o) => o.year === year && o.measure === measure);
  const byValue = new Map<number, Observation>();
  for (const o of [...found].sort(ownBookFirst)) if (!byValue.has(o.value)) byValue.set(o.value, o);
  return [...byValue.values()];
}

export function yearsWith(item: Item, measure?: string): number[] {
  return [...new Set(item.obs.filter((o) => !measure || o.measure === measure).map((o) => o.year))].sort((a, b) => a - b);
}
