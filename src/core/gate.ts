// The one confidence gate: is the best candidate good enough to state a figure? The same rule for
// every intent: the record must explain the question's content words, in the unit asked.
import type { Candidate } from './features.js';
import { unitAllows } from './features.js';
import { normalizeName } from './normalize.js';
import type { Understood } from './understand.js';
import { GATE } from './weights.js';

export type GateDecision =
  | { kind: 'answer'; best: Candidate; why: string }
  | { kind: 'agency'; why: string } // nothing but an agency (and a measure) named: the agency's own figure
  | { kind: 'search'; why: string } // content words no record explains: the closest passages, no figure
  | { kind: 'not_found'; why: string };

/** Whether a candidate explains enough of the question to answer with its figure. */
export function explainsEnough(c: Candidate): boolean {
  if (c.features.properNameMissing || c.features.measureMissing) return false;
  if (c.item.kind === 'kpi' && c.yearAsked && !c.features.yearFits && !c.features.yearMentioned) return false;
  if (c.item.kind === 'kpi') return c.explains >= GATE.minExplainsKpi;
  if (c.item.kind === 'plan' && !c.exact) return c.explains >= GATE.minExplainsPlan;
  return c.explains >= GATE.minExplains || (c.exact && c.explains >= GATE.minExplainsExact);
}

/** Content left after agency, years, measure and intent words: nothing but filler means an agency question.
 * An agency's own figure is an amount, so a question counting something (NGOs, GPUs) is never one. */
export function namesOnlyAgency(u: Understood): boolean {
  const unread = (u.residual.match(/[a-z]/g) ?? []).length;
  const counting = u.unitAsked === 'count' && !u.staffWords;
  return !counting && u.residual.replace(/[a-z0-9]+/g, '').length <= 1 && unread <= GATE.maxUnreadLetters;
}

/** Rows of one table for one subject (an agency's 職員, 聘用, 約僱 positions) differ by their category:
 * when the question names one category, a row of another category is not what it asks. */
function siblingNamed(c: Candidate, ranked: Candidate[], u: Understood): boolean {
  const named = (x: Candidate) => !!x.item.category && u.itemText.includes(normalizeName(x.item.category));
  if (c.item.kind !== 'fact' || named(c)) return false;
  return ranked.some((x) => x !== c && x.item.kind === 'fact' && x.item.family === c.item.family &&
    x.item.agency === c.item.agency && x.item.subject === c.item.subject && named(x));
}

/** The same measure of a prose figure reported again later (瀏覽量 in the 112 report and in 115):
 * with no date asked, the latest report of it, when it fits nearly as well. */
const asOf = (c: Candidate) => c.item.obs[0]?.asOf ?? '';
/** Two prose figures of one measure (瀏覽量, 政府資料開放平臺瀏覽量) reported at different dates. */
function sameSeries(a: Candidate, b: Candidate): boolean {
  const [x, y] = [a.item.phrase, b.item.phrase];
  return a.item.kind === 'kpi' && b.item.kind === 'kpi' && !!x && !!y && asOf(a) !== asOf(b) && (x.endsWith(y) || y.endsWith(x));
}
/** A figure reported again in a later document, in the same unit and counting word (機關, not 次): with
 * "目前" asked, that is the series. */
function laterReport(c: Candidate, best: Candidate): boolean {
  const [a, b] = [c.item.obs[0], best.item.obs[0]];
  return c.item.kind === 'kpi' && best.item.kind === 'kpi' && a?.doc !== b?.doc && a?.unit === b?.unit && a?.unitLabel === b?.unitLabel;
}

function latestOfSeries(best: Candidate, usable: Candidate[], latestAsked: boolean): Candidate {
  // a plan or target (預計 …) is no later report of what was done
  const later = usable.filter((c) => (sameSeries(c, best) || (latestAsked && laterReport(c, best))) && !c.item.planned && asOf(c) > asOf(best) &&
    best.score - c.score < GATE.seriesMargin && explainsEnough(c));
  return later.sort((a, b) => asOf(b).localeCompare(asOf(a)))[0] ?? best;
}


/** The candidates the question allows at all: what must hold is a filter, not a bonus (the unit asked, a
 * sibling row the question names). The rest are neither the answer nor a rival to it. */
export function usableCandidates(u: Understood, ranked: Candidate[]): Candidate[] {
  // a number for each of several things (各1座) is no total, when a total is asked
  const total = u.asks.has('total');
  // a target (績效目標, 預計) is no answer to what was done, when a figure of what was done ranks above it
  const doneAbove = (c: Candidate) => ranked.some((d) => d.score > c.score && d.item.kind === 'kpi' && !d.features.plannedNotAsked && unitAllows(d));
  return ranked.filter((c) => unitAllows(c) && !siblingNamed(c, ranked, u) && !(total && c.item.each) && !(c.features.plannedNotAsked && doneAbove(c)));
}

export function gate(u: Understood, ranked: Candidate[]): GateDecision {
  const usable = usableCandidates(u, ranked);
  const found = usable.find(explainsEnough) ?? usable[0];
  const best = found && !u.years.length ? latestOfSeries(found, usable, u.asksLatest) : found;
  if (best && explainsEnough(best)) {
    return { kind: 'answer', best, why: `${best.item.id} explains ${Math.round(best.explains * 100)}% of the content words${best.exact ? ' and its name stands in the question' : ''}` };
  }
  const missed = best ? `best candidate ${best.item.id} explains only ${Math.round(best.explains * 100)}%` : 'no candidate';
  if (namesOnlyAgency(u)) return { kind: 'agency', why: `${missed}; only an agency is named` };
  if (u.residual.length >= 2) return { kind: 'search', why: `${missed}; content words "${u.residual}" unexplained` };
  return { kind: 'not_found', why: missed };
}
