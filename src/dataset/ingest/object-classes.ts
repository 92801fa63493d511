// 歲出一級用途別科目分析表 (rows: agency, function, programmes and work plans; columns: current and
// capital object classes) and 資本支出分析表 (capital expenditure by asset type; 各機關資本支出分析表
// in a ministry book), in a ministry book or a unit budget. Both print in two halves. A row below
// an agency row belongs to that agency; its account number is printed in the row or elsewhere in
// the book (accounts.ts).
import type { AgencyCode, Fact } from '../schema.js';
import { agencyOf, expectHeader, findTable, type Block } from './blocks.js';
import { accountCode, splitAccount } from './accounts.js';
import { compact, type Doc } from './source.js';
import type { TableOptions } from './tables.js';
import { col, tableRows, type Cell, type Column, type SumRule } from './wide-table.js';

export const OBJECT_CLASS_TABLE = '歲出一級用途別科目分析表';
/** A ministry book prints it for each of its agencies. */
export const CAPITAL_TABLE: Record<string, string> = { 'ministry-budget': '各機關資本支出分析表', 'unit-budget': '資本支出分析表' };

const CLASS_CODE: Record<string, string> = { 人事費: '1000', 業務費: '2000', 設備及投資: '3000', 獎補助費: '4000', 債務費: '5000', 預備金: '6000' };
const cur = (name: string) => col(`current:${name}`, name, 'current', CLASS_CODE[name]);
const cap = (name: string) => col(`capital:${name}`, name, 'capital', CLASS_CODE[name]);

/** A table type read in two halves: the labels each half's header prints, its columns, its sums. */
interface Layout {
  labels: [string[], string[]];
  columns: [Column[], Column[]];
  sums: SumRule[];
}

const CLASSES: Layout = {
  labels: [
    ['經常支', '人事費', '業務費', '獎補助費', '債務費'],
    ['出', '資本支出', '預備金', '小計', '業務費', '設備及投資', '獎補助費', '合計'],
  ],
  columns: [
    ['人事費', '業務費', '獎補助費', '債務費'].map(cur),
    [
      cur('預備金'),
      col('current:小計', '經常支出小計', 'current'),
      ...['業務費', '設備及投資', '獎補助費', '預備金'].map(cap),
      col('capital:小計', '資本支出小計', 'capital'),
      col('total:合計', '合計', null),
    ],
  ],
  sums: [
    [['人事費', '業務費', '獎補助費', '債務費', '預備金'].map((c) => `current:${c}`), 'current:小計'],
    [['業務費', '設備及投資', '獎補助費', '預備金'].map((c) => `capital:${c}`), 'capital:小計'],
    [['current:小計', 'capital:小計'], 'total:合計'],
  ],
};

const asset = (name: string) => col(name, name, 'capital');
const ASSETS_LEFT = ['土地', '房屋建築及設備', '公共建設及設施', '機械設備'];

/** The two printings of the asset columns: a unit budget prints two unlabelled columns after 投資. */
const ASSET_LAYOUTS: Layout[] = [
  ['資訊軟硬體設備', '其他資本支出'],
  ['資訊軟體設備', null, null],
].map(([software, ...tail]) => {
  const right = ['運輸設備', software!, '雜項設備', '權利', '投資'].map(asset);
  right.push(...tail.map((t, i) => (t ? asset(t) : col(`unlabelled${i}`, null, 'capital'))), asset('合計'));
  return {
    labels: [['設備', ...ASSETS_LEFT], ['運輸設備', software!, '雜項設備', '權利', '投資', '合計']] as [string[], string[]],
    columns: [ASSETS_LEFT.map(asset), right] as [Column[], Column[]],
    sums: [[[...ASSETS_LEFT, ...right.slice(0, -1).map((c) => c.key)], '合計']] as SumRule[],
  };
});

/** A row of either table with its agency and account number. */
export interface AccountRow {
  agency: AgencyCode;
  subject: string;
  subjectCode: string | null;
  line: number;
  cells: Cell[];
}

function readRows(d: Doc, title: string, layout: Layout, halves: Block[]): AccountRow[] {
  halves.forEach((b, i) => expectHeader(d, b, layout.labels[i], title));
  const rows = tableRows(d, halves.map((b, i) => ({ rows: b.rows, columns: layout.columns[i] })), layout.sums, d.twd, title);
  let agency: AgencyCode | null = null;
  return rows.map((r) => {
    const raw = d.cells(r.left.line).find((c) => c !== '' && compact(c) === r.left.name);
    const { code, name } = splitAccount(d, raw ?? '', r.left.line);
    if (!name) d.fail(r.left.line, `${title}: row without a name`);
    agency = agencyOf(name) ?? agency;
    if (!agency) d.fail(r.left.line, `${title}: "${name}" before any agency row`);
    const subjectCode = code ?? accountCode(d, agency, name);
    if (!subjectCode && !['合計', '總計'].includes(name)) d.fail(r.left.line, `${title}: no account number for "${name}" of ${agency}`);
    return { agency, subject: name, subjectCode, line: r.left.line, cells: r.cells };
  });
}

function rowsOf(d: Doc, title: string, layouts: Layout[]): AccountRow[] | null {
  for (const layout of layouts) {
    const halves = findTable(d, title, layout.labels);
    if (halves) return readRows(d, title, layout, halves);
  }
  return null;
}

/** Rows of 歲出一級用途別科目分析表, or null when the book does not print it. */
export function objectClassRows(d: Doc): AccountRow[] | null {
  return d.memo('object-class-rows', () => rowsOf(d, OBJECT_CLASS_TABLE, [CLASSES]));
}

/** Ids as first published for each kind of book (answers and links cite them). */
const CLASS_ID: Record<string, (r: AccountRow, c: Column) => string[]> = {
  'ministry-budget': (r, c) => [r.agency, r.subject, c.key],
  'unit-budget': (r, c) => ['analysis', r.subject, c.nature ?? 'total', c.category!],
};

function facts(d: Doc, rows: AccountRow[], o: TableOptions, make: (r: AccountRow, c: Cell) => Omit<Parameters<Doc['fact']>[0], 'line' | 'value' | 'agency' | 'subject' | 'subjectCode'>): Fact[] {
  return rows.flatMap((r) =>
    r.cells
      .filter((c) => c.column.category !== null && (o.zeros || c.value !== 0))
      .map((c) => d.fact({ ...make(r, c), line: c.line, agency: r.agency, subject: r.subject, subjectCode: r.subjectCode, value: c.value })),
  );
}

export function objectClassFacts(d: Doc, o: TableOptions): Fact[] | null {
  const rows = objectClassRows(d);
  if (!rows) return null;
  const ids = CLASS_ID[d.kind] ?? CLASS_ID['unit-budget'];
  return facts(d, rows, o, (r, c) => ({
    idParts: ids(r, c.column), family: 'object_class', table: OBJECT_CLASS_TABLE, category: c.column.category,
    categoryCode: c.column.categoryCode, nature: c.column.nature, measure: 'budget', unit: 'TWD',
  }));
}

export function capitalFacts(d: Doc, o: TableOptions): Fact[] | null {
  const table = CAPITAL_TABLE[d.kind];
  const rows = table ? rowsOf(d, table, ASSET_LAYOUTS) : null;
  if (!rows) return null;
  return facts(d, rows, o, (r, c) => ({
    idParts: [r.subject, c.column.key], family: 'capital_asset', table, category: c.column.category,
    nature: 'capital', measure: 'budget', unit: 'TWD',
  }));
}
