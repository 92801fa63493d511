// Which dataset records were read from each line of a source document: budget lines, facts, KPIs and
// major plans, read (once, on the first viewer request) from the data package's JSON files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatValue, type UnitKind } from '../../format/numbers.js';
import { placeWord } from '../../format/place-words.js';
import type { UiLang } from './i18n.js';

export interface RecordValue {
  name: string;
  text: string;
  value: number;
}

export interface RecordView {
  resource: string;
  id: string;
  /** the table of the document the record was read from, as the dataset names it */
  table: string;
  label: string;
  values: RecordValue[];
  /** where the record is printed: 第 46 頁, 第 54-55 頁, a report's section */
  place?: string;
}

/** doc → line → records read from that line */
export type RecordIndex = Map<string, Map<number, RecordView[]>>;

type Row = Record<string, unknown> & { id: string; doc: string; line: number };

const MEASURES: Record<string, [string, string]> = {
  budget: ['預算數', 'budget'],
  previousBudget: ['上年度預算數', 'previous year budget'],
  finalAccount: ['前年度決算數', 'final account two years before'],
  change: ['與上年度比較', 'change from previous year'],
  final: ['決算數', 'final account'],
  rate: ['執行率', 'execution rate'],
  positions: ['預算員額', 'budgeted positions'],
  staff: ['現有員額', 'staff'],
  approvedTotal: ['核定總經費', 'approved total'],
  budgetedToDate: ['累計編列', 'budgeted to date'],
  executedToDate: ['累計執行', 'executed to date'],
};

function measureName(key: string, lang: UiLang): string {
  const m = MEASURES[key];
  return m ? m[lang === 'zh' ? 0 : 1] : key;
}

function money(row: Row, keys: string[], lang: UiLang): RecordValue[] {
  return keys
    .filter((k) => typeof row[k] === 'number')
    .map((k) => ({ name: measureName(k, lang), value: row[k] as number, text: formatValue(row[k] as number, 'TWD', lang) }));
}

const VIEWS: Record<string, (row: Row, lang: UiLang) => Omit<RecordView, 'resource' | 'id' | 'table'>> = {
  budget_lines: (r, lang) => ({
    label: `${r.code ? `${String(r.code)} ` : ''}${String(r.name)} (${String(r.year)})`,
    values: money(r, ['budget', 'previousBudget', 'finalAccount', 'change'], lang),
  }),
  facts: (r, lang) => ({
    label: [r.subject, r.category, r.year].filter((x) => x !== null && x !== undefined).join(' · '),
    values: [{
      name: measureName(String(r.measure), lang),
      value: r.value as number,
      text: formatValue(r.value as number, r.unit as UnitKind, lang, r.unitLabel as string | undefined),
    }],
  }),
  kpis: (r, lang) => ({
    label: `${String(lang === 'en' && r.metricEn ? r.metricEn : r.metric)}${r.asOf ? ` (${String(r.asOf)})` : ''}`,
    values: [{ name: lang === 'zh' ? '數值' : 'value', value: r.value as number, text: formatValue(r.value as number, r.unit as UnitKind, lang, r.unitLabel as string | undefined) }],
  }),
  major_plans: (r, lang) => ({
    label: String(r.name),
    values: money(r, ['approvedTotal', 'budgetedToDate', 'executedToDate'], lang),
  }),
};

export function buildRecordIndex(dataDir: string, lang: UiLang): RecordIndex {
  const index: RecordIndex = new Map();
  for (const [resource, view] of Object.entries(VIEWS)) {
    const rows = JSON.parse(readFileSync(join(dataDir, `${resource}.json`), 'utf8')) as Row[];
    for (const row of rows) {
      if (typeof row.line !== 'number') continue;
      const byLine = index.get(row.doc) ?? new Map<number, RecordView[]>();
      index.set(row.doc, byLine);
      const list = byLine.get(row.line) ?? [];
      const place = placeWord({ page: row.page as number | undefined, pages: row.pages as string | undefined, section: row.section as string | undefined }, lang);
      list.push({ resource, id: row.id, table: String(row.table), ...view(row, lang), ...(place ? { place } : {}) });
      byLine.set(row.line, list);
    }
  }
  return index;
}
