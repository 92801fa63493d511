// One handler per operation. A handler gets the frame and the gate's selection and returns an
// answer, or nothing when the operation does not apply (then the value of the record is given).
import type { Answer } from './answer.js';
import { group, type Item } from './catalog.js';
import type { Candidate } from './features.js';
import type { GateDecision } from './gate.js';
import { findCandidates } from './candidates.js';
import { explainsEnough, namesOnlyAgency } from './gate.js';
import type { Operation } from './lexicon.js';
import type { Understood } from './understand.js';
import { acrossAgencies, agencyItem, alternativesFor, otherReading, readingNote } from './selection.js';
import { answerAmount } from './answers/amount.js';
import { answerBreakdown, answerPartsRanked } from './answers/breakdown.js';
import { answerSum } from './answers/sum.js';
import { answerAcrossAgencies } from './answers/across.js';
import { answerKpi } from './answers/kpi.js';
import { answerPlan } from './answers/plan.js';
import { answerRanking } from './answers/ranking.js';
import { answerRankByItem } from './answers/rank-item.js';
import { itemTitle, type Context } from './answers/context.js';
import { DERIVED_HANDLERS } from './answers/derived.js';
import { answerCollectionRank, answerCollectionSum, answerCount } from './answers/collection.js';
import { GATE } from './weights.js';
import { notFound } from './answers/not-found.js';
import { answerWhen } from './answers/when.js';
import { answerSeries } from './answers/series.js';
import { phrase } from '../format/phrases.js';

export interface Selection {
  ranked: Candidate[];
  /** the candidate the gate accepted, if any */
  best?: Candidate;
  decision: GateDecision;
}

export type Handler = (ctx: Context, u: Understood, s: Selection) => Answer | undefined;

/** The record a value answer is about: the accepted candidate, or the agency's own line. */
export function subjectItem(ctx: Context, u: Understood, s: Selection): Item | undefined {
  if (s.best) return s.best.item;
  return namesOnlyAgency(u) ? agencyItem(ctx, u) : undefined;
}

/** One record's figure: a budget line, a fact, a major plan or a prose indicator. */
const answerValue: Handler = (ctx, u, s) => {
  const item = subjectItem(ctx, u, s);
  if (!item) return undefined;
  // an agency's revenue is spread over the sources it collects under: their sum
  if (!s.best && item.family === 'revenue' && item.level === 'agency') {
    const parts = group(ctx.catalog, `fam:revenue:${item.agency}`).filter((i) => i.level === 'agency');
    const sum = parts.length > 1 ? answerSum(ctx, u, parts) : undefined;
    if (sum) return { ...sum, intent: 'revenue' };
  }
  const across = acrossAgencies(ctx, u, item);
  const sum = across ? answerSum(ctx, u, across) : undefined;
  if (across && sum) return { ...sum, suggestions: across.map((i) => itemTitle(i, u.lang)).slice(0, 4) };
  const alternatives = alternativesFor(ctx, u, item, s.ranked);
  if (item.kind === 'kpi') return answerKpi(ctx, u, item, alternatives);
  if (item.kind === 'plan') return answerPlan(ctx, u, item, alternatives);
  const answer = u.breakdown ? answerBreakdown(ctx, u, item) : answerAmount(ctx, u, item, alternatives);
  const otherOffered = u.ministryAmbiguous && otherReading(ctx, item) !== undefined;
  return item.agency && otherOffered ? { ...answer, summary: `${answer.summary}${readingNote(item.agency, u.lang)}` } : answer;
};

/** The same item for each agency named: its best match when only that agency is allowed. */
export function itemsPerAgency(ctx: Context, u: Understood): { items: Item[]; year: number } | undefined {
  const named = u.agencies.filter((a) => a !== '62');
  if (named.length < 2) return undefined;
  const options = named.map((a) => {
    const one: Understood = { ...u, agencies: [a] };
    const ranked = findCandidates(ctx, one).filter(explainsEnough);
    const top = ranked[0]?.score ?? 0;
    const near = ranked.filter((c) => c.score >= top - GATE.alternativeMargin).map((c) => c.item);
    const own = namesOnlyAgency(one) ? agencyItem(ctx, one) : undefined;
    return near.length ? near : own ? [own] : [];
  });
  const yearsOf = (i: Item) => i.obs.map((o) => o.year);
  const shared = [...new Set(options.flat().flatMap(yearsOf))].filter((y) => options.every((opts) => opts.some((i) => yearsOf(i).includes(y))));
  const year = u.years.at(-1) ?? Math.max(...shared);
  const items = options.map((opts) => opts.find((i) => yearsOf(i).includes(year)));
  if (!items.every((i): i is Item => i !== undefined) || new Set(items.map((i) => i.family)).size !== 1) return undefined;
  return { items, year };
}

/** Two agencies named: the same item side by side with the difference. */
const answerAgencies: Handler = (ctx, u) => {
  const per = itemsPerAgency(ctx, u);
  return per ? answerAcrossAgencies(ctx, { ...u, years: [per.year] }, per.items) : undefined;
};

/** "A 加 B 合計": distinct named items of one family, none named inside another's name. */
const answerNamedSum: Handler = (ctx, u, s) => {
  // "first reserve fund across MODA, ACS and ADI": the same item of each agency named, added
  const per = itemsPerAgency(ctx, u);
  const perAgency = per ? answerSum(ctx, { ...u, years: [per.year] }, per.items) : undefined;
  if (perAgency) return perAgency;
  const exact = s.ranked.filter((c) => c.exact);
  if (exact.length < 2) return answerCollectionSum(ctx, u, s) ?? answerValue(ctx, u, s);
  const family = exact[0].item.family;
  const parts = [...new Map(exact.filter((c) => c.item.family === family && !/^(合計|總計)$/.test(c.matched)).map((c) => [c.item.id, c.item])).values()]
    .filter((i) => !exact.some((e) => e.item !== i && e.matched.includes(i.match[0]) && e.matched !== i.match[0])).slice(0, 3);
  return (parts.length >= 2 ? answerSum(ctx, u, parts) : undefined) ?? answerValue(ctx, u, s);
};


/** A ranking of what the question names: an item across agencies, its parts, or else budget lines by level. */

const answerRank: Handler = (ctx, u, s) => {
  // "哪個重大計畫…最多" ranks the major plans, whatever single record its words also name
  if (u.asks.has('majorPlan')) return answerRanking(ctx, u);
  // "哪一個委辦計畫…最多": a collection the question names (an agency's commissioned projects), ranked
  const collection = answerCollectionRank(ctx, u, s);
  if (collection) return collection;
  const best = s.best?.item;
  if (best && (best.kind === 'kpi' || best.kind === 'plan')) return answerValue(ctx, u, s);
  const namesItem = best && best.family !== 'revenue' && !(best.kind === 'line' && (best.level === 'agency' || best.level === 'total'));
  // a revenue source named (規費收入): its agencies' lines under it
  const source = best && best.family === 'revenue' && best.kind === 'line' && best.level !== 'agency' && best.level !== 'total' ? best.name : undefined;
  // words no record explains are a subject of their own: never a ranking of budgets instead
  if (!best && s.decision.kind === 'search') return undefined;
  if (!namesItem) return answerRanking(ctx, u, source);
  // "X 底下哪一個工作計畫最多": the parts of the line it names, ranked
  const within = best.kind === 'line' && u.asks.has('within') ? answerPartsRanked(ctx, u, best) : undefined;
  if (within) return within;
  // a ranking of what the question names, or none: never a ranking of something else
  // (of the records that fit it alike, the one every agency has: 人事費 of the object classes, not of one table)
  const alike = [best, ...s.ranked.filter((c) => c.item !== best && c.item.kind === best.kind && c.score >= s.best!.score - GATE.alternativeMargin).map((c) => c.item)];
  for (const item of alike) {
    const ranked = answerRankByItem(ctx, u, item);
    if (ranked) return ranked;
  }
  const p = phrase(u.lang).records;
  return notFound(ctx, u, p.rankMissing(best.category ?? best.name, u.years.at(-1)), [p.rankByBudget(u.years.at(-1))]);
};

const answerBreakdownOp: Handler = (ctx, u, s) => {
  const item = subjectItem(ctx, u, s);
  return item && item.kind !== 'kpi' && item.kind !== 'plan' ? answerBreakdown(ctx, u, item) : answerValue(ctx, u, s);
};

const answerDiffOp: Handler = (ctx, u, s) => answerAgencies(ctx, u, s) ?? DERIVED_HANDLERS.diff(ctx, u, s);

export const HANDLERS: Record<Operation, Handler> = {
  value: (ctx, u, s) => answerAgencies(ctx, u, s) ?? answerValue(ctx, u, s),
  diff: answerDiffOp,
  changePct: DERIVED_HANDLERS.changePct,
  share: DERIVED_HANDLERS.share,
  ratio: DERIVED_HANDLERS.ratio,
  remaining: DERIVED_HANDLERS.remaining,
  rank: answerRank,
  breakdown: answerBreakdownOp,
  sum: answerNamedSum,
  count: answerCount,
  when: answerWhen,
  series: (ctx, u, s) => {
    const item = subjectItem(ctx, u, s);
    return (item && item.kind !== 'kpi' && item.kind !== 'plan' ? answerSeries(ctx, u, item) : undefined) ?? answerValue(ctx, u, s);
  },
};

