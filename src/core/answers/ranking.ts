// "哪個機關預算最多", "top 5 programmes": rank budget lines of one level by a year's budget.
import type { Answer, Figure } from '../answer.js';
import { group, type Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, groupDigits, moneyCellUnit } from '../../format/numbers.js';
import { observe } from './amount.js';
import { baseAnswer, captionOf, collectSources, figureOf, itemTitle, say, yearText, type Context } from './context.js';
import { notFound } from './not-found.js';

function levelOf(u: Understood): { level: string; zh: string; en: string } {
  if (/工作計畫|work plan|節/.test(u.norm)) return { level: 'workplan', zh: '工作計畫', en: 'work plan' };
  if (/業務計畫|計畫|programme|program|目/.test(u.norm)) return { level: 'programme', zh: '業務計畫', en: 'programme' };
  return { level: 'agency', zh: '機關', en: 'agency' };
}

export function answerRanking(ctx: Context, u: Understood): Answer {
  const lang = u.lang;
  const { level, zh, en } = levelOf(u);
  const family = /收入|歲入|revenue|income/.test(u.norm) ? 'revenue' : 'expenditure';
  const within = u.agencies.filter((a) => a !== '62');
  const pool = group(ctx.catalog, `level:${family}:${level}`).filter(
    (i) => i.kind === 'line' && i.agency !== '62' &&
      (within.length === 0 || (i.agency !== null && within.includes(i.agency))) && !/預備金/.test(i.name),
  );
  const measure = u.measures.includes('final') ? 'final' : 'budget';
  const years = [...new Set(pool.flatMap((i) => i.obs.filter((o) => o.measure === measure).map((o) => o.year)))].sort((a, b) => a - b);
  const year = u.years.length ? u.years[u.years.length - 1] : years[years.length - 1];
  const rows: { item: Item; fig: Figure }[] = [];
  for (const item of pool) {
    const o = year === undefined ? undefined : observe(item, year, measure)[0];
    if (o) rows.push({ item, fig: figureOf(ctx, item, o, lang) });
  }
  // a ranking of the agencies the year happens to cover would crown one by default
  const agencies = new Set(pool.map((i) => i.agency));
  const covered = new Set(rows.map((r) => r.item.agency));
  if (rows.length === 0 || (level === 'agency' && covered.size < agencies.size)) {
    const complete = years.filter((y) => new Set(pool.filter((i) => observe(i, y, measure).length).map((i) => i.agency)).size === agencies.size);
    return notFound(ctx, u, lang === 'zh'
      ? `資料中 ${year ?? ''} 年度的${zh}${measure === 'final' ? '決算' : '預算'}不齊全（只有 ${covered.size} 個${zh}），無法排名；可排名的年度：${complete.join('、')}。`
      : `The data does not have every ${en}'s FY${(year ?? 0) + 1911} ${measure === 'final' ? 'final account' : 'budget'}, so there is no ranking; complete years (ROC): ${complete.join(', ')}.`,
      complete.slice(-1).map((y) => (lang === 'zh' ? `${y} 年度哪個${zh}預算最多` : `Which ${en} has the largest budget in ${y + 1911}?`))
        .concat(measure === 'budget' && year !== undefined ? [lang === 'zh' ? `${year} 年度哪個${zh}決算最多` : `Which ${en} had the largest final account in ${year + 1911}?`] : []));
  }
  rows.sort((a, b) => (u.rankingAsc ? a.fig.value - b.fig.value : b.fig.value - a.fig.value));
  // every agency is few enough to show; programmes and plans default to five
  const n = Math.min(u.topN ?? (level === 'agency' ? rows.length : 5), rows.length);
  const top = rows.slice(0, n);
  const total = rows.reduce((s, r) => s + r.fig.value, 0);
  const first = top[0];
  const most = u.rankingAsc ? (lang === 'zh' ? '最少' : 'smallest') : lang === 'zh' ? '最多' : 'largest';
  const summary = lang === 'zh'
    ? `${year} 年度${measure === 'final' ? '決算' : '預算'}${most}的${zh}是${itemTitle(first.item, lang)}，${say(first.fig, lang)}${top.length > 1 ? `；其次為${top.slice(1, 3).map((r) => `${itemTitle(r.item, lang)} ${say(r.fig, lang)}`).join('、')}` : ''}。`
    : `The ${en} with the ${most} FY${year! + 1911} budget is ${itemTitle(first.item, lang)}: ${say(first.fig, lang)}${top.length > 1 ? `; then ${top.slice(1, 3).map((r) => `${itemTitle(r.item, lang)} ${say(r.fig, lang)}`).join(', ')}` : ''}.`;
  return {
    ...baseAnswer(u, 'ranking'),
    summary,
    figures: top.map((r) => r.fig),
    table: {
      columns: lang === 'zh' ? ['名次', zh, `${yearText(year!, lang)}預算（${moneyCellUnit(lang)}）`, '占比'] : ['#', en, `FY${year! + 1911} budget (${moneyCellUnit(lang)})`, 'Share'],
      rows: top.map((r, i) => [String(i + 1), itemTitle(r.item, lang), formatMoneyCell(r.fig.value, lang), `${groupDigits((r.fig.value / total) * 100, 1)}%`]),
      numeric: [0, 2, 3],
    },
    chart: {
      kind: 'bar',
      title: lang === 'zh' ? `${year} 年度${zh}預算排名` : `FY${year! + 1911} ${en} budgets`,
      unit: 'TWD',
      categories: top.map((r) => itemTitle(r.item, lang)),
      series: [{ name: lang === 'zh' ? '預算數' : 'Budget', values: top.map((r) => r.fig.value) }],
      caption: captionOf(top.map((r) => r.fig), lang),
    },
    sources: collectSources(top.map((r) => r.fig)),
    suggestions: (lang === 'zh'
      ? [`${itemTitle(first.item, lang)} ${year} 年度預算細分`, `${year} 年度預算最多的前 5 個業務計畫`, `${itemTitle(first.item, lang)} 與上年度比較`]
      : [`${itemTitle(first.item, lang)} breakdown FY${year! + 1911}`, `Top 5 programmes FY${year! + 1911}`]),
  };
}
