// A sum the documents do not print (主管總預算加特別預算, 一般行政 of every agency, an agency's
// revenue across sources): the total, computed and naming its inputs, then each part with its source.
import type { Answer, Figure } from '../answer.js';
import type { Item } from '../catalog.js';
import type { Understood } from '../understand.js';
import { formatMoneyCell } from '../../format/numbers.js';
import { phrase } from '../../format/phrases.js';
import { chooseYear, observe } from './observations.js';
import { baseAnswer, collectSources, figureOf, itemTitle, say, yearText, type Context } from './context.js';

/**
 * The parts a sum may add: 數位發展部主管 already holds the ministry proper and both administrations,
 * so next to any of them it is left out (their sum is what it prints).
 */
export function withoutAggregates(parts: Item[]): Item[] {
  const kept = parts.some((p) => p.agency && p.agency !== '62') ? parts.filter((p) => p.agency !== '62') : parts;
  // one line printed by two tables (the ministry's 財產收入 in two revenue tables) is one part, added once
  const seen = new Set<string>();
  return kept.filter((p) => {
    const key = `${p.family}|${itemTitle(p, 'zh')}|${p.kind === 'line' ? p.level : ''}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

export function answerSum(ctx: Context, u: Understood, items: Item[]): Answer | undefined {
  const parts = withoutAggregates(items);
  if (parts.length < 2) return undefined;
  const lang = u.lang;
  // money sums the budget (or the final account asked); other records (positions, counts) their own measure
  const asked = u.measures.includes('final') ? 'final' : 'budget';
  const measure = parts.every((p) => p.obs.some((o) => o.measure === asked)) ? asked : parts[0].obs[0]?.measure ?? asked;
  const year = chooseYear(parts[0], u, measure);
  if (year === null) return undefined;
  const obs = parts.map((p) => observe(p, year, measure)[0]);
  if (obs.some((o) => !o) || new Set(obs.map((o) => o!.unit)).size !== 1) return undefined;
  const figs = parts.map((p, i) => figureOf(ctx, p, obs[i]!, lang));
  const p = phrase(lang);
  const total: Figure = {
    label: p.amount.sumLabel(yearText(year, lang), parts.length),
    value: figs.reduce((s, f) => s + f.value, 0),
    unit: figs[0].unit, year, measure,
    computedFrom: figs.map((f) => f.label), formula: figs.map((f) => f.label).join(' + '),
  };
  const listed = p.amount.sumListed(figs.map((f) => ({ label: f.label, value: say(f, lang) })));
  const money = figs[0].unit === 'TWD';
  return {
    ...baseAnswer(u, 'amount'),
    summary: p.amount.sumSummary(listed, say(total, lang)),
    figures: [total, ...figs],
    table: {
      columns: [p.amount.sumColumn, p.amountColumn(money)],
      rows: [...parts.map((part, i) => [itemTitle(part, lang), money ? formatMoneyCell(figs[i].value, lang) : say(figs[i], lang)]),
        [p.total, money ? formatMoneyCell(total.value, lang) : say(total, lang)]],
      numeric: [1],
    },
    sources: collectSources(figs),
    suggestions: [],
  };
}
