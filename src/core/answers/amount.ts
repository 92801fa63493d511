// One item's figure for a year and measure, its change, or its share of its parent.
import type { Answer, Figure, Lang } from '../answer.js';
import { group, type Item, type Observation } from '../catalog.js';
import type { Understood } from '../understand.js';
import { MEASURE_HINTS } from '../lexicon.js';
import { formatChange, formatMoneyCell, formatValue, groupDigits, moneyCellUnit } from '../../format/numbers.js';
import { baseAnswer, collectSources, figureOf, itemTitle, measureLabel, say, yearText, type Context, captionOf } from './context.js';
import { notFound } from './not-found.js';

const DEFAULT_MEASURES = ['budget', 'positions', 'staff', 'value', 'actual', 'final', 'rate', 'approved'];

/** The item's book year: the latest year it has a 本年度 figure for. */
export function bookYear(item: Item): number {
  const current = item.obs.filter((o) => o.column === '本年度預算數').map((o) => o.year);
  return Math.max(...(current.length ? current : item.obs.map((o) => o.year)));
}

export function chooseMeasure(item: Item, u: Understood): string {
  const have = new Set(item.obs.map((o) => o.measure));
  for (const [re, m] of MEASURE_HINTS) if (re.test(u.norm) && have.has(m)) return m;
  for (const m of u.measures) {
    const name = m === 'previous' ? 'budget' : m;
    if (have.has(name)) return name;
    if (m === 'final' && have.has('actual')) return 'actual';
  }
  if (u.measures.includes('rate') && have.has('rate')) return 'rate';
  return DEFAULT_MEASURES.find((m) => have.has(m)) ?? item.obs[0]?.measure ?? 'budget';
}

export function chooseYear(item: Item, u: Understood, measure: string): number | null {
  if (u.years.length) return u.years[u.years.length - 1];
  const rel = u.measures.includes('previous') ? -1 : u.relative;
  if (rel !== null) return bookYear(item) + rel;
  const years = item.obs.filter((o) => o.measure === measure).map((o) => o.year);
  return years.length ? Math.max(...years) : null;
}

/** Figures for the year and measure; two documents may give two values: keep both, latest document first. */
export function observe(item: Item, year: number, measure: string): Observation[] {
  const found = item.obs.filter((o) => o.year === year && o.measure === measure);
  const byValue = new Map<number, Observation>();
  for (const o of [...found].sort((a, b) => b.doc.localeCompare(a.doc))) if (!byValue.has(o.value)) byValue.set(o.value, o);
  return [...byValue.values()];
}

export function yearsWith(item: Item, measure?: string): number[] {
  return [...new Set(item.obs.filter((o) => !measure || o.measure === measure).map((o) => o.year))].sort((a, b) => a - b);
}

function seriesTable(item: Item, lang: Lang): Answer['table'] {
  const obs = [...item.obs].sort((a, b) => b.year - a.year || a.measure.localeCompare(b.measure));
  const money = obs.every((o) => o.unit === 'TWD');
  const rows = obs.map((o) => [
    yearText(o.year, lang),
    measureLabel(o.measure, lang) || (o.column ?? ''),
    money ? formatMoneyCell(o.value, lang) : formatValue(o.value, o.unit, lang, o.unitLabel),
    `${o.doc.slice(0, 3)} ${o.table} L${o.line}`,
  ]);
  const head = lang === 'zh' ? ['年度', '項目', money ? `金額（${moneyCellUnit(lang)}）` : '數值', '來源'] : ['Year', 'Measure', money ? `Amount (${moneyCellUnit(lang)})` : 'Value', 'Source'];
  return { columns: head, rows, numeric: [2] };
}

function yearChart(item: Item, lang: Lang, title: string, captionSrc: string): Answer['chart'] {
  const budgets = item.obs.filter((o) => o.measure === 'budget').sort((a, b) => a.year - b.year);
  const years = [...new Set(budgets.map((o) => o.year))];
  if (years.length < 2) return undefined;
  return {
    kind: 'bar',
    title,
    unit: 'TWD',
    categories: years.map((y) => (lang === 'zh' ? `${y} (${y + 1911})` : `FY${y + 1911}`)),
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

export function answerAmount(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const wantsChange = (u.measures.includes('change') && !u.measures.includes('previous')) || new Set(u.years).size >= 2;
  if (wantsChange && yearsWith(item, 'budget').length >= 2) return answerCompare(ctx, u, item, alternatives);
  const measure = chooseMeasure(item, u);
  const year = chooseYear(item, u, measure);
  const title = itemTitle(item, lang);
  const found = year === null ? [] : observe(item, year, measure);
  if (found.length === 0) {
    const have = yearsWith(item, measure);
    const range = have.length ? `${have[0]}–${have[have.length - 1]}` : '';
    return notFound(ctx, u, lang === 'zh'
      ? `資料中沒有${title}${year ? ` ${year} 年度` : ''}的${measureLabel(measure, lang) || '數字'}；資料有 ${range} 年度（${have.join('、')}）。`
      : `The documents give no ${measureLabel(measure, lang)} of ${title}${year ? ` for FY${year + 1911} (ROC ${year})` : ''}; they cover ROC ${have.join(', ')}.`,
      have.slice(-2).reverse().map((y) => (lang === 'zh' ? `${title} ${y} 年度${measureLabel(measure, lang)}` : `${title} ${measureLabel(measure, lang)} FY${y + 1911}`)));
  }
  const figures = found.map((o) => figureOf(ctx, item, o, lang, title));
  let summary = lang === 'zh'
    ? `${figures[0].label}為 ${say(figures[0], lang)}。`
    : `${figures[0].label}: ${say(figures[0], lang)}.`;
  if (figures.length > 1) {
    summary += lang === 'zh'
      ? ` 另有記載為 ${figures.slice(1).map((f) => `${say(f, lang)}（${f.source?.table ?? ''}）`).join('、')}，兩者並列。`
      : ` Also stated as ${figures.slice(1).map((f) => `${say(f, lang)} (${f.source?.table ?? ''})`).join(', ')}; both are shown.`;
  }
  const other = otherNature(ctx, item);
  if (other && year !== null) {
    const oo = observe(other, year, measure)[0];
    if (oo && oo.value !== 0) {
      const of = figureOf(ctx, other, oo, lang, itemTitle(other, lang));
      const total: Figure = {
        label: lang === 'zh' ? `${itemTitle(item, lang).replace(/（.*門）$/, '')} 經常門與資本門合計` : `${itemTitle(item, lang)} current and capital combined`,
        value: figures[0].value + oo.value, unit: figures[0].unit, year, measure,
        computedFrom: [figures[0].label, of.label], formula: `${figures[0].label} + ${of.label}`,
      };
      figures.push(of, total);
      summary += lang === 'zh'
        ? ` 此為${item.nature === 'capital' ? '資本門' : '經常門'}；另有${other.nature === 'capital' ? '資本門' : '經常門'} ${say(of, lang)}，兩者合計 ${say(total, lang)}。`
        : ` This is the ${item.nature} part; the ${other.nature} part is ${say(of, lang)}, ${say(total, lang)} combined.`;
    }
  }
  if (measure === 'budget' && year !== null) {
    const change = observe(item, year, 'change')[0];
    const prev = observe(item, year - 1, 'budget')[0];
    if (change && prev) {
      const cf = figureOf(ctx, item, change, lang, title);
      figures.push(cf, figureOf(ctx, item, prev, lang, title));
      summary += change.value === 0
        ? lang === 'zh' ? ' 與上年度相同。' : ' Unchanged from the previous year.'
        : lang === 'zh'
          ? ` 較上年度${change.value > 0 ? '增加' : '減少'} ${formatChange(change.value, prev.value, 'TWD', lang).slice(1)}。`
          : ` Change from the previous year: ${formatChange(change.value, prev.value, 'TWD', lang)}.`;
    }
  }
  if (u.share && item.parent) {
    const parent = ctx.catalog.byId.get(item.parent);
    const po = parent && year !== null ? observe(parent, year, measure)[0] : undefined;
    if (parent && po && po.value) {
      const pf = figureOf(ctx, parent, po, lang);
      const share: Figure = {
        label: lang === 'zh' ? `${figures[0].label}占${pf.label}比例` : `${figures[0].label} as a share of ${pf.label}`,
        value: Math.round((figures[0].value / po.value) * 10000) / 100,
        unit: 'percent', year: year ?? undefined, measure: 'share',
        computedFrom: [figures[0].label, pf.label], formula: `${figures[0].label} ÷ ${pf.label} × 100`,
      };
      figures.unshift(share);
      figures.push(pf);
      summary = lang === 'zh'
        ? `${figures[1].label} ${say(figures[1], lang)}，占${pf.label} ${say(pf, lang)} 的 ${groupDigits(share.value, 2)}%。`
        : `${figures[1].label} is ${say(figures[1], lang)}, ${groupDigits(share.value, 2)}% of ${pf.label} (${say(pf, lang)}).`;
    }
  }
  const suggestions = [...alternatives];
  if (item.children.length) suggestions.push(lang === 'zh' ? `${title} ${year ?? ''} 年度預算細分`.replace(/\s+/g, ' ') : `${title} breakdown FY${(year ?? 0) + 1911}`);
  if (yearsWith(item, 'budget').length >= 2) suggestions.push(lang === 'zh' ? `${title} 與上年度比較` : `${title} change from previous year`);
  return {
    ...baseAnswer(u, intentOf(item)),
    summary,
    figures,
    table: seriesTable(item, lang),
    chart: yearChart(item, lang, title, captionOf(figures, lang)),
    sources: collectSources(figures),
    suggestions: suggestions.slice(0, 5),
  };
}

/** Budget of an item in two years: the printed change when the two are one book's columns, else computed. */
export function answerCompare(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const title = itemTitle(item, lang);
  const budgetYears = yearsWith(item, 'budget');
  const to = u.years.length ? Math.max(...u.years) : budgetYears[budgetYears.length - 1];
  const from = u.years.length >= 2 ? Math.min(...u.years) : to - 1;
  const a = observe(item, from, 'budget')[0];
  const b = observe(item, to, 'budget')[0];
  if (!a || !b) {
    return notFound(ctx, u, lang === 'zh'
      ? `資料中${title}沒有 ${from} 與 ${to} 兩個年度的預算數可比較；有的年度：${budgetYears.join('、')}。`
      : `The documents do not give ${title}'s budget for both FY${from + 1911} and FY${to + 1911}; years available (ROC): ${budgetYears.join(', ')}.`,
      [lang === 'zh' ? `${title} ${budgetYears[budgetYears.length - 1]} 年度預算` : `${title} budget FY${budgetYears[budgetYears.length - 1] + 1911}`]);
  }
  const fa = figureOf(ctx, item, a, lang, title);
  const fb = figureOf(ctx, item, b, lang, title);
  const printed = to - from === 1 ? observe(item, to, 'change')[0] : undefined;
  const change: Figure = printed
    ? figureOf(ctx, item, printed, lang, title)
    : {
        label: lang === 'zh' ? `${title} ${to} 年度較 ${from} 年度預算增減` : `${title} budget change FY${from + 1911}→FY${to + 1911}`,
        value: b.value - a.value, unit: 'TWD', year: to, measure: 'change',
        computedFrom: [fb.label, fa.label], formula: `${fb.label} − ${fa.label}`,
      };
  const delta = formatChange(change.value, a.value, 'TWD', lang);
  const summary = lang === 'zh'
    ? `${title} ${to} 年度預算 ${say(fb, lang)}，較 ${from} 年度 ${say(fa, lang)} ${change.value >= 0 ? '增加' : '減少'} ${delta.slice(1)}。`
    : `${title}: FY${to + 1911} budget ${say(fb, lang)} vs FY${from + 1911} ${say(fa, lang)}, a change of ${delta}.`;
  const cols = lang === 'zh' ? ['年度', `預算數（${moneyCellUnit(lang)}）`] : ['Year', `Budget (${moneyCellUnit(lang)})`];
  return {
    ...baseAnswer(u, 'compare'),
    summary,
    figures: [change, fb, fa],
    table: {
      columns: cols,
      rows: [
        [yearText(to, lang), formatMoneyCell(b.value, lang)],
        [yearText(from, lang), formatMoneyCell(a.value, lang)],
        [lang === 'zh' ? '增減' : 'Change', formatMoneyCell(change.value, lang)],
      ],
      numeric: [1],
    },
    chart: {
      kind: 'bar', title: lang === 'zh' ? `${title} 預算 ${from}→${to} 年度` : `${title} budget FY${from + 1911}→FY${to + 1911}`, unit: 'TWD',
      categories: [from, to].map((y) => (lang === 'zh' ? `${y} (${y + 1911})` : `FY${y + 1911}`)),
      series: [{ name: measureLabel('budget', lang), values: [a.value, b.value] }],
      caption: captionOf([fa, fb], lang),
    },
    sources: collectSources([change, fb, fa]),
    suggestions: alternatives.slice(0, 4),
  };
}
