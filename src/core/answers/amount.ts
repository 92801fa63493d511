// One item's figure for a year and measure, its change, or its share of its parent.
import type { Answer, Figure, Lang } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatChange, formatMoneyCell, formatValue } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { baseAnswer, collectSources, figureOf, itemTitle, measureLabel, say, yearText, type Context, captionOf } from './context.js';
import { notFound } from './not-found.js';
import { chooseMeasure, chooseYear, observe, ownBookFirst, yearsWith } from './observations.js';
import { answerCompare } from './compare.js';

function seriesTable(item: Item, lang: Lang): Answer['table'] {
  // a figure two books print alike (this year's 本年度, next year's 上年度) is one row, from its own book
  const shown = new Set<string>();
  const obs = [...item.obs].sort((a, b) => b.year - a.year || a.measure.localeCompare(b.measure) || ownBookFirst(a, b))
    .filter((o) => !shown.has(`${o.year}|${o.measure}|${o.value}`) && Boolean(shown.add(`${o.year}|${o.measure}|${o.value}`)));
  const money = obs.every((o) => o.unit === 'TWD');
  const rows = obs.map((o) => [
    yearText(o.year, lang),
    measureLabel(o.measure, lang) || (o.column ?? ''),
    money ? formatMoneyCell(o.value, lang) : formatValue(o.value, o.unit, lang, o.unitLabel),
    `${o.doc.slice(0, 3)} ${o.table} L${o.line}`,
  ]);
  return { columns: phrase(lang).amount.seriesColumns(money), rows, numeric: [2] };
}

function yearChart(item: Item, lang: Lang, title: string, captionSrc: string): Answer['chart'] {
  const budgets = item.obs.filter((o) => o.measure === 'budget').sort((a, b) => a.year - b.year);
  const years = [...new Set(budgets.map((o) => o.year))];
  if (years.length < 2) return undefined;
  return {
    kind: 'bar',
    title,
    unit: 'TWD',
    categories: years.map(phrase(lang).chartYear),
    series: [{ name: measureLabel('budget', lang), values: years.map((y) => budgets.find((o) => o.year === y)!.value) }],
    caption: captionSrc,
  };
}

/** The same object class of the same subject in the other nature (業務費 is current and capital). */
function otherNature(ctx: Context, item: Item): Item | undefined {
  if (item.kind !== 'fact' || item.family !== 'object_class' || !item.nature) return undefined;
  return group(ctx.catalog, `subj:object_class:${item.agency ?? '-'}:${item.subject}`).find((i) => i !== item && i.category === item.category && i.nature && i.nature !== item.nature);
}

function intentOf(item: Item): Answer['intent'] {
  if (item.family === 'revenue') return 'revenue';
  if (item.family === 'positions' || item.family === 'staff') return 'staffing';
  if (item.family === 'execution') return 'execution';
  return 'amount';
}

/** What a value answer is built from: the figures found so far and the summary that says them. */
interface Draft { item: Item; year: number | null; measure: string; figures: Figure[]; summary: string }

function missingYear(ctx: Context, u: Understood, item: Item, year: number | null, measure: string): Answer {
  const p = phrase(u.lang);
  const title = itemTitle(item, u.lang);
  const have = yearsWith(item, measure);
  const label = measureLabel(measure, u.lang);
  return notFound(ctx, u, p.amount.missingYear({ title, year, measure: label, have }),
    have.slice(-2).reverse().map((y) => p.amount.yearQuestion(title, y, label)));
}

/** An object class split into current and capital parts: the other part and both together. */
function addOtherNature(ctx: Context, lang: Lang, d: Draft): void {
  const other = otherNature(ctx, d.item);
  const oo = other && d.year !== null ? observe(other, d.year, d.measure)[0] : undefined;
  if (!other || !oo || oo.value === 0) return;
  const p = phrase(lang);
  const [first] = d.figures;
  const of = figureOf(ctx, other, oo, lang, itemTitle(other, lang));
  const total: Figure = {
    label: p.amount.bothNaturesLabel(itemTitle(d.item, lang)),
    value: first.value + oo.value, unit: first.unit, year: d.year ?? undefined, measure: d.measure,
    computedFrom: [first.label, of.label], formula: `${first.label} + ${of.label}`,
  };
  d.figures.push(of, total);
  d.summary += p.amount.otherNature({
    nature: p.natureName(d.item.nature!), otherNature: p.natureName(other.nature!), other: say(of, lang), total: say(total, lang),
  });
}

/** A budget with the printed change from the previous year. */
function addPrintedChange(ctx: Context, lang: Lang, d: Draft, title: string): void {
  if (d.measure !== 'budget' || d.year === null) return;
  const change = observe(d.item, d.year, 'change')[0];
  const prev = observe(d.item, d.year - 1, 'budget')[0];
  if (!change || !prev) return;
  d.figures.push(figureOf(ctx, d.item, change, lang, title), figureOf(ctx, d.item, prev, lang, title));
  d.summary += phrase(lang).amount.changeFromPrevious(change.value, formatChange(change.value, prev.value, 'TWD', lang));
}

/** A share asked of an item with a parent: the item's figure as a share of its parent's. */
function addShareOfParent(ctx: Context, lang: Lang, d: Draft): void {
  const parent = d.item.parent ? ctx.catalog.byId.get(d.item.parent) : undefined;
  const po = parent && d.year !== null ? observe(parent, d.year, d.measure)[0] : undefined;
  if (!parent || !po || !po.value) return;
  const p = phrase(lang);
  const [first] = d.figures;
  const pf = figureOf(ctx, parent, po, lang);
  const share: Figure = {
    label: p.shareLabel(first.label, pf.label),
    value: Math.round((first.value / po.value) * 10000) / 100,
    unit: 'percent', year: d.year ?? undefined, measure: 'share',
    computedFrom: [first.label, pf.label], formula: `${first.label} ÷ ${pf.label} × 100`,
  };
  d.figures.unshift(share);
  d.figures.push(pf);
  d.summary = p.shareSummary({ part: first.label, partValue: say(first, lang), whole: pf.label, wholeValue: say(pf, lang), percent: share.value });
}

export function answerAmount(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  // two years asked compare them, but for a figure to date (110 至 113 年度已編列): its last year's
  const toDate = u.measures.includes('budgetedToDate') || u.measures.includes('executedToDate');
  const wantsChange = (u.measures.includes('change') && !u.measures.includes('previous')) || (new Set(u.years).size >= 2 && !toDate);
  if (wantsChange && yearsWith(item, 'budget').length >= 2) return answerCompare(ctx, u, item, alternatives);
  const measure = chooseMeasure(item, u);
  const year = chooseYear(item, u, measure);
  const title = itemTitle(item, lang);
  const found = year === null ? [] : observe(item, year, measure);
  if (found.length === 0) return missingYear(ctx, u, item, year, measure);
  const figures = found.map((o) => figureOf(ctx, item, o, lang, title));
  const d: Draft = { item, year, measure, figures, summary: p.amount.summary(figures[0].label, say(figures[0], lang)) };
  if (figures.length > 1) d.summary += p.amount.alsoStated(figures.slice(1).map((f) => ({ value: say(f, lang), table: f.source?.table ?? '' })));
  addOtherNature(ctx, lang, d);
  addPrintedChange(ctx, lang, d, title);
  if (u.share) addShareOfParent(ctx, lang, d);
  const suggestions = [...alternatives];
  if (item.children.length) suggestions.push(p.amount.breakdownQuestion(title, year));
  if (yearsWith(item, 'budget').length >= 2) suggestions.push(p.changeQuestion(title));
  return {
    ...baseAnswer(u, intentOf(item)),
    summary: d.summary,
    figures,
    table: seriesTable(item, lang),
    chart: yearChart(item, lang, title, captionOf(figures, lang)),
    sources: collectSources(figures),
    suggestions: suggestions.slice(0, 5),
  };
}
