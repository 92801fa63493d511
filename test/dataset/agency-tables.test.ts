import { describe, expect, it } from 'vitest';
import { Fact } from '../../src/dataset/schema.js';
import {
  bookFacts,
  CAPITAL_TABLE as CAPITAL_TABLES,
  ECON_TABLE,
  GARBLED_ECON_HEADERS,
  GRANTS_TABLE,
  OBJECT_CLASS_TABLE,
  POSITIONS_TABLE,
  TRAVEL_TABLE,
} from '../../src/dataset/ingest/tables.js';
import { seed } from './seeds.js';

const CAPITAL_TABLE = CAPITAL_TABLES['ministry-budget'];
import { cells, readSource, thousandsToTwd } from '../../src/dataset/ingest/text.js';

const book = seed('ministry-budget');
const DOC = book.name;
const facts = Fact.array().parse(bookFacts(book));
const source = readSource(DOC).lines;
const AGENCIES = ['數位發展部', '資通安全署', '數位產業署'];

const of = (table: string) => facts.filter((f) => f.table === table);
/** Rows of a table: facts grouped by agency and subject. */
function rows(table: string): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of of(table)) {
    const k = `${f.agency}|${f.subject}`;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return out;
}
/** Value of a row's cell by category (and nature where a category recurs). */
function cell(row: Fact[], category: string, nature?: Fact['nature']): number {
  const hit = row.filter((f) => f.category === category && (nature === undefined || f.nature === nature));
  if (hit.length !== 1) throw new Error(`${row[0].subject}: ${hit.length} cells "${category}"`);
  return hit[0].value;
}
const total = (row: Fact[], parts: string[], nature?: Fact['nature']) => parts.reduce((s, c) => s + cell(row, c, nature), 0);
const row = (table: string, subject: string, agency?: string) =>
  [...rows(table).values()].find((r) => r[0].subject === subject && (agency === undefined || r[0].agency === agency))!;

describe('doc 000 attached tables', () => {
  it('reads every table into unique, sourced facts of year 114', () => {
    const families = new Set(facts.map((f) => f.family));
    expect([...families].sort()).toEqual(['capital_asset', 'econ_class', 'grants', 'object_class', 'positions', 'travel']);
    for (const t of [POSITIONS_TABLE, GRANTS_TABLE, TRAVEL_TABLE, OBJECT_CLASS_TABLE, CAPITAL_TABLE, ECON_TABLE]) expect(of(t).length, t).toBeGreaterThan(10);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const f of facts) {
      expect(f.id.startsWith(`000:${f.family}:`), f.id).toBe(true);
      expect(f.year).toBe(114);
      expect(f.doc).toBe(DOC);
    }
  });

  it('every fact points at a line that prints its figure', () => {
    for (const f of facts) {
      const printed = f.value === 0 ? '-' : f.unit === 'person' ? String(f.value) : (f.value / 1000).toLocaleString('en-US');
      expect(cells(source[f.line - 1]), f.id).toContain(printed);
    }
  });

  it('skips rows whose figures are all zero', () => {
    for (const [k, r] of rows(OBJECT_CLASS_TABLE)) expect(r.some((f) => f.value !== 0), k).toBe(true);
    for (const t of [POSITIONS_TABLE, GRANTS_TABLE, TRAVEL_TABLE, CAPITAL_TABLE, ECON_TABLE]) {
      for (const [k, r] of rows(t)) expect(r.some((f) => f.value !== 0), k).toBe(true);
    }
  });

  it('positions: categories add up to the subtotals and agencies to the ministry', () => {
    const rs = [...rows(POSITIONS_TABLE).values()];
    expect(rs).toHaveLength(5);
    for (const r of rs) {
      expect(total(r, ['職員', '警察', '法警', '駐警', '工友', '技工', '駕駛']), r[0].subject).toBe(cell(r, '職員工小計'));
      expect(total(r, ['聘用', '約僱', '駐外雇員']), r[0].subject).toBe(cell(r, '聘僱小計'));
      expect(total(r, ['職員工小計', '聘僱小計']), r[0].subject).toBe(cell(r, '合計'));
    }
    const top = row(POSITIONS_TABLE, '數位發展部主管');
    for (const f of top) {
      expect(AGENCIES.reduce((s, a) => s + cell(row(POSITIONS_TABLE, a), f.category!), 0), f.id).toBe(f.value);
      expect(cell(row(POSITIONS_TABLE, '合計'), f.category!), f.id).toBe(f.value);
    }
  });

  it('positions: the 數位產業署 row printed one cell short keeps 職員 and the totals in place', () => {
    const adi = row(POSITIONS_TABLE, '數位產業署');
    const printed = cells(source[adi[0].line - 1]).filter((c) => c !== '');
    // 數位產業署 then its figures: the first is 職員, the last 合計
    expect(cell(adi, '職員')).toBe(Number(printed[printed.indexOf('數位產業署') + 1]));
    expect(cell(adi, '合計')).toBe(Number(printed.at(-1)));
    expect(adi.every((f) => f.note)).toBe(true);
  });

  it('grants: parts add up and agencies add up to the ministry', () => {
    for (const r of rows(GRANTS_TABLE).values()) {
      expect(total(r, ['補助各縣市', '補助直轄市', '補助中央機關間', '補助特種基金']), r[0].subject).toBe(cell(r, '補助小計'));
      expect(total(r, ['補助小計', '對團體及個人捐助', '對外之捐助']), r[0].subject).toBe(cell(r, '合計'));
    }
    for (const f of row(GRANTS_TABLE, '數位發展部主管')) {
      const sum = AGENCIES.map((a) => row(GRANTS_TABLE, a)).reduce((s, r) => s + (r ? cell(r, f.category!) : 0), 0);
      expect(sum, f.id).toBe(f.value);
    }
  });

  it('travel: trip types add up to 合計, and the one agency to the total row', () => {
    for (const r of rows(TRAVEL_TABLE).values()) {
      expect(total(r, ['考察', '視察', '訪問', '開會', '談判', '進修', '研究', '實習']), r[0].subject).toBe(cell(r, '合計'));
    }
    const top = row(TRAVEL_TABLE, '合計');
    const agencyRows = [...rows(TRAVEL_TABLE).values()].filter((r) => r[0].agency !== '62');
    for (const f of top) expect(agencyRows.reduce((s, r) => s + cell(r, f.category!), 0), f.id).toBe(f.value);
  });

  it('object classes: classes add up to the subtotals and the subtotals to 合計', () => {
    for (const r of rows(OBJECT_CLASS_TABLE).values()) {
      const s = r[0].subject;
      expect(total(r, ['人事費', '業務費', '獎補助費', '債務費', '預備金'], 'current'), s).toBe(cell(r, '經常支出小計'));
      expect(total(r, ['業務費', '設備及投資', '獎補助費', '預備金'], 'capital'), s).toBe(cell(r, '資本支出小計'));
      expect(total(r, ['經常支出小計', '資本支出小計']), s).toBe(cell(r, '合計'));
    }
  });

  it('object classes: work plans add up to programmes, programmes to the agency, agencies to the ministry', () => {
    const rs = [...rows(OBJECT_CLASS_TABLE).values()];
    for (const r of rs) expect(r[0].subjectCode, r[0].subject).toMatch(/^\d{10}$/);
    const byCode = new Map(rs.map((r) => [r[0].subjectCode!, r]));
    const children = (code: string): Fact[][] => {
      if (code === '0062000000') return rs.filter((r) => /^0062\d{2}0000$/.test(r[0].subjectCode!) && r[0].agency !== '62');
      if (code.startsWith('00')) return [byCode.get(`52${code.slice(2)}`)!];
      if (code.endsWith('0000')) return rs.filter((r) => r[0].subjectCode!.slice(0, 6) === code.slice(0, 6) && /^52\d{6}00$/.test(r[0].subjectCode!) && r[0].subjectCode !== code);
      if (code.endsWith('00')) return rs.filter((r) => r[0].subjectCode!.slice(0, 8) === code.slice(0, 8) && r[0].subjectCode !== code);
      return [];
    };
    let checked = 0;
    for (const r of rs) {
      const kids = children(r[0].subjectCode!);
      if (!kids.length) continue;
      checked++;
      for (const f of r) {
        expect(kids.reduce((s, k) => s + cell(k, f.category!, f.nature), 0), f.id).toBe(f.value);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('object classes: each agency 合計 equals its budget in 歲出機關別預算比較總表', () => {
    const title = source.findIndex((s) => s.replace(/\*/g, '').trim() === '歲出機關別預算比較總表');
    expect(title).toBeGreaterThan(0);
    const budget = new Map<string, number>();
    for (let i = title; i < title + 16; i++) {
      const cs = cells(source[i]).filter(Boolean);
      const name = cs.find((c) => [...AGENCIES, '數位發展部主管'].includes(c));
      if (name) budget.set(name, thousandsToTwd(cs[cs.indexOf(name) + 1])!);
    }
    expect(budget.size).toBe(4);
    for (const [name, value] of budget) expect(cell(row(OBJECT_CLASS_TABLE, name), '合計'), name).toBe(value);
  });

  it('object classes: account numbers name the same line in 歲出機關別預算表', () => {
    for (const r of rows(OBJECT_CLASS_TABLE).values()) {
      const code = r[0].subjectCode!;
      const hits = source.flatMap((s) => cells(s)).filter((c) => c.startsWith(`${code} `));
      expect(hits.length, code).toBeGreaterThan(0);
      expect(hits.map((c) => c.slice(11).replace(/\s/g, '')), code).toContain(r[0].subject);
    }
  });

  it('capital assets: types add up to 合計, agencies to the ministry, and 合計 to the object-class capital subtotal', () => {
    const types = ['土地', '房屋建築及設備', '公共建設及設施', '機械設備', '運輸設備', '資訊軟硬體設備', '雜項設備', '權利', '投資', '其他資本支出'];
    for (const r of rows(CAPITAL_TABLE).values()) {
      expect(total(r, types), r[0].subject).toBe(cell(r, '合計'));
      const oc = row(OBJECT_CLASS_TABLE, r[0].subject === '合計' ? '數位發展部主管' : r[0].subject, r[0].agency!);
      expect(cell(r, '合計'), r[0].subject).toBe(cell(oc, '資本支出小計'));
    }
    for (const f of row(CAPITAL_TABLE, '數位發展部主管')) {
      expect(AGENCIES.reduce((s, a) => s + cell(row(CAPITAL_TABLE, a), f.category!), 0), f.id).toBe(f.value);
    }
  });

  it('economic classes: parts add up to both totals, functions to the total row, and it matches the object classes', () => {
    const current = [...new Set(of(ECON_TABLE).filter((f) => f.nature === 'current' && f.category !== '經常支出合計').map((f) => f.category!))];
    const capital = [...new Set(of(ECON_TABLE).filter((f) => f.nature === 'capital' && f.category !== '資本支出合計').map((f) => f.category!))];
    expect(current).toHaveLength(8);
    expect(capital).toHaveLength(16);
    for (const r of rows(ECON_TABLE).values()) {
      expect(total(r, current), r[0].subject).toBe(cell(r, '經常支出合計'));
      expect(total(r, capital), r[0].subject).toBe(cell(r, '資本支出合計'));
      expect(total(r, ['經常支出合計', '資本支出合計']), r[0].subject).toBe(cell(r, '總計'));
    }
    const top = row(ECON_TABLE, '數位發展部主管');
    const functions = [...rows(ECON_TABLE).values()].filter((r) => r[0].subject !== '數位發展部主管');
    expect(functions.map((r) => r[0].subjectCode).sort()).toEqual(['01', '12', '13']);
    for (const f of top) expect(functions.reduce((s, r) => s + cell(r, f.category!), 0), f.id).toBe(f.value);
    const oc = row(OBJECT_CLASS_TABLE, '數位發展部主管');
    expect(cell(top, '總計')).toBe(cell(oc, '合計'));
    expect(cell(top, '經常支出合計')).toBe(cell(oc, '經常支出小計'));
    expect(cell(top, '資本支出合計')).toBe(cell(oc, '資本支出小計'));
    expect(new Set(of(ECON_TABLE).map((f) => f.agency))).toEqual(new Set(['62']));
  });

  it('the garbled economic-class headers are quoted from their lines', () => {
    for (const g of GARBLED_ECON_HEADERS) expect(source.filter((l) => l.includes(g.printed))).toHaveLength(1);
  });
});
