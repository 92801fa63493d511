// Checks no weight can outvote: the figure must be of the kind the question asks (a year for a year,
// money for money, a count for a count, a percent for a percent), and a figure computed from one record
// with itself (a difference of 0, a share of 100%) answers nothing.
import type { Figure } from './answer.js';
import type { Understood } from './understand.js';

const UNITS_OF: Record<NonNullable<Understood['unitAsked']>, Figure['unit'][]> = {
  money: ['TWD'], percent: ['percent'], count: ['count', 'person'],
};

/** Why the figure cannot answer the question, or null when nothing rules it out. */
export function ruledOut(u: Understood, f: Figure | undefined): string | null {
  if (!f) return null;
  if (u.operation === 'when') return f.unit === 'year' ? null : 'a year is asked';
  if (f.unit === 'year') return 'a year answers only when a year is asked';
  if (u.unitAsked && !UNITS_OF[u.unitAsked].includes(f.unit)) return `${u.unitAsked} is asked, the figure is ${f.unit}`;
  const [a, b] = f.computedFrom ?? [];
  const self = a !== undefined && a === b;
  if (self || (f.measure === 'share' && f.value === 100 && a !== undefined)) return 'a figure compared with itself';
  return null;
}
