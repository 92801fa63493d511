// An item split into its parts: sub-lines, object classes, economic classes or asset types.
import type { Answer, Figure, Lang } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, groupDigits } from '../../format/numbers.js';
import { phrase, type BreakdownBy } from '../../format/phrases.js';
import { chooseYear, observe } from './observations.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, type Context, captionOf } from './context.js';
import { notFound } from './not-found.js';

type By = BreakdownBy;

function byOf(u: Understood): By {
  if (u.asks.has('objectClass')) return 'object_class';
  if (u.asks.has('econClass')) return 'econ_class';
  if (u.asks.has('assetClass') || u.asks.has('capital')) return 'capital_asset';
  return 'lines';
}

const SUBTOTAL = /小計|合計|總計/;

function parts(ctx: Context, item: Item, by: By, detail = false): Item[] {
  // an agency's only child is its function line (科學支出): look through it
  if (by === 'lines' && item.children.length === 1 && ctx.catalog.byId.get(item.children[0])?.level === 'function') {
    return parts(ctx, ctx.catalog.byId.get(item.children[0])!, by, detail);
  }
  if (by === 'lines') return item.children.map((id) => ctx.catalog.byId.get(id)!).filter((c) => c.level !== 'plan' || item.children.every((id) => ctx.catalog.byId.get(id)!.level === 'plan'));
  const subject = item.kind === 'line' ? item.name : item.subject;
  const candidates = [subject, ...(item.level === 'agency' ? [item.name] : [])].flatMap((sub) => group(ctx.catalog, `subj:${by}:${item.agency ?? '-'}:${sub}`));
  const found = [...new Set(candidates)].filter((i) => i.kind === 'fact' && !SUBTOTAL.test(i.category ?? ''));
  // a cost summary lists classes (2000 業務費) and their items (2039 委辦費): count one level only,
  // the items when the question asks for detail (明細), else the classes
  const classes = found.filter((i) => /^\d000$/.test(i.categoryCode ?? ''));
  const items = found.filter((i) => /^\d{3}[1-9]$|^\d{2}[1-9]\d$/.test(i.categoryCode ?? ''));
  if (detail && items.length) return items;
  return classes.length ? classes : found;
}

interface Row { item: Item; fig: Figure }

/** A part's name in the breakdown: a fact by its class (and part), a line by its name. */
function partName(item: Item, lang: Lang): string {
  return item.kind === 'fact' ? `${item.category}${item.nature ? phrase(lang).nature(item.nature) : ''}` : item.name;
}

/** The parts with a non-zero budget for the year, labelled with the whole's title. */
function partRows(ctx: Context, lang: Lang, list: Item[], year: number, title: string): Row[] {
  const rows: Row[] = [];
  for (const p of list) {
    const o = observe(p, year, 'budget')[0];
    if (o && o.value !== 0) rows.push({ item: p, fig: figureOf(ctx, p, o, lang, p.kind === 'fact' ? `${title} ${partName(p, lang)}` : itemTitle(p, lang)) });
  }
  return rows.sort((a, b) => b.fig.value - a.fig.value);
}

/** The parts' rows for the year asked (or the latest): the detail asked when the year has it, else the classes. */
function breakdownRows(ctx: Context, u: Understood, item: Item, by: By): { rows: Row[]; year: number } {
  const detail = u.asks.has('detail');
  let list = parts(ctx, item, by, detail);
  const year = chooseYear(item, u, 'budget') ?? Math.max(...list.flatMap((i) => i.obs.map((o) => o.year)));
  // detail the year does not have (114 prints classes only): the classes
  if (detail && !list.some((part) => observe(part, year, 'budget').length)) list = parts(ctx, item, by, false);
  return { rows: partRows(ctx, u.lang, list, year, itemTitle(item, u.lang)), year };
}

export function answerBreakdown(ctx: Context, u: Understood, item: Item): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  const by = byOf(u);
  const title = itemTitle(item, lang);
  const { rows, year } = breakdownRows(ctx, u, item, by);
  // sub-lines without the whole they split would look complete when they are not (112 of one agency only)
  const totalObs = observe(item, year, 'budget')[0];
  if (rows.length === 0 || (by === 'lines' && !totalObs)) {
    return notFound(ctx, u, p.lists.breakdownMissing(title, year), p.lists.breakdownMissingQuestions(title, year));
  }
  const totalFig = totalObs ? figureOf(ctx, item, totalObs, lang) : undefined;
  const base = totalFig?.value ?? rows.reduce((s, r) => s + r.fig.value, 0);
  const share = (r: Row) => `${groupDigits((r.fig.value / base) * 100, 1)}%`;
  const summary = p.lists.breakdownSummary({
    title, year, by, total: totalFig && say(totalFig, lang), count: rows.length,
    part: partName(rows[0].item, lang), value: say(rows[0].fig, lang), percent: (rows[0].fig.value / base) * 100,
  });
  const figures = totalFig ? [totalFig, ...rows.map((r) => r.fig)] : rows.map((r) => r.fig);
  return {
    ...baseAnswer(u, 'breakdown'),
    summary,
    figures,
    table: {
      columns: p.lists.breakdownColumns(by, year),
      rows: [...rows.map((r) => [partName(r.item, lang), formatMoneyCell(r.fig.value, lang), share(r)]),
        ...(totalFig ? [[p.total, formatMoneyCell(totalFig.value, lang), '100%']] : [])],
      numeric: [1, 2],
    },
    chart: {
      kind: 'bar', title: p.lists.breakdownTitle(title, year, by), unit: 'TWD', categories: rows.map((r) => partName(r.item, lang)),
      series: [{ name: p.budgetSeries, values: rows.map((r) => r.fig.value) }], caption: captionOf(figures, lang),
    },
    sources: collectSources(figures),
    suggestions: p.lists.breakdownQuestions(title, by),
  };
}

/** "X 底下三個工作計畫哪一個 112 年決算最多", "五項經費裡哪項最少": the parts of a named line, ranked by
 * the year's budget or final account. */
export function answerPartsRanked(ctx: Context, u: Understood, item: Item): Answer | undefined {
  const lang = u.lang;
  // its sub-lines, unless object classes are what is compared (用途別, 人事費 and 業務費 …)
  const by: By = u.asks.has('objectClass') || u.asks.has('objectClassName') ? 'object_class' : 'lines';
  const measure = u.measures.includes('final') ? 'final' : 'budget';
  const list = parts(ctx, item, by);
  const year = u.years.at(-1) ?? chooseYear(item, u, measure);
  if (year === null || year === undefined) return undefined;
  const title = itemTitle(item, lang);
  const rows: Row[] = [];
  for (const part of list) {
    const o = observe(part, year, measure)[0];
    // a class printed as 0 (no 債務費) is not one of the parts the line spends on
    if (o && o.value !== 0) rows.push({ item: part, fig: figureOf(ctx, part, o, lang, part.kind === 'fact' ? `${title} ${partName(part, lang)}` : itemTitle(part, lang)) });
  }
  if (rows.length < 2) return undefined;
  rows.sort((a, b) => (u.rankingAsc ? a.fig.value - b.fig.value : b.fig.value - a.fig.value));
  const p = phrase(lang);
  const what = `${title} ${p.lists.rankBy[measure]}`;
  const figures = rows.map((r) => r.fig);
  return {
    ...baseAnswer(u, 'ranking'),
    summary: p.lists.byItemSummary(what, year, rows.map((r) => `${partName(r.item, lang)} ${say(r.fig, lang)}`).join(p.listJoin)),
    figures,
    table: { columns: p.lists.byItemColumns(), rows: rows.map((r, i) => [String(i + 1), partName(r.item, lang), formatMoneyCell(r.fig.value, lang)]), numeric: [2] },
    sources: collectSources(figures),
    suggestions: [],
  };
}

