// 歲出按職能及經濟性綜合分類表 of document 002: six half-pages, each with the two functional rows
// (總計, 13 其他經濟服務) and a run of economic-class columns.
import type { Fact } from '../schema.js';
import {
  AGENCY_NAME,
  compact,
  DOC,
  expectHeader,
  fact,
  filled,
  findLine,
  isDash,
  isNumericRow,
  lineCells,
  rowsBetween,
  twd,
  type Row,
} from './doc002-common.js';
import { accountCode } from './doc002-analysis.js';

export const ECON_TABLE = '歲出按職能及經濟性綜合分類表';

interface EconColumn {
  category: string; // full name, group path included
  header: string; // the leaf label as printed (spaces ignored)
  nature: 'current' | 'capital' | null;
}

const c = (category: string, header: string, nature: EconColumn['nature']): EconColumn => ({ category, header, nature });

/** The column runs of the six half-pages, in printed order; each header label is checked against the page. */
const PAGES: EconColumn[][] = [
  [
    c('受僱人員報酬', '受僱人員報酬', 'current'),
    c('商品及勞務購買支出', '商品及勞務購買支出', 'current'),
    c('債務利息', '債務利息', 'current'),
    c('土地租金支出', '土地租金支出', 'current'),
  ],
  [
    c('經常移轉－對企業', '對企業', 'current'),
    c('經常移轉－對家庭及民間非營利機構', '對家庭及民間非營利機構', 'current'),
    c('經常移轉－對政府', '對政府', 'current'),
    c('經常移轉－對國外', '對國外', 'current'),
    c('經常支出合計', '經常支出合計', 'current'),
  ],
  [
    c('投資及增資－對營業基金', '對營業基金', 'capital'),
    c('投資及增資－對非營業特種基金', '對非營業特種基金', 'capital'),
    c('投資及增資－對民間企業', '對民間企業', 'capital'),
    c('資本移轉－對企業', '對企業', 'capital'),
  ],
  [
    c('資本移轉－對家庭及民間非營利機構', '對家庭及民間非營利機構', 'capital'),
    c('資本移轉－對政府', '對政府', 'capital'),
    c('資本移轉－對國外', '對國外', 'capital'),
    c('土地購入', '土地購入', 'capital'),
    c('無形資產購入', '無形資產購入', 'capital'),
  ],
  [
    c('固定資本形成－住宅', '住宅', 'capital'),
    c('固定資本形成－非住宅房屋', '非住宅房屋', 'capital'),
    c('固定資本形成－營建工程', '營建工程', 'capital'),
    c('固定資本形成－運輸工具', '運輸工具', 'capital'),
  ],
  [
    c('固定資本形成－資訊軟體', '資訊軟體', 'capital'),
    c('固定資本形成－機器及其他設備', '機器及其他設備', 'capital'),
    c('固定資本形成－土地改良', '土地改良', 'capital'),
    c('資本支出合計', '資本支出合計', 'capital'),
    c('總計', '總計', null),
  ],
];

/** Figures of a row: the left pages print the row label in the first cell, the right pages only figures. */
function figures(r: Row): string[] {
  return filled(r.cells).filter((x) => !/[\u4e00-\u9fff]/.test(x));
}

export function econFacts(): Fact[] {
  const from = findLine((t) => t.startsWith('職能'), 1, undefined, '職能');
  const to = findLine((t) => compact(t).startsWith('委辦計畫'), from, undefined, '委辦計畫');
  // a half-page: its header lines, then its numeric rows
  const pages: { head: number; rows: Row[] }[] = [];
  let head = 0;
  let rows: Row[] = [];
  for (let n = from; n < to; n++) {
    const cells = lineCells(n);
    if (filled(cells).length === 0 || /^(數位產業署|數位發展部|歲出按職能|中華民國|單位：|\d+年度)/.test(filled(cells)[0]) || /分類表$/.test(filled(cells)[0])) continue;
    const labelled = /^(總\s*計|\d+\s+\S+)$/.test(cells[0]) && isNumericRow(cells.slice(1));
    if (labelled || isNumericRow(cells)) {
      rows.push({ line: n, cells });
    } else if (rows.length > 0 || head === 0) {
      if (head) pages.push({ head, rows });
      head = n;
      rows = [];
    }
  }
  if (head) pages.push({ head, rows });
  if (pages.length !== PAGES.length) throw new Error(`${DOC}: ${ECON_TABLE}: ${pages.length} half-pages, expected ${PAGES.length}`);
  let labels: Row[] = [];
  const out: Fact[] = [];
  pages.forEach((page, p) => {
    const cols = PAGES[p];
    expectHeader(page.head, page.rows[0].line - 1, cols.map((x) => x.header), ECON_TABLE);
    if (p % 2 === 0) labels = page.rows;
    if (page.rows.length !== labels.length) throw new Error(`${DOC}:${page.head}: ${ECON_TABLE}: rows do not line up`);
    page.rows.forEach((r, i) => {
      const values = figures(r);
      if (values.length !== cols.length) throw new Error(`${DOC}:${r.line}: ${values.length} figures for ${cols.length} columns`);
      const label = compact(labels[i].cells[0]);
      const m = /^(\d+)(\S+)$/.exec(label);
      const subject = m ? m[2] : AGENCY_NAME;
      const subjectCode = m ? m[1] : accountCode(AGENCY_NAME);
      values.forEach((cell, k) => {
        if (isDash(cell)) return;
        const col = cols[k];
        out.push(
          fact({
            idParts: [subject, col.category],
            family: 'econ_class',
            table: ECON_TABLE,
            line: r.line,
            subject,
            subjectCode,
            category: col.category,
            nature: col.nature,
            measure: 'budget',
            value: twd(cell, r.line),
            unit: 'TWD',
            note: m ? `職能別 ${m[1]} ${m[2]}` : '職能別總計',
          }),
        );
      });
    });
  });
  return out;
}
