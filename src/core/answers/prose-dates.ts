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
import { computed, pair, round } from './derived.js';
import { bigramSet } from '../search/tokenize.js';

const reportedIn = (c: Candidate, year: number) => c.item.obs[0]?.year === year;

/** Two figures' sentences share the words of what they measure (瀏覽量 … 人次), not only digits. */
const MIN_SHARED = 2;
function sameMeasure(a: Candidate, b: Candidate): boolean {
  const words = (c: Candidate) => bigramSet(c.item.name.replace(/[\d,.\s]+/g, ' '));
  const bw = words(b);
  return [...words(a)].filter((t) => bw.has(t)).length >= MIN_SHARED;
}

/** The figures of one measure at the earlier and the later year asked, or none when either is missing. */
function pickPair(u: Understood, ranked: Candidate[]): [Candidate, Candidate] | undefined {
  const years = [...new Set(u.years)].sort((a, b) => a - b);
  if (years.length !== 2 || ranked[0]?.item.kind !== 'kpi') return undefined;
  const fits = (c: Candidate) => c.item.kind === 'kpi' && !c.item.planned && unitAllows(c) && explainsEnough(c);
  const later = ranked.find((c) => fits(c) && reportedIn(c, years[1]));
  const label = later?.item.obs[0]?.unitLabel;
  const earlier = later && ranked.find((c) => fits(c) && reportedIn(c, years[0]) && c.item.obs[0]?.unitLabel === label && sameMeasure(c, later));
  return earlier && later ? [earlier, later] : undefined;
}

/** The change of a prose measure between two dates, when the question asks a difference or a change in %. */
export function proseAcrossDates(ctx: Context, u: Understood, ranked: Candidate[]): Answer | undefined {
  if (u.operation !== 'diff' && u.operation !== 'changePct') return undefined;
  const picked = pickPair(u, ranked);
  if (!picked) return undefined;
  const [a, b] = picked.map((c) => figureOf(ctx, c.item, c.item.obs[0], u.lang));
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
