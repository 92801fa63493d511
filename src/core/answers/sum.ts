// A sum the documents do not print (主管總預算加特別預算, 一般行政 of every agency, an agency's
// revenue across sources): the total, computed and naming its inputs, then each part with its source.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell, moneyCellUnit } from '../../format/numbers.js';
import { chooseYear, observe } from './amount.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, yearText, type Context } from './context.js';

export function answerSum(ctx: Context, u: Understood, parts: Item[]): Answer | undefined {
  const lang = u.lang;
  const measure = u.measures.includes('final') ? 'final' : 'budget';
  const year = chooseYear(parts[0], u, measure);
  if (year === null) return undefined;
  const obs = parts.map((p) => observe(p, year, measure)[0]);
  if (obs.some((o) => !o) || new Set(obs.map((o) => o!.unit)).size !== 1) return undefined;
  const figs = parts.map((p, i) => figureOf(ctx, p, obs[i]!, lang));
  const total: Figure = {
    label: lang === 'zh' ? `${yearText(year, lang)}合計（${parts.length} 項相加）` : `${yearText(year, lang)} total (${parts.length} parts added)`,
    value: figs.reduce((s, f) => s + f.value, 0),
    unit: figs[0].unit, year, measure,
    computedFrom: figs.map((f) => f.label), formula: figs.map((f) => f.label).join(' + '),
  };
  const listed = figs.length <= 3
    ? figs.map((f) => `${f.label} ${say(f, lang)}`).join(lang === 'zh' ? '，加上' : ' plus ')
    : lang === 'zh' ? `${figs.length} 項（見表）` : `${figs.length} parts (see the table)`;
  const money = figs[0].unit === 'TWD';
  return {
    ...baseAnswer(u, 'amount'),
    summary: lang === 'zh' ? `${listed}，合計 ${say(total, lang)}。` : `${listed}: ${say(total, lang)} in all.`,
    figures: [total, ...figs],
    table: {
      columns: lang === 'zh' ? ['項目', money ? `金額（${moneyCellUnit(lang)}）` : '數值'] : ['Part', money ? `Amount (${moneyCellUnit(lang)})` : 'Value'],
      rows: [...parts.map((p, i) => [itemTitle(p, lang), money ? formatMoneyCell(figs[i].value, lang) : say(figs[i], lang)]),
        [lang === 'zh' ? '合計' : 'Total', money ? formatMoneyCell(total.value, lang) : say(total, lang)]],
      numeric: [1],
    },
    sources: collectSources(figs),
    suggestions: [],
  };
}
