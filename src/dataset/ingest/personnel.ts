// 人事費彙計表 and 預算員額明細表 of a unit budget: personnel costs and authorised positions.
import { type Doc, compact, filled, isDash, isNumericRow } from './source.js';
import { cleanText } from './text.js';
import type { Fact } from '../schema.js';
import { accountCode, classCode } from './cost-summary.js';
import { tableEnd } from './openings.js';

export const PERSONNEL_TABLE = '人事費彙計表';
export const POSITIONS_TABLE = '預算員額明細表';

/** "1.考績獎金11,481千元" items inside a 說明 cell. */
const MONEY_ITEM = /(?<![\d.,])(\d{1,2})\.\s*([^\d\s。，；：]+?)(\d{1,3}(?:,\d{3})*)千元/g;

export function personnelCostFacts(d: Doc): Fact[] {
  const start = d.find((t) => t.endsWith(PERSONNEL_TABLE), 1, undefined, PERSONNEL_TABLE);
  const head = d.find((t) => compact(t).startsWith('人事費別'), start, undefined, 'header 人事費別');
  const end = d.find((t) => compact(t).startsWith('合計'), head, undefined, '合計');
  const out: Fact[] = [];
  for (const r of d.rows(head + 1, end, (c) => c.length >= 2 && c[0] !== '')) {
    const [label, amount, note = ''] = r.cells;
    if (isDash(amount)) continue;
    const isTotal = compact(label) === '合計';
    const category = isTotal ? '合計' : label.replace(/^[一二三四五六七八九十]+、/, '').trim();
    const value = d.twd(amount, r.line);
    out.push(
      d.fact({
        idParts: [d.agencyName, category],
        family: 'personnel_cost',
        table: PERSONNEL_TABLE,
        line: r.line,
        subject: d.agencyName,
        subjectCode: accountCode(d, d.agencyName),
        category,
        categoryCode: isTotal ? '1000' : classCode(d, category),
        nature: 'current',
        measure: 'budget',
        value,
        unit: 'TWD',
        ...(note ? { note: cleanText([note]) } : {}),
      }),
    );
    for (const m of cleanText([note]).matchAll(MONEY_ITEM)) {
      out.push(
        d.fact({
          idParts: [d.agencyName, category, m[2]],
          family: 'personnel_cost',
          table: PERSONNEL_TABLE,
          line: r.line,
          subject: d.agencyName,
          subjectCode: accountCode(d, d.agencyName),
          category: m[2],
          categoryCode: null,
          nature: 'current',
          measure: 'budget',
          value: Number(m[3].replace(/,/g, '')) * 1000,
          unit: 'TWD',
          note: `${category}之細項`,
        }),
      );
    }
  }
  return out;
}

interface Column {
  label: string;
  index: number; // cell index of 本年度; 上年度 follows
}

/** Column groups of a header row: each label spans a 本年度 and a 上年度 cell. */
function groups(d: Doc, headerLine: number, from: number): Column[] {
  const c = d.cells(headerLine);
  const out: Column[] = [];
  for (let i = from; i < c.length; i++) if (c[i] !== '') out.push({ label: compact(c[i]), index: i });
  return out;
}

export function positionFacts(d: Doc): Fact[] {
  const leftStart = d.find((t) => t === '預算員額', 1, undefined, '預算員額');
  const rightStart = d.find((t) => t === '明細表', leftStart, undefined, '明細表');
  const leftHead = d.find((t) => t.startsWith('款\t'), leftStart, rightStart, 'header 款');
  const leftCols = groups(d, leftHead, 4);
  const left = d.rows(leftHead + 2, rightStart - 1, (c) => /^\d{10}\s/.test(c[3] ?? '') && isNumericRow(c.slice(4)));
  const rightHead = d.find((t) => compact(t).startsWith('聘用'), rightStart, undefined, 'header 聘用');
  const rightCols = groups(d, rightHead, 0);
  const costFrom = rightCols.findIndex((g) => g.label === '本年度');
  if (costFrom < 0 || rightCols[costFrom + 1]?.label !== '上年度' || rightCols[costFrom + 2]?.label !== '比較') {
    throw new Error(`${d.name}:${rightHead}: 年需經費 columns not found`);
  }
  const rightEnd = tableEnd(d, rightHead, POSITIONS_TABLE) + 1;
  const right = d.rows(rightHead + 2, rightEnd - 1, (c) => isNumericRow(c.slice(0, rightCols[costFrom].index + 3)));
  const out: Fact[] = [];
  for (const [l, r] of d.pair(left, right, POSITIONS_TABLE)) {
    const m = /^(\d{10})\s+(.+)$/.exec(l.cells[3])!;
    const [code, subject] = [m[1], m[2].trim()];
    const cols = [
      ...leftCols.map((g) => ({ ...g, row: l })),
      ...rightCols.slice(0, costFrom).map((g) => ({ ...g, row: r })),
    ];
    for (const g of cols) {
      for (const [offset, year] of [
        [0, d.year],
        [1, d.year - 1],
      ]) {
        const cell = g.row.cells[g.index + offset];
        out.push(
          d.fact({
            idParts: [subject, g.label, String(year)],
            family: 'positions',
            year,
            table: POSITIONS_TABLE,
            line: g.row.line,
            subject,
            subjectCode: code,
            category: g.label,
            measure: 'positions',
            value: d.num(cell, g.row.line),
            unit: 'person',
            unitLabel: '人',
          }),
        );
      }
    }
    const costIndex = rightCols[costFrom].index;
    const costs: [string, number, string][] = [
      ['budget', d.year, r.cells[costIndex]],
      ['budget', d.year - 1, r.cells[costIndex + 1]],
      ['change', d.year, r.cells[costIndex + 2]],
    ];
    for (const [measure, year, cell] of costs) {
      out.push(
        d.fact({
          idParts: [subject, '員額年需經費', measure, String(year)],
          family: 'personnel_cost',
          year,
          table: POSITIONS_TABLE,
          line: r.line,
          subject,
          subjectCode: code,
          category: '員額年需經費',
          nature: 'current',
          measure,
          value: d.twd(cell, r.line),
          unit: 'TWD',
        }),
      );
    }
    const note = filled(r.cells.slice(costIndex + 3)).join(' ');
    if (note) out.push(...outsourcedFacts(d, note, r.line));
  }
  return out;
}

/** "「一般行政」計畫預計進用19人8,715千元" and "共預計進用22人11,575千元": 勞務承攬 outside personnel costs. */
function outsourcedFacts(d: Doc, note: string, line: number): Fact[] {
  const text = cleanText([note]);
  const out: Fact[] = [];
  const items = [...text.matchAll(/「([^」]+)」計畫預計進用(\d+)人(\d{1,3}(?:,\d{3})*)千元/g)].map((m) => ({
    subject: m[1],
    code: accountCode(d, m[1]),
    persons: m[2],
    amount: m[3],
  }));
  const total = /共預計進用(\d+)人(\d{1,3}(?:,\d{3})*)千元/.exec(text);
  if (total) items.push({ subject: d.agencyName, code: accountCode(d, d.agencyName), persons: total[1], amount: total[2] });
  for (const it of items) {
    const base = { family: 'personnel_cost' as const, table: POSITIONS_TABLE, line, subject: it.subject, subjectCode: it.code, category: '勞務承攬', note: '非以人事費支付之勞務承攬支出' };
    out.push(d.fact({ ...base, idParts: [it.subject, '勞務承攬', 'budget'], measure: 'budget', value: Number(it.amount.replace(/,/g, '')) * 1000, unit: 'TWD' }));
    out.push(d.fact({ ...base, idParts: [it.subject, '勞務承攬', 'persons'], measure: 'persons', value: Number(it.persons), unit: 'person', unitLabel: '人' }));
  }
  return out;
}
