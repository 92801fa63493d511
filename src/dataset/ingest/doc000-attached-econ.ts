// 歲出按職能及經濟性綜合分類表 of document 000: six half-pages, each with the four functional rows
// (總計, 01 一般公共事務, 12 運輸及通信, 13 其他經濟服務) and a run of economic-class columns.
// The table covers the ministry as a whole (agency 62); it has no agency dimension.
import type { Fact } from '../schema.js';
import { accountCode, DOC, expectHeader, fact, lineText, type Block } from './doc000-attached-common.js';
import { col, tableRows, twd, type Column, type SumRule } from './doc000-attached-table.js';

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
 * Header cells the PDF dump garbled, quoted as printed, and how they read. The group label 經常移轉
 * fell into the leaf cells of page two; page four prints a sixth column with no header at all,
 * '-' in every row (checked: a figure there is an error), which is left out.
 */
export const GARBLED_ECON_HEADERS: { line: number; printed: string; reading: string }[] = [
  { line: 963, printed: '經常 對家庭及民間 非營利機構', reading: '經常移轉－對家庭及民間非營利機構' },
  { line: 963, printed: '移 轉 對政府', reading: '經常移轉－對政府' },
];

function checkGarbled(pages: Block[]): void {
  const head = new Set(pages.flatMap((b) => Array.from({ length: b.headTo - b.headFrom + 1 }, (_, i) => b.headFrom + i)));
  for (const g of GARBLED_ECON_HEADERS) {
    if (!head.has(g.line) || !lineText(g.line).includes(g.printed)) {
      throw new Error(`${DOC}:${g.line}: ${ECON_TABLE}: header "${g.printed}" is not printed there`);
    }
  }
}

const CURRENT_PARTS = PAGES.slice(0, 2).flatMap((p) => p.columns).filter((c) => c.key !== '經常支出合計' && c.category !== null);
const CAPITAL_PARTS = PAGES.slice(2).flatMap((p) => p.columns).filter((c) => !['資本支出合計', '總計'].includes(c.key) && c.category !== null);
const ECON_SUMS: SumRule[] = [
  [CURRENT_PARTS.map((c) => c.key), '經常支出合計'],
  [CAPITAL_PARTS.map((c) => c.key), '資本支出合計'],
  [['經常支出合計', '資本支出合計'], '總計'],
];

export function econFacts(pages: Block[]): Fact[] {
  if (pages.length !== PAGES.length) throw new Error(`${DOC}: ${ECON_TABLE}: ${pages.length} half-pages, expected ${PAGES.length}`);
  pages.forEach((b, i) => expectHeader(b, PAGES[i].labels, ECON_TABLE));
  checkGarbled(pages);
  // the labelled pages (1st, 3rd, 5th) print the same row labels
  const labels = pages[0].rows.map((r) => r.name);
  for (const p of [pages[2], pages[4]]) {
    if (p.rows.map((r) => r.name).join('|') !== labels.join('|')) throw new Error(`${DOC}:${p.headFrom}: ${ECON_TABLE}: row labels differ`);
  }
  for (const p of [pages[1], pages[3], pages[5]]) {
    if (p.rows.some((r) => r.name !== null)) throw new Error(`${DOC}:${p.headFrom}: ${ECON_TABLE}: labels on a right half`);
  }
  const rows = tableRows(
    pages.map((b, i) => ({ rows: b.rows, columns: PAGES[i].columns })),
    ECON_SUMS,
    twd,
    ECON_TABLE,
  );
  const out: Fact[] = [];
  for (const r of rows) {
    const label = r.left.name ?? '';
    const m = /^(\d{2})(\S+)$/.exec(label);
    if (!m && label !== '總計') throw new Error(`${DOC}:${r.left.line}: ${ECON_TABLE}: row "${label}" is not a function`);
    const subject = m ? m[2] : '數位發展部主管';
    const subjectCode = m ? m[1] : accountCode('62', subject);
    for (const c of r.cells) {
      if (c.column.category === null) continue;
      out.push(
        fact({
          idParts: [subject, c.column.key],
          family: 'econ_class',
          table: ECON_TABLE,
          line: c.line,
          agency: '62',
          subject,
          subjectCode,
          category: c.column.category,
          categoryCode: null,
          nature: c.column.nature,
          measure: 'budget',
          value: c.value,
          unit: 'TWD',
          note: `${m ? `職能別 ${m[1]} ${m[2]}` : '職能別總計'}；本表為數位發展部主管合計，不分機關`,
        }),
      );
    }
  }
  return out;
}
