// Figures that two tables state for the same thing and that differ by more than rounding:
// kept both in the data, and listed here so nobody merges them silently.
import type { Disagreement, Fact } from '../schema.js';
import { readSource } from './text.js';

/** Half the coarsest unit a value was printed in (百萬元 → 500,000; 千元 → 500). */
function rounding(values: number[]): number {
  let unit = 1;
  for (const v of values) for (const u of [1e6, 1e4, 1e3]) if (v !== 0 && v % u === 0) { unit = Math.max(unit, u); break; }
  return unit / 2;
}

export function findFactDisagreements(facts: Fact[]): Disagreement[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.family}:${f.agency}:${f.subject}:${f.category ?? ''}:${f.measure}:${f.year}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Disagreement[] = [];
  for (const [key, group] of groups) {
    if (new Set(group.map((f) => f.table)).size < 2) continue;
    const values = group.map((f) => f.value);
    if (Math.max(...values) - Math.min(...values) <= rounding(values)) continue;
    out.push({
      id: key,
      what: `${group[0].subject} ${group[0].measure} ${group[0].year}`,
      figures: group.map((f) => ({ value: f.value, doc: f.doc, line: f.line, text: readSource(f.doc).lines[f.line - 1].trim().slice(0, 200) })),
    });
  }
  return out;
}
