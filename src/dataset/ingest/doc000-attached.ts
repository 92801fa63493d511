// Attached tables of a ministry book (主管預算) with one row per agency or per programme: positions,
// grants, overseas travel, object classes and capital expenditure by asset type. Each is found by its
// title and the column labels of each of its halves, wherever it is printed.
import type { Fact } from '../schema.js';
import { findTable, type Block } from './blocks.js';
import type { Doc } from './source.js';
import { grantFacts, GRANTS_TABLE, positionFacts, POSITIONS_TABLE, travelFacts, TRAVEL_TABLE } from './doc000-attached-staff.js';
import { CAPITAL_TABLE, capitalFacts, OBJECT_CLASS_TABLE, objectClassFacts } from './doc000-attached-classes.js';

export { CAPITAL_TABLE, GRANTS_TABLE, OBJECT_CLASS_TABLE, POSITIONS_TABLE, TRAVEL_TABLE };

export interface HalvesTable {
  title: string;
  /** labels each half's header must print, in printed order */
  halves: string[][];
  read: (d: Doc, halves: Block[]) => Fact[];
}

export const MINISTRY_TABLES: HalvesTable[] = [
  { title: POSITIONS_TABLE, halves: [['職員', '警察', '聘用', '約僱', '駐外雇員', '小計', '合計']], read: (d, [b]) => positionFacts(d, b) },
  { title: GRANTS_TABLE, halves: [['補', '各縣市', '直轄市', '中央機關間'], ['助', '特種基金', '小計', '對團體及個人捐助', '對外之捐助']], read: (d, [l, r]) => grantFacts(d, l, r) },
  { title: TRAVEL_TABLE, halves: [['機關名稱', '考察', '視察', '訪問', '開會', '談判']], read: (d, [b]) => travelFacts(d, b) },
  { title: OBJECT_CLASS_TABLE, halves: [['經常支', '人事費', '業務費', '獎補助費', '債務費'], ['資本支出', '預備金', '小計', '設備及投資']], read: (d, [l, r]) => objectClassFacts(d, l, r) },
  { title: CAPITAL_TABLE, halves: [['設備', '土地', '房屋建築及設備', '公共建設及設施', '機械設備'], ['運輸設備', '資訊軟硬體設備', '雜項設備', '權利', '其他資本支出']], read: (d, [l, r]) => capitalFacts(d, l, r) },
];

/** The facts of one table, or null when the document does not print it. */
export function halvesTableFacts(d: Doc, t: HalvesTable): Fact[] | null {
  const found = findTable(d, t.title, t.halves);
  return found ? t.read(d, found) : null;
}
