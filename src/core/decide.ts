// Deciding what a question asks and which answer builder serves it.
import type { Answer, Figure } from './answer.js';
import { group, type Item } from './catalog.js';
import { agencyInfo, MEASURE_HINTS, stripFiller } from './lexicon.js';
import { agencyFilter, resolveItems, type Scored } from './resolve.js';
import type { Understood } from './understand.js';
import { answerAmount, chooseYear, observe } from './answers/amount.js';
import { answerBreakdown } from './answers/breakdown.js';
import { answerSum } from './answers/sum.js';
import { answerAcrossAgencies } from './answers/across.js';
import { answerHelp } from './answers/help.js';
import { answerKpi } from './answers/kpi.js';
import { answerPlan } from './answers/plan.js';
import { answerRanking } from './answers/ranking.js';
import { answerSearch } from './answers/search.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, type Context } from './answers/context.js';
import { notFound } from './answers/not-found.js';

const REVENUE = /收入|歲入|規費|revenue|income/;
const SUM = /(加|\+|與|和|及|and|plus).+(合計|總計|加總|總和|一共|共計|sum|total|combined)/;

/** Family preferences from the words of the question. */
function familyBonus(u: Understood, item: Item): number {
  let b = 0;
  if (REVENUE.test(u.norm)) b += item.family === 'revenue' ? 0.3 : 0;
  else if (item.family === 'revenue') b -= 0.2;
  if (u.staffWords) b += item.family === 'positions' || item.family === 'staff' ? 0.3 : 0;
  if (/執行率|執行數|決算/.test(u.norm) && item.family === 'execution') b += 0.2;
  // "多少機關": the count whose counting word the question uses
  const unitWord = item.kind === 'kpi' ? item.obs[0]?.unitLabel?.replace(/^個/, '') : undefined;
  if (unitWord && u.norm.includes(unitWord)) b += 0.15;
  // a question about money is not answered by a count
  if (item.kind === 'kpi' && u.measures.some((m) => ['budget', 'final', 'change', 'previous'].includes(m)) && !item.obs.some((o) => o.unit === 'TWD')) b -= 0.6;
  // of items matched by the same words, a budget line, then a printed total, is the one meant
  if (item.kind === 'line') b += 0.1;
  if (/^(合計|總計)$/.test(item.category ?? '')) b += 0.05;
  // an item that has the measure asked for beats one that does not
  const have = new Set(item.obs.map((o) => o.measure));
  if (u.measures.some((m) => have.has(m === 'previous' ? 'budget' : m) || (m === 'final' && have.has('actual')))) b += 0.2;
  if (item.kind === 'plan' && (u.planWords || u.measures.some((m) => m === 'approved' || m === 'executedToDate' || m === 'budgetedToDate'))) b += 0.5;
  // a measure named in other words (比例, 面積, 租金 …) that this item has
  if (MEASURE_HINTS.some(([re, m]) => have.has(m) && re.test(u.norm))) b += 0.3;
  // a figure for the year asked beats one from another year
  if (u.years.length && item.obs.some((o) => o.year === u.years[u.years.length - 1] || (o.asOf ?? '').startsWith(String(u.years[u.years.length - 1])))) b += 0.4;
  return b;
}

function rank(ctx: Context, u: Understood): Scored[] {
  const scored = resolveItems(ctx.catalog, ctx.index, u).map((s) => ({ ...s, score: s.score + familyBonus(u, s.item) }));
  // several keywords of one item matched: it is more specific
  for (const s of scored) {
    const extra = s.item.match.filter((m) => m !== s.matched && m.length >= 2 && u.itemText.includes(m)).length;
    s.score += Math.min(extra, 3) * 0.15;
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The agency's own line when the question names an agency and nothing else. */
function agencyItem(ctx: Context, u: Understood): Item | undefined {
  const allowed = agencyFilter(u);
  if (!allowed) return undefined;
  const code = u.ministryAmbiguous ? '62' : allowed[0];
  const family = REVENUE.test(u.norm) ? 'revenue' : 'expenditure';
  if (u.staffWords) {
    const positions = group(ctx.catalog, `fam:positions:${code}`).filter((i) => i.category === '合計');
    const pos = positions.find((i) => i.subject === agencyInfo(code).zh) ?? positions[0];
    if (pos) return pos;
  }
  return group(ctx.catalog, `fam:${family}:${code}`).find((i) => i.kind === 'line' && (i.level === 'agency' || (family === 'revenue' && i.level === 'total' && code === '62')));
}

/** The same line or figure under the other reading of 數位發展部 (ministry proper ↔ ministry total). */
function otherReading(ctx: Context, best: Item): Item | undefined {
  if (best.agency !== '62' && best.agency !== '6201') return undefined;
  const other = best.agency === '62' ? '6201' : '62';
  const subjects = new Set([agencyInfo(other).zh, '合計', '總計']);
  return group(ctx.catalog, `fam:${best.family}:${other}`).find((i) =>
    i.kind === best.kind &&
    (best.kind === 'line'
      ? i.name === best.name || (i.level === 'agency' && best.level === 'agency')
      : i.category === best.category && i.nature === best.nature && subjects.has(i.subject ?? '') === subjects.has(best.subject === agencyInfo(best.agency!).zh ? '合計' : best.subject ?? '')));
}

/** A question that asks for the other reading, in the question's words. */
function readingQuestion(u: Understood, item: Item): string {
  const who = item.agency === '62' ? (u.lang === 'zh' ? '數位發展部主管' : 'MODA total') : u.lang === 'zh' ? '數位發展部本部' : 'MODA ministry proper';
  const what = item.kind === 'line' ? (item.level === 'agency' ? '' : item.name) : (item.category ?? '').replace(/^(合計|總計)$/, '');
  const year = u.years.length ? (u.lang === 'zh' ? `${u.years[u.years.length - 1]} 年度` : `${u.years[u.years.length - 1] + 1911}`) : '';
  const measure = item.family === 'positions' ? (u.lang === 'zh' ? '預算員額' : 'positions') : u.measures.includes('final') ? (u.lang === 'zh' ? '決算' : 'final account') : u.lang === 'zh' ? (what ? '' : '預算') : 'budget';
  return [who, what, year, measure].filter(Boolean).join(' ');
}

function alternativesFor(ctx: Context, u: Understood, best: Item, others: Scored[]): string[] {
  const out: string[] = [];
  const other = u.ministryAmbiguous ? otherReading(ctx, best) : undefined;
  if (other) out.push(readingQuestion(u, other));
  const top = others[0]?.score ?? 0;
  for (const o of others.slice(0, 4)) if (o.item !== best && o.item !== other && o.item.kind === best.kind && o.score >= top - 0.3) out.push(itemTitle(o.item, u.lang));
  return out;
}

export function decide(ctx: Context, u: Understood): Answer {
  if (u.help) return answerHelp(u);
  if (u.search !== null) return answerSearch(ctx, u, u.search);
  const ranked = rank(ctx, u);
  const exact = ranked.filter((s) => s.exact);
  // "國防部" is another ministry; "非政府組織跨部門…" is part of a name the data has
  const foreign = u.foreignBody && !exact.some((s) => s.matched.includes(u.foreignBody!.replace(/\s+/g, '')));
  if (foreign && u.agencies.length === 0 && !u.ministryAmbiguous) {
    return notFound(ctx, u, u.lang === 'zh'
      ? `資料只涵蓋數位發展部（本部、資通安全署、數位產業署），沒有「${u.foreignBody}」的資料。`
      : `The data covers only the Ministry of Digital Affairs and its two administrations (ACS, ADI), not ${u.foreignBody}.`);
  }

  if (SUM.test(u.norm) && exact.length >= 2) {
    // the addends: distinct items of one family, none named inside another's name, no bare 合計
    const family = exact[0].item.family;
    const parts = [...new Map(exact.filter((s) => s.item.family === family && !/^(合計|總計)$/.test(s.matched)).map((s) => [s.item.id, s.item])).values()]
      .filter((i) => !exact.some((e) => e.item !== i && e.matched.includes(i.match[0]) && e.matched !== i.match[0])).slice(0, 3);
    const sum = parts.length >= 2 ? answerSum(ctx, u, parts) : undefined;
    if (sum) return sum;
  }
  const named = u.agencies.filter((a) => a !== '62');
  if (named.length >= 2 && !u.share && !u.ranking) {
    // the same item for each agency named: its best matches when only that agency is allowed, taken
    // from the latest year they all have
    const options = named.map((a) => {
      const one: Understood = { ...u, agencies: [a] };
      const scored = rank(ctx, one).filter((s) => s.exact || s.explains >= 0.3);
      const top = scored[0]?.score ?? 0;
      const near = scored.filter((s) => s.score >= top - 0.3).map((s) => s.item);
      const fallback = one.residual.replace(/[a-z]+/g, '').length <= 1 ? agencyItem(ctx, one) : undefined;
      return near.length ? near : fallback ? [fallback] : [];
    });
    const yearsOf = (i: Item) => i.obs.map((o) => o.year);
    const shared = [...new Set(options.flat().flatMap(yearsOf))].filter((y) => options.every((opts) => opts.some((i) => yearsOf(i).includes(y))));
    const year = u.years.length ? u.years[u.years.length - 1] : Math.max(...shared);
    const items = options.map((opts) => opts.find((i) => yearsOf(i).includes(year)));
    if (items.every((i): i is Item => i !== undefined) && new Set(items.map((i) => i.family)).size === 1) {
      const across = answerAcrossAgencies(ctx, { ...u, years: [year] }, items);
      if (across) return across;
    }
  }
  if (u.ranking && !ranked.some((s) => s.exact && (s.item.kind === 'kpi' || s.item.kind === 'plan'))) return answerRanking(ctx, u);
  let best = ranked[0]?.item;
  const residualExplained = ranked[0] ? ranked[0].explains >= 0.3 || ranked[0].exact : false;
  if (!best || !residualExplained) {
    const agency = u.residual.replace(/[a-z]+/g, '').length <= 1 ? agencyItem(ctx, u) : undefined;
    // an agency's revenue is spread over the sources it collects under: their sum
    const revenueParts = !agency || agency.family !== 'revenue' || agency.level !== 'agency' ? [] : group(ctx.catalog, `fam:revenue:${agency.agency}`).filter((i) => i.level === 'agency');
    if (revenueParts.length > 1) {
      const sum = answerSum(ctx, u, revenueParts);
      if (sum) return { ...sum, intent: 'revenue' };
    }
    if (!agency) {
      if (u.residual.length >= 2) return answerSearch(ctx, u, stripFiller(u.norm, u.lang).replace(/\s+/g, ' ').trim());
      return notFound(ctx, u, u.lang === 'zh' ? '資料中找不到這個問題的數字。' : 'The documents do not answer this question.');
    }
    best = agency;
  }
  const across = acrossAgencies(ctx, u, best);
  if (across) {
    const sum = answerSum(ctx, u, across);
    if (sum) return { ...sum, suggestions: across.map((i) => itemTitle(i, u.lang)).slice(0, 4) };
  }
  const alternatives = alternativesFor(ctx, u, best, ranked);
  if (best.kind === 'kpi') return answerKpi(ctx, u, best, alternatives);
  if (best.kind === 'plan') return answerPlan(ctx, u, best, alternatives);
  const answer = u.breakdown ? answerBreakdown(ctx, u, best) : answerAmount(ctx, u, best, alternatives);
  const otherOffered = u.ministryAmbiguous && otherReading(ctx, best) !== undefined;
  return best.agency && otherOffered ? { ...answer, summary: `${answer.summary}${readingNote(best.agency, u.lang)}` } : answer;
}

/**
 * "114 年度一般行政預算" with no agency named: the line exists under each agency but not at the
 * ministry level, so the answer is their sum (each part shown), not one agency's line.
 */
function acrossAgencies(ctx: Context, u: Understood, best: Item): Item[] | undefined {
  if (u.agencies.length || u.ministryAmbiguous || u.breakdown || best.kind !== 'line' || best.level === 'agency' || best.level === 'plan') return undefined;
  const same = group(ctx.catalog, `name:${best.match[0]}`).filter((i) => i.kind === 'line' && i.family === best.family && i.level === best.level);
  const agencies = new Set(same.map((i) => i.agency));
  if (agencies.has('62') || agencies.size < 2) return undefined;
  return same;
}

/** Which "數位發展部" the answer used, said once. */
function readingNote(code: string, lang: 'zh' | 'en'): string {
  const total = code === '62';
  if (lang === 'zh') return total ? '（「數位發展部」此處指主管合計，含資通安全署及數位產業署；本部數字見建議問題。）' : '（「數位發展部」此處指部本部；含兩署的主管合計見建議問題。）';
  return total ? ' ("MODA" read as the ministry-level total including ACS and ADI; the ministry proper is in the suggestions.)' : ' ("MODA" read as the ministry proper; the total including ACS and ADI is in the suggestions.)';
}
