// 歲出按職能及經濟性綜合分類表, in a ministry book or a unit budget: six half-pages, each with the
// functional rows (總計, 01 一般公共事務, 12 運輸及通信 …) and a run of economic-class columns.
// The table has no agency dimension: it covers the document's agency as a whole.
import type { Fact } from '../schema.js';
import { expectHeader, findTable, type Block } from './blocks.js';
import type { Doc } from './source.js';
import type { TableOptions } from './tables.js';
import { col, tableRows, type Column, type SumRule } from './wide-table.js';

export const ECON_TABLE = '歲出按職能及經濟性綜合分類表';

const cur = (group: string, leaf: string) => col(group ? `${group}－${leaf}` : leaf, group ? `${group}－${leaf}` : leaf, 'current');
const cap = (group: string, leaf: string) => col(group ? `${group}－${leaf}` : leaf, group ? `${group}－${leaf}` : leaf, 'capital');

/** Columns of the six half-pages in printed order, with the labels each page's header must print. */
const PAGES: { columns: Column[]; labels: string[] }[] = [
  {
    columns: ['受僱人員報酬', '商品及勞務購買支出', '債務利息', '土地租金支出'].map((l) => cur('', l)),
    labels: ['經常', '受僱人員報酬', '商品及勞務購買支出', '債務利息', '土地租金支出'],
  },
  {
    columns: [...['對企業', '對家庭及民間非營利機構', '對政府', '對國外'].map((l) => cur('經常移轉', l)), cur('', '經常支出合計')],
    labels: ['支出', '對企業', '對家庭及民間非營利機構', '對政府', '對國外', '經常支出合計'],
  },
  {
    columns: [...['對營業基金', '對非營業特種基金', '對民間企業'].map((l) => cap('投資及增資', l)), cap('資本移轉', '對企業')],
    labels: ['資本', '投資及增資', '對營業基金', '對非營業特種基金', '對民間企業', '對企業'],
  },
  {
    // some books print a sixth column here with no header at all, '-' in every row
    columns: [
      ...['對家庭及民間非營利機構', '對政府', '對國外'].map((l) => cap('資本移轉', l)),
      cap('', '土地購入'),
      cap('', '無形資產購入'),
      col('unnamed', null, 'capital'),
    ],
    labels: ['移', '轉', '對家庭及民間非營利機構', '對政府', '對國外', '土地購入', '無形資產購入'],
  },
  {
    columns: ['住宅', '非住宅房屋', '營建工程', '運輸工具'].map((l) => cap('固定資本形成', l)),
    labels: ['資本', '固定', '住宅', '非住宅房屋', '營建工程', '運輸工具'],
  },
  {
    columns: [...['資訊軟體', '機器及其他設備', '土地改良'].map((l) => cap('固定資本形成', l)), cap('', '資本支出合計'), col('總計', '總計', null)],
    labels: ['形', '成', '資訊軟體', '機器及其他設備', '土地改良', '資本支出合計', '總計'],
  },
];

/**
 * Header cells a PDF dump garbled, quoted as printed, and how they read: the group label 經常移轉
 * fell into the leaf cells of page two. Columns are read by position, so the reading only documents
 * the quote; a quote must be printed on page two where it applies.
 */
export const GARBLED_ECON_HEADERS: { printed: string; reading: string }[] = [
  { printed: '經常 對家庭及民間 非營利機構', reading: '經常移轉－對家庭及民間非營利機構' },
  { printed: '移 轉 對政府', reading: '經常移轉－對政府' },
];

const CURRENT_PARTS = PAGES.slice(0, 2).flatMap((p) => p.columns).filter((c) => c.key !== '經常支出合計' && c.category !== null);
const CAPITAL_PARTS = PAGES.slice(2).flatMap((p) => p.columns).filter((c) => !['資本支出合計', '總計'].includes(c.key) && c.category !== null);
const ECON_SUMS: SumRule[] = [
  [CURRENT_PARTS.map((c) => c.key), '經常支出合計'],
  [CAPITAL_PARTS.map((c) => c.key), '資本支出合計'],
  [['經常支出合計', '資本支出合計'], '總計'],
];

function checkPages(d: Doc, pages: Block[]): void {
  pages.forEach((b, i) => expectHeader(d, b, PAGES[i].labels, ECON_TABLE));
  const labels = pages[0].rows.map((r) => r.name).join('|');
  for (const p of [pages[2], pages[4]]) if (p.rows.map((r) => r.name).join('|') !== labels) d.fail(p.head[0], `${ECON_TABLE}: row labels differ`);
  for (const p of [pages[1], pages[3], pages[5]]) if (p.rows.some((r) => r.name !== null)) d.fail(p.head[0], `${ECON_TABLE}: labels on a right half`);
}

export function econFacts(d: Doc, o: TableOptions): Fact[] | null {
  const pages = findTable(d, ECON_TABLE, PAGES.map((p) => p.labels));
  if (!pages) return null;
  checkPages(d, pages);
  const rows = tableRows(d, pages.map((b, i) => ({ rows: b.rows, columns: PAGES[i].columns })), ECON_SUMS, d.twd, ECON_TABLE);
  const out: Fact[] = [];
  for (const r of rows) {
    const label = r.left.name ?? '';
    const m = /^(\d{2})(\S+)$/.exec(label);
    if (!m && label !== '總計') d.fail(r.left.line, `${ECON_TABLE}: row "${label}" is not a function`);
    const subject = m ? m[2] : d.agencyName;
    const note = `${m ? `職能別 ${m[1]} ${m[2]}` : '職能別總計'}${d.agency === '62' ? `；本表為${d.agencyName}合計，不分機關` : ''}`;
    for (const c of r.cells) {
      if (c.column.category === null || (!o.zeros && c.value === 0)) continue;
      out.push(d.fact({
        idParts: [subject, c.column.key], family: 'econ_class', table: ECON_TABLE, line: c.line,
        subject, subjectCode: m ? m[1] : d.accountOf(), category: c.column.category, nature: c.column.nature,
        measure: 'budget', value: c.value, unit: 'TWD', note,
      }));
    }
  }
  return out;
}
