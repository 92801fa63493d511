// Tables of a ministry book (主管預算) with one row per agency: 各機關預算員額彙計表 (positions),
// 補助及捐助經費總表 (grants, two halves) and 派員出國計畫預算彙總表 (overseas travel), each found by
// its title and the column labels of each of its halves, wherever it is printed.
import type { Fact } from '../schema.js';
import { expectHeader, findTable, type Block } from './blocks.js';
import { compact, type Doc } from './source.js';
import { agencyFacts, col, tableRows, type Column, type SumRule } from './wide-table.js';

export const POSITIONS_TABLE = '各機關預算員額彙計表';
export const GRANTS_TABLE = '補助及捐助經費總表';
export const TRAVEL_TABLE = '派員出國計畫預算彙總表';

// ---------- 各機關預算員額彙計表 ----------

const STAFF = ['職員', '警察', '法警', '駐警', '工友', '技工', '駕駛'];
const HIRED = ['聘用', '約僱', '駐外雇員'];
const POSITION_COLUMNS: Column[] = [
  ...STAFF.map((c) => col(c, c)),
  col('職員工小計', '職員工小計'),
  ...HIRED.map((c) => col(c, c)),
  col('聘僱小計', '聘僱小計'),
  col('合計', '合計'),
];
const POSITION_SUMS: SumRule[] = [
  [STAFF, '職員工小計'],
  [HIRED, '聘僱小計'],
  [['職員工小計', '聘僱小計'], '合計'],
];

export function positionFacts(d: Doc, block: Block): Fact[] {
  expectHeader(d, block, [...STAFF, ...HIRED, '小計', '合計'], POSITIONS_TABLE);
  const rows = tableRows(d, [{ rows: block.rows, columns: POSITION_COLUMNS }], POSITION_SUMS, d.num, POSITIONS_TABLE, {
    total: '數位發展部主管',
    parts: ['數位發展部', '資通安全署', '數位產業署'],
  });
  return agencyFacts(d, rows, { family: 'positions', table: POSITIONS_TABLE, measure: 'positions', unit: 'person', unitLabel: '人' });
}

// ---------- 補助及捐助經費總表 ----------

const GRANT_LEFT: Column[] = [col('補助各縣市', '補助各縣市'), col('補助直轄市', '補助直轄市'), col('補助中央機關間', '補助中央機關間')];
const GRANT_RIGHT: Column[] = [
  col('補助特種基金', '補助特種基金'),
  col('補助小計', '補助小計'),
  col('對團體及個人捐助', '對團體及個人捐助'),
  col('對外之捐助', '對外之捐助'),
  col('合計', '合計'),
];
const GRANT_SUMS: SumRule[] = [
  [['補助各縣市', '補助直轄市', '補助中央機關間', '補助特種基金'], '補助小計'],
  [['補助小計', '對團體及個人捐助', '對外之捐助'], '合計'],
];

export function grantFacts(d: Doc, left: Block, right: Block): Fact[] {
  expectHeader(d, left, ['補', '各縣市', '直轄市', '中央機關間'], GRANTS_TABLE);
  expectHeader(d, right, ['助', '特種基金', '小計', '對團體及個人捐助', '對外之捐助', '合計'], GRANTS_TABLE);
  const rows = tableRows(d, 
    [
      { rows: left.rows, columns: GRANT_LEFT },
      { rows: right.rows, columns: GRANT_RIGHT },
    ],
    GRANT_SUMS,
    d.twd,
    GRANTS_TABLE,
  );
  return agencyFacts(d, rows, { family: 'grants', table: GRANTS_TABLE, measure: 'budget', unit: 'TWD' });
}

// ---------- 派員出國計畫預算彙總表 ----------

const TRIP_TYPES = ['考察', '視察', '訪問', '開會', '談判', '進修', '研究', '實習'];
const TRAVEL_COLUMNS: Column[] = [...TRIP_TYPES.map((c) => col(c, c)), col('合計', '合計')];

export function travelFacts(d: Doc, block: Block): Fact[] {
  expectHeader(d, block, ['機關名稱', ...TRIP_TYPES, '合計'], TRAVEL_TABLE);
  const rows = tableRows(d, [{ rows: block.rows, columns: TRAVEL_COLUMNS }], [[TRIP_TYPES, '合計']], d.twd, TRAVEL_TABLE);
  // agency rows are numbered: "1. 數位產業署"
  return agencyFacts(d, rows, { family: 'travel', table: TRAVEL_TABLE, measure: 'budget', unit: 'TWD' }, (n) => compact(n).replace(/^\d+\./, ''));
}

// ---------- the tables ----------

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
];

/** The facts of one table, or null when the document does not print it. */
export function halvesTableFacts(d: Doc, t: HalvesTable): Fact[] | null {
  const found = findTable(d, t.title, t.halves);
  return found ? t.read(d, found) : null;
}
