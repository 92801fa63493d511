// Object-class tables of document 000: 歲出一級用途別科目分析表 (rows: 數位發展部主管, each agency,
// 科學支出, programmes and work plans; columns: current and capital object classes) and
// 各機關資本支出分析表 (capital expenditure by asset type, per agency). Both print in two halves.
import type { AgencyCode, Fact } from '../schema.js';
import { agencyOf, expectHeader, type Block } from './blocks.js';
import type { Doc } from './source.js';
import { accountCode, agencyFacts, col, tableRows, type Column, type SumRule } from './wide-table.js';

export const OBJECT_CLASS_TABLE = '歲出一級用途別科目分析表';
export const CAPITAL_TABLE = '各機關資本支出分析表';

const CLASS_CODE: Record<string, string> = { 人事費: '1000', 業務費: '2000', 設備及投資: '3000', 獎補助費: '4000', 債務費: '5000', 預備金: '6000' };
const cur = (name: string) => col(`current:${name}`, name, 'current', CLASS_CODE[name]);
const cap = (name: string) => col(`capital:${name}`, name, 'capital', CLASS_CODE[name]);

const CLASS_LEFT: Column[] = ['人事費', '業務費', '獎補助費', '債務費'].map(cur);
const CLASS_RIGHT: Column[] = [
  cur('預備金'),
  col('current:小計', '經常支出小計', 'current'),
  ...['業務費', '設備及投資', '獎補助費', '預備金'].map(cap),
  col('capital:小計', '資本支出小計', 'capital'),
  col('total:合計', '合計', null),
];
const CLASS_SUMS: SumRule[] = [
  [['人事費', '業務費', '獎補助費', '債務費', '預備金'].map((c) => `current:${c}`), 'current:小計'],
  [['業務費', '設備及投資', '獎補助費', '預備金'].map((c) => `capital:${c}`), 'capital:小計'],
  [['current:小計', 'capital:小計'], 'total:合計'],
];

export function objectClassFacts(d: Doc, left: Block, right: Block): Fact[] {
  expectHeader(d, left, ['經常支', '人事費', '業務費', '獎補助費', '債務費'], OBJECT_CLASS_TABLE);
  expectHeader(d, right, ['出', '資本支出', '預備金', '小計', '業務費', '設備及投資', '獎補助費', '合計'], OBJECT_CLASS_TABLE);
  const rows = tableRows(d, 
    [
      { rows: left.rows, columns: CLASS_LEFT },
      { rows: right.rows, columns: CLASS_RIGHT },
    ],
    CLASS_SUMS,
    d.twd,
    OBJECT_CLASS_TABLE,
  );
  // rows below an agency row belong to it; the codes column is not printed, so account numbers
  // come from 歲出機關別預算表 by name within the agency (一般行政 and 第一預備金 recur under each)
  const out: Fact[] = [];
  let agency: AgencyCode | null = null;
  for (const r of rows) {
    const subject = r.left.name;
    if (!subject) throw new Error(`${d.name}:${r.left.line}: ${OBJECT_CLASS_TABLE}: row without a name`);
    agency = agencyOf(subject) ?? agency;
    if (!agency) throw new Error(`${d.name}:${r.left.line}: ${OBJECT_CLASS_TABLE}: "${subject}" before any agency row`);
    const subjectCode = accountCode(d, agency, subject);
    if (!subjectCode) throw new Error(`${d.name}:${r.left.line}: no account number for "${subject}" of ${agency}`);
    for (const c of r.cells) {
      out.push(
        d.fact({
          idParts: [agency, subject, c.column.key],
          family: 'object_class',
          table: OBJECT_CLASS_TABLE,
          line: c.line,
          agency,
          subject,
          subjectCode,
          category: c.column.category,
          categoryCode: c.column.categoryCode,
          nature: c.column.nature,
          measure: 'budget',
          value: c.value,
          unit: 'TWD',
        }),
      );
    }
  }
  return out;
}

const ASSETS_LEFT = ['土地', '房屋建築及設備', '公共建設及設施', '機械設備'];
const ASSETS_RIGHT = ['運輸設備', '資訊軟硬體設備', '雜項設備', '權利', '投資', '其他資本支出'];
const asset = (name: string) => col(name, name, 'capital');

export function capitalFacts(d: Doc, left: Block, right: Block): Fact[] {
  expectHeader(d, left, ['設備', ...ASSETS_LEFT], CAPITAL_TABLE);
  expectHeader(d, right, ['及投資', ...ASSETS_RIGHT, '合計'], CAPITAL_TABLE);
  const rows = tableRows(d, 
    [
      { rows: left.rows, columns: ASSETS_LEFT.map(asset) },
      { rows: right.rows, columns: [...ASSETS_RIGHT.map(asset), asset('合計')] },
    ],
    [[[...ASSETS_LEFT, ...ASSETS_RIGHT], '合計']],
    d.twd,
    CAPITAL_TABLE,
  );
  return agencyFacts(d, rows, { family: 'capital_asset', table: CAPITAL_TABLE, measure: 'budget', unit: 'TWD' });
}
