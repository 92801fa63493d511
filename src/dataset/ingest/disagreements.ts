// Figures that two tables (or two books) state for the same thing and that differ by more than
// rounding: kept both in the data, and listed here so nobody merges them silently.
import type { BudgetLine, Disagreement, Fact } from '../schema.js';
import { compact } from './source.js';
import { readSource } from './text.js';

const quote = (doc: string, line: number) => readSource(doc).lines[line - 1].trim().slice(0, 200);

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
    if (new Set(group.map((f) => `${f.doc}|${f.table}`)).size < 2) continue;
    const values = group.map((f) => f.value);
    if (Math.max(...values) - Math.min(...values) <= rounding(values)) continue;
    out.push({
      id: key,
      what: `${group[0].subject} ${group[0].measure} ${group[0].year}`,
      figures: group.map((f) => ({ value: f.value, doc: f.doc, line: f.line, text: quote(f.doc, f.line) })),
    });
  }
  return out;
}

/** A line across books: its account number, or (a named plan, a line without one) its agency, level and name. */
export function lineKey(l: BudgetLine): string {
  return l.code && l.level !== 'plan' ? `${l.kind}:${l.code}` : `${l.kind}:${l.agency}:${l.level}:${compact(l.name)}`;
}

/**
 * A year's budget as two books print it: the year's own book (本年度預算數) and the next year's
 * (上年度預算數). The same figure by rights; where they differ, both are listed.
 */
export function findLineDisagreements(lines: BudgetLine[]): Disagreement[] {
  const own = new Map<string, BudgetLine>();
  for (const l of lines) if (l.budget !== null && !own.has(`${lineKey(l)}@${l.year}`)) own.set(`${lineKey(l)}@${l.year}`, l);
  // a line two tables of one book print (a 合計) is compared once
  const seen = new Set<string>();
  return lines.flatMap((later) => {
    const id = `${lineKey(later)}:budget:${later.year - 1}`;
    const earlier = later.previousBudget === null ? undefined : own.get(`${lineKey(later)}@${later.year - 1}`);
    if (!earlier || earlier.doc === later.doc || earlier.budget === later.previousBudget || seen.has(id)) return [];
    seen.add(id);
    return [{
      id,
      what: `${later.name} budget ${later.year - 1}`,
      figures: [
        { value: earlier.budget!, doc: earlier.doc, line: earlier.line, text: quote(earlier.doc, earlier.line) },
        { value: later.previousBudget!, doc: later.doc, line: later.line, text: quote(later.doc, later.line) },
      ],
    }];
  });
}
