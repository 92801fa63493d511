// A major plan: approved total, budgeted and executed to date, with its progress.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, groupDigits, moneyCellUnit } from '../../format/numbers.js';
import { baseAnswer, collectSources, figureOf, measureLabel, say, type Context, captionOf } from './context.js';

const ORDER = ['approved', 'budgetedToDate', 'executedToDate'];

export function answerPlan(ctx: Context, u: Understood, item: Item, alternatives: string[]): Answer {
  const lang = u.lang;
  const plan = ctx.catalog.plans.find((p) => p.id === item.id)!;
  const wanted = u.measures.find((m) => ORDER.includes(m)) ?? 'approved';
  const obs = [...item.obs].sort((a, b) => (a.measure === wanted ? -1 : b.measure === wanted ? 1 : ORDER.indexOf(a.measure) - ORDER.indexOf(b.measure)));
  const figures: Figure[] = obs.map((o) => figureOf(ctx, item, o, lang, plan.name));
  const get = (m: string) => item.obs.find((o) => o.measure === m);
  const approved = get('approved');
  const executed = get('executedToDate');
  const budgeted = get('budgetedToDate');
  if (approved && executed && approved.value) {
    figures.push({
      label: lang === 'zh' ? `${plan.name} 累計執行數占核定總經費比例` : `${plan.name} executed to date as a share of the approved total`,
      value: Math.round((executed.value / approved.value) * 10000) / 100, unit: 'percent', year: plan.year, measure: 'rate',
      computedFrom: [figures.find((f) => f.measure === 'executedToDate')!.label, figures.find((f) => f.measure === 'approved')!.label],
      formula: 'executedToDate ÷ approved × 100',
    });
  }
  const main = figures[0];
  const summary = lang === 'zh'
    ? `${plan.name}（${plan.type}，${plan.period}）${measureLabel(main.measure!, lang)} ${say(main, lang)}。${approved && executed ? `截至 ${plan.year} 年底累計執行 ${say(figures.find((f) => f.measure === 'executedToDate')!, lang)}，為核定總經費的 ${groupDigits((executed.value / approved.value) * 100, 1)}%。` : ''}`
    : `${plan.name} (${plan.type}, ${plan.period}): ${measureLabel(main.measure!, lang)} ${say(main, lang)}.${approved && executed ? ` Executed to the end of FY${plan.year + 1911}: ${say(figures.find((f) => f.measure === 'executedToDate')!, lang)}, ${groupDigits((executed.value / approved.value) * 100, 1)}% of the approved total.` : ''}`;
  const rows = obs.map((o) => [measureLabel(o.measure, lang), formatMoneyCell(o.value, lang)]);
  const text = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
  return {
    ...baseAnswer(u, 'plan'),
    summary,
    figures,
    table: {
      columns: lang === 'zh' ? ['項目', `金額（${moneyCellUnit(lang)}）`] : ['Measure', `Amount (${moneyCellUnit(lang)})`],
      rows: [...rows, [lang === 'zh' ? '本年度預定工作' : "This year's work", text(plan.work)], [lang === 'zh' ? '執行情形' : 'Progress', text(plan.progress)]],
      numeric: [1],
    },
    chart: approved ? {
      kind: 'progress', title: plan.name, unit: 'TWD',
      categories: [budgeted, executed].filter(Boolean).map((o) => measureLabel(o!.measure, lang)),
      series: [{ name: plan.name, values: [budgeted, executed].filter(Boolean).map((o) => o!.value) }],
      total: approved.value,
      caption: captionOf(figures, lang),
    } : undefined,
    sources: collectSources(figures),
    suggestions: alternatives.slice(0, 4),
  };
}
