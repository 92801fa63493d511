// One prose measure at the two dates a question names ("T-Road 介接的機關數從 112 年底到 114 年底增加了
//幾個"): the best-fitting figure reported at each date, counted in the same word, and the change
// between them. Reports of different years print the same indicator, so the series is the documents' own.
import type { Answer, Figure } from '../answer.js';
import type { Candidate } from '../features.js';
import { unitAllows } from '../features.js';
import { explainsEnough } from '../gate.js';
import type { Understood } from '../understand.js';
import { formatValue } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { figureOf, type Context } from './context.js';
import type { Observation } from '../catalog.js';
import { computed, pair, round } from './derived.js';
import { bigramSet } from '../search/tokenize.js';

type Reading = { item: Candidate['item']; obs: Observation };

/** Two figures' sentences share the words of what they measure (瀏覽量 … 人次), not only digits. */
const MIN_SHARED = 2;
function sameMeasure(a: Candidate, b: Candidate): boolean {
  const words = (c: Candidate) => bigramSet(c.item.name.replace(/[\d,.\s]+/g, ' '));
  const bw = words(b);
  return [...words(a)].filter((t) => bw.has(t)).length >= MIN_SHARED;
}

/** A candidate's report at a year: of a series (MyData 介接機關數 at each date), the latest of that year. */
function reportIn(c: Candidate, year: number): Reading | undefined {
  const obs = c.item.obs.filter((o) => o.year === year).sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''))[0];
  return obs ? { item: c.item, obs } : undefined;
}

/** The latest report after a year (比 112 年底多了多少: now against then). */
function reportAfter(c: Candidate, year: number): Reading | undefined {
  const obs = c.item.obs.filter((o) => o.year > year).sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? '') || b.year - a.year)[0];
  return obs ? { item: c.item, obs } : undefined;
}

/** The readings of one measure at the earlier and the later date asked (one year named: then and now), or
 * none when either is missing. One series' own two dates first; else two sentences of one measure. */
function pickPair(u: Understood, ranked: Candidate[]): [Reading, Reading] | undefined {
  const years = [...new Set(u.years)].sort((a, b) => a - b);
  if (!years.length || years.length > 2 || ranked[0]?.item.kind !== 'kpi') return undefined;
  // one date named is a change only when it is compared with now (比 112 年底多了多少, 從 112 年底到現在)
  if (years.length === 1 && !u.asks.has('compareWord') && !u.asks.has('now')) return undefined;
  const fits = (c: Candidate) => c.item.kind === 'kpi' && !c.item.planned && unitAllows(c) && explainsEnough(c);
  const at = (c: Candidate) => (years.length === 2 ? reportIn(c, years[1]) : reportAfter(c, years[0]));
  // now, against a date named: the latest report need not fit the year asked, which is the other date's
  const fitsNow = (c: Candidate) => fits(c) || (years.length === 1 && fits({ ...c, yearAsked: false }));
  const later = ranked.find((c) => fitsNow(c) && at(c));
  if (!later) return undefined;
  const own = reportIn(later, years[0]);
  if (own) return [own, at(later)!];
  const label = at(later)!.obs.unitLabel;
  const earlier = ranked.find((c) => fits(c) && reportIn(c, years[0])?.obs.unitLabel === label && sameMeasure(c, later));
  return earlier ? [reportIn(earlier, years[0])!, at(later)!] : undefined;
}

/** The change of a prose measure between two dates, when the question asks a difference or a change in %. */
export function proseAcrossDates(ctx: Context, u: Understood, ranked: Candidate[]): Answer | undefined {
  if (u.operation !== 'diff' && u.operation !== 'changePct') return undefined;
  const picked = pickPair(u, ranked);
  if (!picked) return undefined;
  const [a, b] = picked.map((r) => figureOf(ctx, r.item, r.obs, u.lang));
  const words = phrase(u.lang);
  if (u.operation === 'changePct') {
    if (!a.value) return undefined;
    const pct: Figure = {
      label: words.computed.changePctLabel(b.label, a.label), value: round(((b.value - a.value) / a.value) * 100), unit: 'percent', measure: 'changePct',
      computedFrom: [b.label, a.label], formula: `(${b.label} − ${a.label}) ÷ ${a.label} × 100`,
    };
    return computed(u, 'compare', pct, [b, a], words.computed.changePctSummary(pair(u, b, a), pct.value));
  }
  const d: Figure = {
    label: words.differenceLabel(b.label, a.label), value: b.value - a.value, unit: b.unit, ...(b.unitLabel ? { unitLabel: b.unitLabel } : {}),
    measure: 'difference', computedFrom: [b.label, a.label], formula: `${b.label} − ${a.label}`,
  };
  return computed(u, 'compare', d, [b, a], words.computed.diffSummary(pair(u, b, a), formatValue(Math.abs(d.value), d.unit, u.lang)));
}
