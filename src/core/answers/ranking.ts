// "哪個機關預算最多", "top 5 programmes": rank budget lines of one level by a year's budget.
import type { Answer, Figure } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, groupDigits } from '../../format/numbers.js';
import { phrase, type RankLevel, type RankMeasure } from '../../format/phrases.js';
import { observe } from './observations.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, say, type Context } from './context.js';
import { notFound } from './not-found.js';

function levelOf(u: Understood): RankLevel {
  if (u.asks.has('majorPlan')) return 'plan';
  if (u.asks.has('workplanLevel')) return 'workplan';
  if (u.asks.has('programmeLevel') || u.asks.has('plan')) return 'programme';
  return 'agency';
}

interface Row { item: Item; fig: Figure }

/** What the ranking is by, and the observation measure that holds it: a major plan's totals, a change, a year's figure. */
function rankMeasureOf(u: Understood, level: RankLevel): { by: RankMeasure; measure: string } {
  const m = u.measures;
  if (level === 'plan') {
    const by = m.includes('executedToDate') ? 'executedToDate' : m.includes('budgetedToDate') ? 'budgetedToDate' : 'approved';
    return { by, measure: by };
  }
  if (u.asks.has('rankChange')) return { by: u.asks.has('rankCut') ? 'decrease' : 'increase', measure: 'change' };
  return m.includes('final') ? { by: 'final', measure: 'final' } : { by: 'budget', measure: 'budget' };
}

/** The budget lines a ranking compares: one level, of one family, within the agencies named. */
function poolOf(ctx: Context, u: Understood, level: RankLevel, source?: string): Item[] {
  if (level === 'plan') return ctx.catalog.items.filter((i) => i.kind === 'plan');
  const family = u.asks.has('revenue') ? 'revenue' : 'expenditure';
  const within = u.agencies.filter((a) => a !== '62');
  return group(ctx.catalog, `level:${family}:${level}`).filter(
    (i) => i.kind === 'line' && i.agency !== '62' &&
      (within.length === 0 || (i.agency !== null && within.includes(i.agency))) && !/預備金/.test(i.name) &&
      // "哪個機關規費收入最多": each agency's line under that revenue source only
      (!source || i.under === source),
  );
}

/** No ranking where the year lacks an agency: the years that have them all instead. */
function incomplete(ctx: Context, u: Understood, r: { pool: Item[]; rows: Row[]; level: RankLevel; year?: number; measure: string; years: number[] }): Answer {
  const p = phrase(u.lang).lists;
  const agencies = new Set(r.pool.map((i) => i.agency));
  const complete = r.years.filter((y) => new Set(r.pool.filter((i) => observe(i, y, r.measure).length).map((i) => i.agency)).size === agencies.size);
  const final = r.measure === 'final';
  const covered = new Set(r.rows.map((row) => row.item.agency)).size;
  return notFound(ctx, u, p.rankGap({ level: r.level, year: r.year, final, covered, complete }),
    complete.slice(-1).map((y) => p.largestQuestion(r.level, y))
      .concat(r.measure === 'budget' && r.year !== undefined ? [p.largestFinalQuestion(r.level, r.year)] : []));
}

export function answerRanking(ctx: Context, u: Understood, source?: string): Answer {
  const lang = u.lang;
  const level = levelOf(u);
  const pool = poolOf(ctx, u, level, source);
  const { by, measure } = rankMeasureOf(u, level);
  const years = [...new Set(pool.flatMap((i) => i.obs.filter((o) => o.measure === measure).map((o) => o.year)))].sort((a, b) => a - b);
  const year = u.years.length ? u.years[u.years.length - 1] : years[years.length - 1];
  const rows: Row[] = [];
  for (const item of pool) {
    const o = year === undefined ? undefined : observe(item, year, measure)[0];
    if (o) rows.push({ item, fig: figureOf(ctx, item, o, lang) });
  }
  // a ranking of the agencies the year happens to cover would crown one by default
  const agencies = new Set(pool.map((i) => i.agency));
  const covered = new Set(rows.map((r) => r.item.agency));
  if (rows.length === 0 || (level === 'agency' && covered.size < agencies.size)) return incomplete(ctx, u, { pool, rows, level, year, measure, years });
  // the largest cut is the most negative change
  const ascending = u.rankingAsc !== (by === 'decrease');
  rows.sort((a, b) => (ascending ? a.fig.value - b.fig.value : b.fig.value - a.fig.value));
  // every agency is few enough to show; programmes and plans default to five
  const n = Math.min(u.topN ?? (level === 'agency' ? rows.length : 5), rows.length);
  return rankedAnswer(u, rows, { level, year: year!, by, top: rows.slice(0, n) });
}

function rankedAnswer(u: Understood, rows: Row[], r: { level: RankLevel; year: number; by: RankMeasure; top: Row[] }): Answer {
  const lang = u.lang;
  const p = phrase(lang);
  const { top, year } = r;
  const total = rows.reduce((s, row) => s + row.fig.value, 0);
  const first = top[0];
  const change = r.by === 'increase' || r.by === 'decrease';
  const said = (row: Row) => `${itemTitle(row.item, lang)} ${say(row.fig, lang)}`;
  return {
    ...baseAnswer(u, 'ranking'),
    summary: p.lists.rankSummary({
      level: r.level, year, measure: r.by, asc: u.rankingAsc,
      first: { title: itemTitle(first.item, lang), value: say(first.fig, lang) }, next: top.slice(1, 3).map(said),
    }),
    figures: top.map((row) => row.fig),
    table: {
      columns: p.lists.rankColumns(r.level, year, r.by),
      // a share of the sum means nothing for changes of either sign
      rows: top.map((row, i) => [String(i + 1), itemTitle(row.item, lang), formatMoneyCell(row.fig.value, lang), change ? '—' : `${groupDigits((row.fig.value / total) * 100, 1)}%`]),
      numeric: [0, 2, 3],
    },
    chart: {
      kind: 'bar',
      title: p.lists.rankTitle(r.level, year, r.by),
      unit: 'TWD',
      categories: top.map((row) => itemTitle(row.item, lang)),
      series: [{ name: p.budgetSeries, values: top.map((row) => row.fig.value) }],
      caption: captionOf(top.map((row) => row.fig), lang),
    },
    sources: collectSources(top.map((row) => row.fig)),
    suggestions: p.lists.rankQuestions(itemTitle(first.item, lang), year),
  };
}
