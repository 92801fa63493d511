// The standard tables of a budget book (主管預算 or 單位預算), one entry per table type, each parsed
// wherever the document prints it. A type marked with kinds is so far read in that kind of book only
// (its two printings differ in layout). Facts come out in this order.
//
// The tables printed in halves side by side are described here (title, header labels, columns,
// subtotals) and read by wide-table.ts; the others by their own readers.
import type { Fact } from '../schema.js';
import { BUDGET, type Doc } from './source.js';
import { col, wideFacts, type Layout, type WideColumn, type WideHalf, type WideTable } from './wide-table.js';
import { COMMISSIONED_TABLE, commissionedFacts, DONATION_TABLE, donationFacts } from './donations.js';
import { PLAN_TABLE, subProgrammeClassFacts } from './programmes.js';
import * as unit from './unit-tables.js';

export interface TableType {
  /** the standard titles the parser reads (one parser may read a family of tables) */
  titles: string[];
  kinds?: string[];
  facts: (d: Doc) => Fact[];
}

const names = (...keys: string[]): WideColumn[] => keys.map((k) => col(k));

// ---------- 各機關預算員額彙計表, 補助及捐助經費總表, 派員出國計畫預算彙總表: a row per agency ----------

export const POSITIONS_TABLE = '各機關預算員額彙計表';
export const GRANTS_TABLE = '補助及捐助經費總表';
export const TRAVEL_TABLE = '派員出國計畫預算彙總表';

const TRIP_TYPES = ['考察', '視察', '訪問', '開會', '談判', '進修', '研究', '實習'];
const GRANTED = ['補助各縣市', '補助直轄市', '補助中央機關間', '補助特種基金'];

const POSITIONS: WideTable = {
  title: POSITIONS_TABLE,
  halves: [
    {
      labels: ['職員', '警察', '聘用', '約僱', '駐外雇員', '小計', '合計'],
      also: unit.STAFF,
      columns: names(...unit.STAFF, '職員工小計', ...unit.HIRED, '聘僱小計', '合計'),
    },
  ],
  sums: [
    [unit.STAFF, '職員工小計'],
    [unit.HIRED, '聘僱小計'],
    [['職員工小計', '聘僱小計'], '合計'],
  ],
  measure: { family: 'positions', measure: 'positions', unit: 'person', unitLabel: '人' },
  rows: 'account',
};

const GRANTS: WideTable = {
  title: GRANTS_TABLE,
  halves: [
    { labels: ['補', '各縣市', '直轄市', '中央機關間'], columns: names(...GRANTED.slice(0, 3)) },
    {
      labels: ['助', '特種基金', '小計', '對團體及個人捐助', '對外之捐助'],
      also: ['合計'],
      columns: names(GRANTED[3], '補助小計', '對團體及個人捐助', '對外之捐助', '合計'),
    },
  ],
  sums: [
    [GRANTED, '補助小計'],
    [['補助小計', '對團體及個人捐助', '對外之捐助'], '合計'],
  ],
  measure: { family: 'grants', ...BUDGET },
  rows: 'account',
};

const TRAVEL: WideTable = {
  title: TRAVEL_TABLE,
  halves: [{ labels: ['機關名稱', ...TRIP_TYPES.slice(0, 5)], also: [...TRIP_TYPES, '合計'], columns: names(...TRIP_TYPES, '合計') }],
  sums: [[TRIP_TYPES, '合計']],
  measure: { family: 'travel', ...BUDGET },
  rows: 'account',
};

// ---------- 歲出一級用途別科目分析表 and 資本支出分析表: a row per agency, function, programme, work plan ----------

export const OBJECT_CLASS_TABLE = '歲出一級用途別科目分析表';
/** A ministry book prints it for each of its agencies. */
export const CAPITAL_TABLE: Record<string, string> = { 'ministry-budget': '各機關資本支出分析表', 'unit-budget': '資本支出分析表' };

const CLASS_CODE: Record<string, string> = { 人事費: '1000', 業務費: '2000', 設備及投資: '3000', 獎補助費: '4000', 債務費: '5000', 預備金: '6000' };
const cur = (name: string) => col(`current:${name}`, name, 'current', CLASS_CODE[name]);
const cap = (name: string) => col(`capital:${name}`, name, 'capital', CLASS_CODE[name]);

export const OBJECT_CLASSES: WideTable = {
  title: OBJECT_CLASS_TABLE,
  halves: [
    { labels: ['經常支', '人事費', '業務費', '獎補助費', '債務費'], columns: ['人事費', '業務費', '獎補助費', '債務費'].map(cur) },
    {
      labels: ['出', '資本支出', '預備金', '小計', '業務費', '設備及投資', '獎補助費', '合計'],
      columns: [
        cur('預備金'),
        col('current:小計', '經常支出小計', 'current'),
        ...['業務費', '設備及投資', '獎補助費', '預備金'].map(cap),
        col('capital:小計', '資本支出小計', 'capital'),
        col('total:合計', '合計'),
      ],
    },
  ],
  sums: [
    ['current', 'current:小計'],
    ['capital', 'capital:小計'],
    [['current:小計', 'capital:小計'], 'total:合計'],
  ],
  measure: { family: 'object_class', ...BUDGET },
  rows: 'account',
  // ids as first published for each kind of book (answers and links cite them)
  ids: (d, r, c) => (d.kind === 'ministry-budget' ? [r.agency, r.subject, c.key] : ['analysis', r.subject, c.nature ?? 'total', c.category!]),
};

const asset = (name: string) => col(name, name, 'capital');
const ASSETS_LEFT = ['土地', '房屋建築及設備', '公共建設及設施', '機械設備'];

/** The asset columns of a printing: the software column's label, and the columns after 投資 (null: unlabelled). */
function assets(software: string, tail: (string | null)[]): Layout {
  const right = ['運輸設備', software, '雜項設備', '權利', '投資'].map(asset);
  right.push(...tail.map((t, i) => (t ? asset(t) : col(`unlabelled${i}`, null, 'capital'))), asset('合計'));
  const halves = [
    { labels: ['設備', ...ASSETS_LEFT], columns: ASSETS_LEFT.map(asset) },
    { labels: ['運輸設備', software, '雜項設備', '權利', '投資', '合計'], columns: right },
  ];
  return { halves, sums: [[[...ASSETS_LEFT, ...right.slice(0, -1).map((c) => c.key)], '合計']] };
}

const CAPITAL: WideTable = {
  title: CAPITAL_TABLE,
  ...assets('資訊軟硬體設備', ['其他資本支出']),
  // a unit budget prints two unlabelled columns after 投資
  alternative: assets('資訊軟體設備', [null, null]),
  measure: { family: 'capital_asset', ...BUDGET },
  rows: 'account',
};

// ---------- 歲出按職能及經濟性綜合分類表: a row per function, six half-pages of economic classes ----------

export const ECON_TABLE = '歲出按職能及經濟性綜合分類表';

/** A half-page: the words its header prints over the columns, then its columns ("group：leaf、leaf", or leaves without a group). */
function econPage(nature: Fact['nature'], heads: string[], groups: string[], extra: WideColumn[] = []): WideHalf {
  const leaves = groups.flatMap((g) => {
    const [group, list] = g.includes('：') ? g.split('：') : ['', g];
    return list.split('、').map((leaf) => ({ leaf, key: group ? `${group}－${leaf}` : leaf }));
  });
  return { labels: [...heads, ...leaves.map((l) => l.leaf)], columns: [...leaves.map((l) => col(l.key, l.key, nature)), ...extra] };
}

const ECON_PAGES: WideHalf[] = [
  econPage('current', ['經常'], ['受僱人員報酬、商品及勞務購買支出、債務利息、土地租金支出']),
  econPage('current', ['支出'], ['經常移轉：對企業、對家庭及民間非營利機構、對政府、對國外', '經常支出合計']),
  econPage('capital', ['資本', '投資及增資'], ['投資及增資：對營業基金、對非營業特種基金、對民間企業', '資本移轉：對企業']),
  // some books print a sixth column here with no header at all, '-' in every row
  econPage('capital', ['移', '轉'], ['資本移轉：對家庭及民間非營利機構、對政府、對國外', '土地購入、無形資產購入'], [col('unnamed', null, 'capital')]),
  econPage('capital', ['資本', '固定'], ['固定資本形成：住宅、非住宅房屋、營建工程、運輸工具']),
  econPage('capital', ['形', '成', '總計'], ['固定資本形成：資訊軟體、機器及其他設備、土地改良', '資本支出合計'], [col('總計')]),
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

const ECON: WideTable = {
  title: ECON_TABLE,
  halves: ECON_PAGES,
  sums: [['current', '經常支出合計'], ['capital', '資本支出合計'], [['經常支出合計', '資本支出合計'], '總計']],
  measure: { family: 'econ_class', ...BUDGET },
  rows: 'function',
};

// ---------- the table types ----------

const UNIT = ['unit-budget'];
const MINISTRY = ['ministry-budget'];
const wide = (t: WideTable, kinds?: string[]): TableType => {
  const titles = typeof t.title === 'string' ? [t.title] : Object.values(t.title);
  // a ministry book's '-' cells are recorded as facts of 0 (else left out), as first published
  return { titles, kinds, facts: (d) => wideFacts(d, t, MINISTRY.includes(d.kind)) };
};

export const TABLE_TYPES: TableType[] = [
  { titles: [PLAN_TABLE], kinds: UNIT, facts: subProgrammeClassFacts },
  { titles: [unit.COST_TABLE], kinds: UNIT, facts: unit.costSummaryFacts },
  wide(POSITIONS, MINISTRY),
  wide(GRANTS, MINISTRY),
  wide(TRAVEL, MINISTRY),
  wide(OBJECT_CLASSES),
  wide(CAPITAL),
  { titles: [unit.PERSONNEL_TABLE], kinds: UNIT, facts: unit.personnelCostFacts },
  { titles: [unit.POSITIONS_TABLE], kinds: UNIT, facts: unit.positionFacts },
  { titles: [unit.VEHICLE_TABLE], kinds: UNIT, facts: unit.vehicleFacts },
  { titles: [unit.OFFICE_TABLE], kinds: UNIT, facts: unit.officeFacts },
  { titles: [DONATION_TABLE], kinds: UNIT, facts: donationFacts },
  { titles: [unit.TRAVEL_SUMMARY_TABLE, unit.TRAVEL_TABLE, unit.MAINLAND_TABLE], kinds: UNIT, facts: unit.travelFacts },
  wide(ECON),
  { titles: [COMMISSIONED_TABLE], kinds: UNIT, facts: commissionedFacts },
];

/** The facts of every table type a document prints. */
export function bookFacts(d: Doc): Fact[] {
  return d.unique(TABLE_TYPES.flatMap((t) => (!t.kinds || t.kinds.includes(d.kind) ? t.facts(d) : [])), 'fact');
}
