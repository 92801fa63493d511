// What every answer builder needs: the catalog, the index, document titles.
import type { AgencyCode, Dataset } from '../../dataset/schema.js';
import type { SearchIndex } from '../search/search.js';
import type { Answer, Figure, Lang, Source } from '../answer.js';
import type { Catalog, Item, Observation } from '../catalog.js';
import type { Model } from '../model.js';
import { placeOf } from '../../dataset/places.js';
import { agencyInfo } from '../lexicon.js';
import type { Understood } from '../understand.js';
import { formatValue } from '../../format/numbers.js';
import { inLanguage, phrase } from '../../format/phrases.js';

export interface Context {
  catalog: Catalog;
  /** the fitted ranking weights and calibration */
  model: Model;
  index: SearchIndex;
  /** the prose index, loaded on first use */
  passageIndex: () => SearchIndex;
  titles: Map<string, string>;
  titlesEn: Map<string, string>;
  data: Dataset;
}

export function docTitle(ctx: Context, doc: string, lang: Lang = 'zh'): string {
  return inLanguage(lang, { zh: ctx.titles, en: ctx.titlesEn }).get(doc) ?? doc;
}

/** The source of an observation (by its recordId) or a record (by its id), with where it is printed. */
export function sourceOf(ctx: Context, o: { doc: string; table: string; line: number; recordId?: string; id?: string }, lang: Lang = 'zh'): Source {
  return { doc: o.doc, title: docTitle(ctx, o.doc, lang), table: o.table, line: o.line, ...placeOf(ctx.data, o.recordId ?? o.id) };
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
  const nature = item.family === 'object_class' && item.nature ? phrase(lang).nature(item.nature) : '';
  return baseTitle(item, lang) + nature;
}

/** 數位發展部 alone is ambiguous: the ministry proper is named as such. */
function agencyName(code: AgencyCode, lang: Lang): string {
  return phrase(lang).agency({ ...agencyInfo(code), code });
}

function baseTitle(item: Item, lang: Lang): string {
  if (!item.agency || item.kind === 'kpi' || item.kind === 'plan') return item.name;
  const a = agencyInfo(item.agency);
  if (item.family === 'revenue' && item.level === 'agency' && item.under) return `${agencyName(item.agency, lang)} ${item.under}`;
  if (item.level === 'agency' || item.name === a.zh) return agencyName(item.agency, lang);
  // the execution table's total adds the special budget to the general one
  if (item.family === 'execution' && item.subject === '合計') return phrase(lang).withSpecial(agencyName(item.agency, lang));
  if (item.subject === a.zh || item.subject === '合計' || item.subject === '總計') return item.name.replace(item.subject, agencyName(item.agency, lang));
  return phrase(lang).agencyItem({ agency: agencyName(item.agency, lang), short: a.short, name: item.name });
}

export function measureLabel(measure: string, lang: Lang): string {
  return phrase(lang).measure(measure);
}

/** A fiscal year in both calendars: 114 年度（2025）, FY2025 (ROC 114). */
export function yearText(year: number, lang: Lang): string {
  return phrase(lang).year(year);
}

export function figureOf(ctx: Context, item: Item, o: Observation, lang: Lang, title = itemTitle(item, lang)): Figure {
  return {
    label: phrase(lang).figureLabel({ title, year: o.year, measure: measureLabel(o.measure, lang), asOf: o.asOf }),
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
  return { query: u.query, lang: u.lang, intent, figures: [], sources: [], suggestions: [] };
}

/** The chart caption: each document and table once. */
export function captionOf(figures: Figure[], lang: Lang): string {
  const parts = [...new Set(collectSources(figures).map((s) => `${s.title}${s.table && !s.table.startsWith('prose') ? `・${s.table}` : ''}`))];
  return phrase(lang).caption(parts);
}
