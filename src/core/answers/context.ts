// What every answer builder needs: the catalog, the index, document titles.
import type { AgencyCode, Dataset } from '../../dataset/schema.js';
import type { SearchIndex } from '../search/search.js';
import type { Answer, Figure, Lang, Source } from '../answer.js';
import type { Catalog, Item, Observation } from '../catalog.js';
import { agencyInfo } from '../lexicon.js';
import type { Understood } from '../understand.js';
import { formatValue } from '../../format/numbers.js';

export interface Context {
  catalog: Catalog;
  index: SearchIndex;
  /** the prose index, loaded on first use */
  passageIndex: () => SearchIndex;
  titles: Map<string, string>;
  titlesEn: Map<string, string>;
  data: Dataset;
}

export function docTitle(ctx: Context, doc: string, lang: Lang = 'zh'): string {
  return (lang === 'en' ? ctx.titlesEn : ctx.titles).get(doc) ?? doc;
}

export function sourceOf(ctx: Context, o: { doc: string; table: string; line: number }, lang: Lang = 'zh'): Source {
  return { doc: o.doc, title: docTitle(ctx, o.doc, lang), table: o.table, line: o.line };
}

/** Sources of the figures, each once, in order. */
export function collectSources(figures: Figure[], extra: Source[] = []): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of [...figures.map((f) => f.source).filter((s): s is Source => !!s), ...extra]) {
    const key = `${s.doc}:${s.table}:${s.line}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/** An item's name with its agency, as people say it. */
export function itemTitle(item: Item, lang: Lang): string {
  const nature = item.family === 'object_class' && item.nature ? (lang === 'zh' ? (item.nature === 'capital' ? '（資本門）' : '（經常門）') : ` (${item.nature})`) : '';
  return baseTitle(item, lang) + nature;
}

/** 數位發展部 alone is ambiguous: the ministry proper is named as such. */
function agencyName(code: AgencyCode, lang: Lang): string {
  const a = agencyInfo(code);
  if (lang === 'en') return code === '6201' ? 'MODA (ministry proper)' : `${a.short} (${a.zh})`;
  return code === '6201' ? '數位發展部（本部）' : a.zh;
}

function baseTitle(item: Item, lang: Lang): string {
  if (!item.agency || item.kind === 'kpi' || item.kind === 'plan') return item.name;
  const a = agencyInfo(item.agency);
  if (item.family === 'revenue' && item.level === 'agency' && item.under) return `${agencyName(item.agency, lang)} ${item.under}`;
  if (item.level === 'agency' || item.name === a.zh) return agencyName(item.agency, lang);
  if (item.subject === a.zh || item.subject === '合計' || item.subject === '總計') return item.name.replace(item.subject, agencyName(item.agency, lang));
  return lang === 'zh' ? `${agencyName(item.agency, lang)} ${item.name}` : `${a.short} ${item.name}`;
}

const MEASURE_ZH: Record<string, string> = {
  budget: '預算數', final: '決算數', change: '與上年度比較', rate: '執行率', positions: '預算員額', staff: '實際員額',
  approved: '核定總經費', budgetedToDate: '截至本年度已編列預算數', executedToDate: '截至本年底累計執行數',
  actual: '實際數', share: '占比', value: '', shortfall: '較預算減少',
  area: '面積', rent: '租金', units: '數量', count: '數量', maintenance: '維護費', fuel_cost: '油料費', fuel_litres: '油料',
  passengers: '乘客數', displacement: '排氣量', other: '其他費用', plans: '計畫數', person_days: '人天', people: '人數', days: '天數',
  transport: '交通費', living: '生活費', office: '辦公費', persons: '人數',
  budget_personnel: '人事費', budget_operating: '業務費', budget_other: '其他',
};
const MEASURE_EN: Record<string, string> = {
  budget: 'budget', final: 'final account', change: 'change from previous year', rate: 'execution rate', positions: 'authorised positions',
  staff: 'actual staff', approved: 'approved total', budgetedToDate: 'budgeted to date', executedToDate: 'executed to date',
  actual: 'actual', share: 'share', value: '', shortfall: 'shortfall against budget',
  area: 'floor area', rent: 'rent', units: 'units', count: 'count', maintenance: 'maintenance', fuel_cost: 'fuel cost', fuel_litres: 'fuel',
  passengers: 'seats', displacement: 'engine size', other: 'other costs', plans: 'trips', person_days: 'person-days', people: 'people', days: 'days',
  transport: 'transport', living: 'living costs', office: 'office costs', persons: 'people',
  budget_personnel: 'personnel', budget_operating: 'operating', budget_other: 'other',
};

export function measureLabel(measure: string, lang: Lang): string {
  return (lang === 'zh' ? MEASURE_ZH : MEASURE_EN)[measure] ?? measure;
}

/** A fiscal year in both calendars: 114 年度（2025）, FY2025 (ROC 114). */
export function yearText(year: number, lang: Lang): string {
  return lang === 'zh' ? `${year} 年度（${year + 1911}）` : `FY${year + 1911} (ROC ${year})`;
}

export function figureOf(ctx: Context, item: Item, o: Observation, lang: Lang, title = itemTitle(item, lang)): Figure {
  const when = o.asOf ? (lang === 'zh' ? `（截至 ${o.asOf}）` : ` (as of ${o.asOf})`) : ` ${yearText(o.year, lang)}`;
  const label = o.asOf ? `${title}${when}` : `${title}${when}${lang === 'zh' ? '' : ' '}${measureLabel(o.measure, lang)}`.trim();
  return {
    label,
    value: o.value,
    unit: o.unit,
    ...(o.unitLabel ? { unitLabel: o.unitLabel } : {}),
    year: o.year,
    ...(o.asOf ? { asOf: o.asOf } : {}),
    measure: o.measure,
    source: sourceOf(ctx, o, lang),
  };
}

export function say(f: Figure, lang: Lang): string {
  return formatValue(f.value, f.unit, lang, f.unitLabel);
}

export function baseAnswer(u: Understood, intent: Answer['intent']): Omit<Answer, 'summary'> {
  return { query: u.raw, lang: u.lang, intent, figures: [], sources: [], suggestions: [] };
}

/** The chart caption: each document and table once. */
export function captionOf(figures: Figure[], lang: Lang): string {
  const parts = [...new Set(collectSources(figures).map((s) => `${s.title}${s.table && !s.table.startsWith('prose') ? `・${s.table}` : ''}`))];
  return `${lang === 'zh' ? '資料來源：' : 'Source: '}${parts.join('；')}`;
}
