// An item split into its parts: sub-lines, object classes, economic classes or asset types.
import type { Answer, Figure } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, groupDigits, moneyCellUnit } from '../../format/numbers.js';
import { chooseYear, observe } from './amount.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, yearText, type Context, captionOf } from './context.js';
import { notFound } from './not-found.js';

type By = 'lines' | 'object_class' | 'econ_class' | 'capital_asset';

function byOf(u: Understood): By {
  if (/用途別|object class|人事費.*業務費/.test(u.norm)) return 'object_class';
  if (/經濟性|economic/.test(u.norm)) return 'econ_class';
  if (/資產|資本支出|asset|capital/.test(u.norm)) return 'capital_asset';
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

export function answerBreakdown(ctx: Context, u: Understood, item: Item): Answer {
  const lang = u.lang;
  const by = byOf(u);
  const title = itemTitle(item, lang);
  const detail = /明細|細項|細目|detail/.test(u.norm);
  let list = parts(ctx, item, by, detail);
  const year = chooseYear(item, u, 'budget') ?? Math.max(...list.flatMap((i) => i.obs.map((o) => o.year)));
  // detail the year does not have (114 prints classes only): the classes
  if (detail && !list.some((p) => observe(p, year, 'budget').length)) list = parts(ctx, item, by, false);
  const rows: { item: Item; fig: Figure }[] = [];
  for (const p of list) {
    const o = observe(p, year, 'budget')[0];
    if (o && o.value !== 0) rows.push({ item: p, fig: figureOf(ctx, p, o, lang, p.kind === 'fact' ? `${title} ${p.category}${p.nature ? (lang === 'zh' ? (p.nature === 'capital' ? '（資本門）' : '（經常門）') : ` (${p.nature})`) : ''}` : itemTitle(p, lang)) });
  }
  // sub-lines without the whole they split would look complete when they are not (112 of one agency only)
  const whole = observe(item, year, 'budget').length > 0;
  if (rows.length === 0 || (by === 'lines' && !whole)) {
    return notFound(ctx, u, lang === 'zh'
      ? `資料中沒有${title} ${year} 年度的這種細分。`
      : `The documents give no such breakdown of ${title} for FY${year + 1911}.`,
      lang === 'zh' ? [`${title} ${year} 年度預算`, `${title} 用途別細分`] : [`${title} budget FY${year + 1911}`]);
  }
  rows.sort((a, b) => b.fig.value - a.fig.value);
  const totalObs = observe(item, year, 'budget')[0];
  const totalFig = totalObs ? figureOf(ctx, item, totalObs, lang) : undefined;
  const sum = rows.reduce((s, r) => s + r.fig.value, 0);
  const base = totalFig?.value ?? sum;
  const partName = (r: { item: Item }) => (r.item.kind === 'fact' ? `${r.item.category}${r.item.nature ? (lang === 'zh' ? (r.item.nature === 'capital' ? '（資本門）' : '（經常門）') : ` (${r.item.nature})`) : ''}` : r.item.name);
  const byZh = { lines: '下層計畫', object_class: '用途別', econ_class: '經濟性分類', capital_asset: '資產別' }[by];
  const byEn = { lines: 'sub-lines', object_class: 'object class', econ_class: 'economic class', capital_asset: 'asset type' }[by];
  const summary = lang === 'zh'
    ? `${title} ${year} 年度${totalFig ? `預算 ${say(totalFig, lang)}，` : ''}依${byZh}分為 ${rows.length} 項，最大為${partName(rows[0])} ${say(rows[0].fig, lang)}（${groupDigits((rows[0].fig.value / base) * 100, 1)}%）。`
    : `${title} FY${year + 1911}${totalFig ? ` budget ${say(totalFig, lang)}` : ''} by ${byEn}: ${rows.length} parts; the largest is ${partName(rows[0])} at ${say(rows[0].fig, lang)} (${groupDigits((rows[0].fig.value / base) * 100, 1)}%).`;
  const figures = totalFig ? [totalFig, ...rows.map((r) => r.fig)] : rows.map((r) => r.fig);
  return {
    ...baseAnswer(u, 'breakdown'),
    summary,
    figures,
    table: {
      columns: lang === 'zh' ? [byZh, `${yearText(year, lang)}（${moneyCellUnit(lang)}）`, '占比'] : [byEn, `FY${year + 1911} (${moneyCellUnit(lang)})`, 'Share'],
      rows: [...rows.map((r) => [partName(r), formatMoneyCell(r.fig.value, lang), `${groupDigits((r.fig.value / base) * 100, 1)}%`]),
        ...(totalFig ? [[lang === 'zh' ? '合計' : 'Total', formatMoneyCell(totalFig.value, lang), '100%']] : [])],
      numeric: [1, 2],
    },
    chart: {
      kind: 'bar',
      title: lang === 'zh' ? `${title} ${year} 年度預算（依${byZh}）` : `${title} FY${year + 1911} by ${byEn}`,
      unit: 'TWD',
      categories: rows.map(partName),
      series: [{ name: lang === 'zh' ? '預算數' : 'Budget', values: rows.map((r) => r.fig.value) }],
      caption: captionOf(figures, lang),
    },
    sources: collectSources(figures),
    suggestions: lang === 'zh'
      ? [`${title} 用途別細分`, `${title} 資本支出資產別`, `${title} 與上年度比較`].filter((s) => !s.includes(byZh))
      : [`${title} by object class`, `${title} change from previous year`],
  };
}
