// "哪個機關人事費最多", "which agency has the most positions": the agencies ranked by the item the
// question names (an object class, positions, a revenue source), not by their total budgets.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { AgencyCode } from '../../dataset/schema.js';
import type { Understood } from '../understand.js';
import { findCandidates } from '../candidates.js';
import { explainsEnough } from '../gate.js';
import { formatValue } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { chooseMeasure, observe, yearsWith } from './observations.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, say, type Context } from './context.js';

/** The agencies a ranking compares: the ministry proper and the two administrations (never their total). */
const RANKED: AgencyCode[] = ['6201', '6210', '6220'];

/** The item of the same family and class for one agency: what the question names, asked of that agency. */
function sameItemOf(ctx: Context, u: Understood, like: Item, code: AgencyCode): Item | undefined {
  const one: Understood = { ...u, agencies: [code], ministryAmbiguous: false };
  return findCandidates(ctx, one)
    .filter(explainsEnough)
    .find((c) => c.item.agency === code && c.item.family === like.family && c.item.kind === like.kind && (c.item.category ?? '') === (like.category ?? '') && c.item.nature === like.nature)?.item;
}

export function answerRankByItem(ctx: Context, u: Understood, like: Item): Answer | undefined {
  const items = RANKED.map((code) => sameItemOf(ctx, u, like, code)).filter((i): i is Item => i !== undefined);
  if (items.length < 2) return undefined;
  const measure = chooseMeasure(items[0], u);
  const common = yearsWith(items[0], measure).filter((y) => items.every((i) => observe(i, y, measure).length));
  const year = u.years.at(-1) ?? common.at(-1);
  if (year === undefined || !items.every((i) => observe(i, year, measure).length)) return undefined;
  const rows = items.map((i) => ({ item: i, fig: figureOf(ctx, i, observe(i, year, measure)[0], u.lang) }));
  rows.sort((a, b) => (u.rankingAsc ? a.fig.value - b.fig.value : b.fig.value - a.fig.value));
  const figures: Figure[] = rows.map((r) => r.fig);
  const p = phrase(u.lang);
  const what = /^(合計|總計)?$/.test(like.category ?? '') ? u.residual || like.name : like.category!;
  const list = rows.map((r) => `${itemTitle(r.item, u.lang)} ${say(r.fig, u.lang)}`).join(p.listJoin);
  return {
    ...baseAnswer(u, 'ranking'),
    summary: p.lists.byItemSummary(what, year, list),
    figures,
    table: {
      columns: p.lists.byItemColumns(),
      rows: rows.map((r, k) => [String(k + 1), itemTitle(r.item, u.lang), formatValue(r.fig.value, r.fig.unit, u.lang, r.fig.unitLabel)]),
      numeric: [0, 2],
    },
    chart: {
      kind: 'bar', title: p.lists.byItemTitle(what, year),
      unit: figures[0].unit, categories: rows.map((r) => itemTitle(r.item, u.lang)),
      series: [{ name: what, values: figures.map((f) => f.value) }], caption: captionOf(figures, u.lang),
    },
    sources: collectSources(figures),
    suggestions: [],
  };
}
