// The attached tables of a unit budget printed line by line: 各項費用彙計表, 人事費彙計表, 預算員額明細表,
// 公務車輛明細表, 現有辦公房舍明細表 and the 派員出國 tables. Each half of a table is found by the first
// words of its header (openings.ts), each figure by the label of its column and read as a fact of
// the column's measure.
import type { Fact } from '../schema.js';
import { BUDGET, type Column, type Doc, type Row, compact, filled, isDash, isNumberCell, isNumericRow } from './source.js';
import { cleanName, cleanText, thousandsToTwd } from './text.js';
import { ownAccount } from './accounts.js';
import { classCode, natureOf, parseProgrammes } from './programmes.js';
import { readHalves, tableSpan, type Half } from './openings.js';

export const COST_TABLE = '各項費用彙計表';
export const PERSONNEL_TABLE = '人事費彙計表';
export const POSITIONS_TABLE = '預算員額明細表';
export const VEHICLE_TABLE = '公務車輛明細表';
export const OFFICE_TABLE = '現有辦公房舍明細表';
export const TRAVEL_SUMMARY_TABLE = '派員出國計畫預算總表';
export const TRAVEL_TABLE = '派員出國計畫預算類別表—開會、談判';
export const MAINLAND_TABLE = '派員赴大陸計畫預算類別表';

const NUMBERED = /^[一二三四五六七八九十]+、/;
/** Columns of 千元 amounts, by label. */
const money = (...columns: [label: string, measure: string][]): Column[] => columns.map(([label, measure]) => ({ label, measure, unit: 'TWD' }));

// ---------- 各項費用彙計表 ----------

/** Object classes (rows) by programme (columns; 合計 is the agency's), the header printed again on each page. */
export function costSummaryFacts(d: Doc): Fact[] {
  let columns: { index: number; code: string; name: string }[] = [];
  return d.rows(...tableSpan(d, COST_TABLE), () => true).flatMap(({ line, cells: c }) => {
    if (c[0].startsWith('工作計畫名稱及編號')) {
      columns = c.flatMap((cell, index) => {
        const m = /^(\d{10})\s+(.+)$/.exec(cell);
        if (index === 0 || cell === '') return [];
        if (m) return [{ index, code: m[1], name: parseProgrammes(d).find((p) => p.code === m[1])?.name ?? cell }];
        if (compact(cell) !== '合計') d.fail(line, `${COST_TABLE}: unknown column "${cell}"`);
        return [{ index, code: ownAccount(d, d.agencyName), name: d.agencyName }];
      });
      return [];
    }
    const row = /^(\d{4})\s+(.+)$/.exec(c[0]);
    if (!row && compact(c[0]) !== '合計') return [];
    if (columns.length === 0) d.fail(line, `${COST_TABLE}: row before its header`);
    const [category, code] = row ? [row[2].trim(), row[1]] : ['合計', null];
    return columns.flatMap((col) => {
      const base = { idParts: ['summary', col.name, category], family: 'object_class', table: COST_TABLE, line, subject: col.name, subjectCode: col.code } as const;
      return d.figure({ ...base, category, categoryCode: code, nature: code ? natureOf(code) : null }, BUDGET, c[col.index]);
    });
  });
}

// ---------- 人事費彙計表 ----------

/** "1.考績獎金11,481千元" items inside a 說明 cell. */
const MONEY_ITEM = /(?<![\d.,])(\d{1,2})\.\s*([^\d\s。，；：]+?)(\d{1,3}(?:,\d{3})*)千元/g;

/** A fact per class of personnel cost, and one per item its 說明 prices. */
export function personnelCostFacts(d: Doc): Fact[] {
  const [t] = readHalves(d, PERSONNEL_TABLE, [{ opens: '人事費別', labels: ['金額', '說明'], lines: 1 }]);
  const subject = d.agencyName;
  const base = { family: 'personnel_cost', table: PERSONNEL_TABLE, subject, subjectCode: ownAccount(d, subject), nature: 'current', ...BUDGET } as const;
  return t.rows.filter((r) => r.cells.length >= 2 && r.cells[0] !== '' && !isDash(r.cells[1])).flatMap(({ line, cells: [label, amount, note = ''] }) => {
    const category = compact(label) === '合計' ? '合計' : label.replace(NUMBERED, '').trim();
    const text = note ? cleanText([note]) : undefined;
    const items = [...(text ?? '').matchAll(MONEY_ITEM)].map((m) =>
      d.fact({ ...base, idParts: [subject, category, m[2]], line, category: m[2], value: thousandsToTwd(m[3])!, note: `${category}之細項` }),
    );
    const categoryCode = category === '合計' ? '1000' : classCode(d, category);
    return [d.fact({ ...base, idParts: [subject, category], line, category, categoryCode, value: d.twd(amount, line), note: text }), ...items];
  });
}

// ---------- 預算員額明細表 ----------

/** Positions by class: staff (職員工) and hired (聘僱); 各機關預算員額彙計表 of a ministry book has the same. */
export const STAFF = ['職員', '警察', '法警', '駐警', '工友', '技工', '駕駛'];
export const HIRED = ['聘用', '約僱', '駐外雇員'];
/** the 年需經費 columns: this year's and last year's budget, and the change */
const COSTS: [measure: string, yearsBack: number, label: string][] = [
  ['budget', 0, '本年度'],
  ['budget', 1, '上年度'],
  ['change', 0, '比較'],
];

/** Positions this year and last by class (each label over two cells), their yearly cost, and 勞務承攬 in the 說明. */
export function positionFacts(d: Doc): Fact[] {
  const [left, right] = readHalves(d, POSITIONS_TABLE, [
    { opens: '款', labels: STAFF, lines: 2 },
    { opens: '聘用', labels: [...HIRED, '合計', ...COSTS.map((c) => c[2])], lines: 2 },
  ]);
  const rights = right.rows.filter((r) => isNumericRow(r.cells.slice(0, right.col('比較') + 1)));
  const lefts = left.rows.filter((r) => /^\d{10}\s/.test(r.cells[3] ?? '') && isNumericRow(r.cells.slice(4)));
  return d.pair(lefts, rights, POSITIONS_TABLE).flatMap(([l, r]) => {
    const [, subjectCode, subject] = /^(\d{10})\s+(.+)$/.exec(l.cells[3])!;
    const base = { table: POSITIONS_TABLE, subject, subjectCode };
    const groups = [...STAFF.map((g): [string, Row, number] => [g, l, left.col(g)]), ...[...HIRED, '合計'].map((g): [string, Row, number] => [g, r, right.col(g)])];
    const positions = groups.flatMap(([g, row, i]) =>
      [0, 1].map((back) => {
        const year = d.year - back;
        const fact = { ...base, idParts: [subject, g, String(year)], family: 'positions', year, line: row.line, category: g } as const;
        return d.fact({ ...fact, measure: 'positions', value: d.num(row.cells[i + back], row.line), unit: 'person', unitLabel: '人' });
      }),
    );
    const costs = COSTS.map(([measure, back, label]) => {
      const year = d.year - back;
      const fact = { ...base, idParts: [subject, '員額年需經費', measure, String(year)], family: 'personnel_cost', year, line: r.line } as const;
      return d.fact({ ...fact, category: '員額年需經費', nature: 'current', measure, value: d.twd(r.cells[right.col(label)], r.line), unit: 'TWD' });
    });
    const note = filled(r.cells.slice(right.col('比較') + 1)).join(' ');
    return [...positions, ...costs, ...(note ? outsourcedFacts(d, note, r.line) : [])];
  });
}

/** "「一般行政」計畫預計進用19人8,715千元" and "共預計進用22人11,575千元": 勞務承攬 outside personnel costs. */
function outsourcedFacts(d: Doc, note: string, line: number): Fact[] {
  return [...cleanText([note]).matchAll(/(?:「([^」]+)」計畫|共)預計進用(\d+)人(\d{1,3}(?:,\d{3})*)千元/g)].flatMap(([, programme, persons, amount]) => {
    const subject = programme ?? d.agencyName; // 共: the agency's total
    const base = { family: 'personnel_cost', table: POSITIONS_TABLE, line, subject, subjectCode: ownAccount(d, subject), category: '勞務承攬' } as const;
    const note = '非以人事費支付之勞務承攬支出';
    return [
      d.fact({ ...base, idParts: [subject, '勞務承攬', 'budget'], measure: 'budget', value: thousandsToTwd(amount)!, unit: 'TWD', note }),
      d.fact({ ...base, idParts: [subject, '勞務承攬', 'persons'], measure: 'persons', value: Number(persons), unit: 'person', unitLabel: '人', note }),
    ];
  });
}

// ---------- 公務車輛明細表 ----------

const VEHICLE_COLUMNS: Column[] = [
  { label: '車輛數', measure: 'count', unit: 'count', unitLabel: '輛' },
  { label: '乘客人數', measure: 'passengers', unit: 'person', unitLabel: '人' },
  { label: '汽缸總排氣量', measure: 'displacement', unit: 'count', unitLabel: '立方公分' },
  { label: '數量(公升)', measure: 'fuel_litres', unit: 'count', unitLabel: '公升' },
  ...money(['金額', 'fuel_cost'], ['養護費', 'maintenance'], ['其他', 'other']),
];

/** A vehicle per row, its type cell naming its group ("現有車輛： 首長專用車"); 合計 is the agency's. */
export function vehicleFacts(d: Doc): Fact[] {
  const [t] = readHalves(d, VEHICLE_TABLE, [{ opens: '車輛數', labels: ['車輛種類', '購置年月', '備註'], lines: 2 }]);
  const type = t.col('車輛種類');
  return t.rows.filter((r) => (r.cells[type] ?? '') !== '').flatMap((r) => {
    const total = compact(r.cells[type]) === '合計';
    const group = /^(.+?)[：:]\s*(.+)$/.exec(r.cells[type]);
    if (!total && !group) d.fail(r.line, `${VEHICLE_TABLE}: vehicle type without a group: "${r.cells[type]}"`);
    const [category, subject] = total ? ['合計', d.agencyName] : [cleanName(group![1]), cleanName(group![2])];
    const note = total ? undefined : `購置年月 ${r.cells[t.col('購置年月')]}；備註：${cleanText([r.cells[t.col('備註')]])}`;
    const base = { family: 'vehicles', table: VEHICLE_TABLE, line: r.line, subject, category, note } as const;
    return VEHICLE_COLUMNS.flatMap((c) => d.figure({ ...base, idParts: [subject, category, c.measure] }, c, r.cells[t.col(c.label)]));
  });
}

// ---------- 現有辦公房舍明細表 ----------

const OFFICE_COLUMNS: Column[] = [
  { label: '單位數', measure: 'units', unit: 'count' },
  { label: '面積', measure: 'area', unit: 'sqm', unitLabel: '平方公尺' },
  ...money(['取得成本', 'cost'], ['押金', 'deposit'], ['租金', 'rent'], ['年需養護費', 'maintenance']),
];

/**
 * The left half (自有, 無償借用) prints seven row labels; the right half (有償租用或借用, 合計) nine
 * rows, so only its first row (一、辦公房屋) and last row (合計) can be named. A middle row with
 * figures is kept without a category, known by its line.
 */
export function officeFacts(d: Doc): Fact[] {
  const [left, right] = readHalves(d, OFFICE_TABLE, [
    { opens: '區分', labels: ['自有', '無償借用'], lines: 2 },
    { opens: '有償租用或借用', labels: ['合計'], lines: 2 },
  ]);
  const lefts = left.rows.filter((r) => r.cells[0] !== '' && filled(r.cells.slice(1)).every(isNumberCell) && filled(r.cells).length > 1);
  const rights = right.rows.filter((r) => filled(r.cells).length > 0 && filled(r.cells).every((x) => isNumberCell(x) || /^\d+\D+$/.test(x)));
  const labels = lefts.map((r) => cleanName(r.cells[0].replace(NUMBERED, '').replace(/^\d+\s+/, '')));
  /** A fact per figure of a half's rows; its columns: group labels above (each over the cells up to the next), measure labels below. */
  const facts = (half: Half, rows: Row[], keep: (group: string, index: number) => boolean, category: (i: number) => string | null) => {
    const [groupLine, labelLine] = half.header;
    const groups = d.cells(groupLine);
    let group = '';
    const columns = d.cells(labelLine).flatMap((label, index) => {
      if (groups[index]) group = compact(groups[index]);
      if (!keep(group, index)) return [];
      const c = OFFICE_COLUMNS.find((x) => x.label === compact(label)) ?? d.fail(labelLine, `${OFFICE_TABLE}: unknown column "${label}"`);
      return [{ ...c, group, index }];
    });
    return rows.flatMap((r, i) =>
      columns.flatMap((c) => {
        const cell = r.cells[c.index];
        const units = c.unit !== 'TWD' ? /^(\d+)(\D+)$/.exec(cell ?? '') : null;
        const named = category(i);
        const note = [c.group, named !== null ? '' : `列名未能對應：左半表 ${lefts.length} 列、右半表 ${rights.length} 列`].filter(Boolean).join('；');
        const base = { idParts: [d.agencyName, named ?? `line${r.line}`, c.group, c.measure], family: 'office_space', table: OFFICE_TABLE, line: r.line } as const;
        return d.figure({ ...base, subject: d.agencyName, category: named, note }, units ? { ...c, unitLabel: units[2] } : c, units ? units[1] : cell);
      }),
    );
  };
  return [
    ...facts(left, lefts, (_, index) => index > 0, (i) => labels[i]),
    ...facts(right, rights, (group) => group !== '合計', (i) => (i === 0 ? labels[0] : i === rights.length - 1 ? labels[labels.length - 1] : null)),
  ];
}

// ---------- 派員出國計畫預算總表 and the 類別表 of trips ----------

const SUMMARY_COLUMNS: (Column & { yearsBack: number })[] = [
  { label: '本年度計畫項數', measure: 'plans', unit: 'count', unitLabel: '項', yearsBack: 0 },
  { label: '本年度預計人天', measure: 'person_days', unit: 'count', unitLabel: '人天', yearsBack: 0 },
  { label: '本年度預算數', measure: 'budget', unit: 'TWD', yearsBack: 0 },
  { label: '上年度計畫項數', measure: 'plans', unit: 'count', unitLabel: '項', yearsBack: 1 },
  { label: '上年度核定人天', measure: 'person_days', unit: 'count', unitLabel: '人天', yearsBack: 1 },
  { label: '上年度預算數', measure: 'budget', unit: 'TWD', yearsBack: 1 },
];

const TRIP_COLUMNS: Column[] = [
  { label: '預計天數', measure: 'days', unit: 'count', unitLabel: '天' },
  { label: '擬派人數', measure: 'people', unit: 'person', unitLabel: '人' },
  ...money(['交通費', 'transport'], ['生活費', 'living'], ['辦公費', 'office'], ['合計', 'budget']),
];

/** The object class of a money column: 國外旅費 (2078) or 大陸地區旅費 (2075). */
const travelClass = (c: Column, code: string) => (c.unit === 'TWD' ? { categoryCode: code, nature: 'current' as const } : {});

/** The summary by trip type, then the trips of 開會 and of 赴大陸地區 (left and right halves each). */
export function travelFacts(d: Doc): Fact[] {
  const [summary, ...trips] = readHalves(d, TRAVEL_SUMMARY_TABLE, [
    { opens: '類別', labels: SUMMARY_COLUMNS.map((c) => c.label), lines: 1 },
    { opens: '計畫名稱及領域代碼', labels: ['擬前往國家或地區', '預計天數', '擬派人數', '交通費', '生活費'], lines: 2 },
    { opens: '預算', labels: ['辦公費', '合計', '歸屬預算科目'], lines: 2 },
    { opens: '計畫名稱及領域代碼', labels: ['擬前往地區', '擬拜會單位', '預計天數', '擬派人數'], lines: 1 },
    { opens: '旅費預算', labels: ['交通費', '生活費', '辦公費', '合計', '歸屬預算科目'], lines: 2 },
  ]);
  const subject = d.agencyName;
  const totals = summary.rows.filter((r) => r.cells[0] !== '' && isNumericRow(r.cells.slice(1))).flatMap((r) => {
    const category = compact(r.cells[0]);
    return SUMMARY_COLUMNS.flatMap((c) => {
      const year = d.year - c.yearsBack;
      const base = { idParts: [subject, category, c.measure, String(year)], family: 'travel', year, table: TRAVEL_SUMMARY_TABLE, line: r.line } as const;
      return d.figure({ ...base, subject, subjectCode: ownAccount(d, subject), category, ...travelClass(c, '2078') }, c, r.cells[summary.col(c.label)]);
    });
  });
  return [...totals, ...tripFacts(d, TRAVEL_TABLE, '開會', trips[0], trips[1]), ...tripFacts(d, MAINLAND_TABLE, '赴大陸地區', trips[2], trips[3])];
}

const SECTION = /^[一二三四五六七八九十]+[·・.]/;

/** Trips: left rows "NN name - 85" with days, people, fares; right rows with the rest and 歸屬預算科目. */
function tripFacts(d: Doc, table: string, category: string, left: Half, right: Half): Fact[] {
  // right rows: the first line of each trip has the 合計 figure (later lines list past trips)
  const total = right.col('合計');
  const rights = right.rows.filter((r) => filled(r.cells).length > 0 && /\d/.test(r.cells[total] ?? '') && !isDash(r.cells[total]));
  const sections = left.rows.filter((r) => SECTION.test(r.cells[0]));
  return d.pair(left.rows.filter((r) => /^\d{2}\s/.test(r.cells[0])), rights, table).flatMap(([l, r]) => {
    const m = /^(\d{2})\s+(.+?)\s*-?\s*(\d{2})$/.exec(l.cells[0]) ?? d.fail(l.line, `${table}: trip without number and field code`);
    const [no, name, field] = [m[1], cleanName(m[2]), m[3]];
    const section = sections.filter((s) => s.line < l.line).at(-1);
    const programme = cleanName(r.cells.find((c) => /[\u4e00-\u9fff]/.test(c) && cleanName(c).length > 4) ?? '');
    const note = [
      section ? cleanName(section.cells[0].replace(SECTION, '')) : category,
      `擬前往：${cleanText([l.cells[1]])}`,
      `${compact(d.cells(left.head)[2] ?? '')}：${cleanText([l.cells[2]])}`,
      `歸屬預算科目：${programme}`,
      `領域代碼 ${field}；項次 ${no}`,
    ].join('；');
    return TRIP_COLUMNS.flatMap((c) => {
      const [half, row] = left.at(c.label) >= 0 ? [left, l] : [right, r];
      const base = { idParts: [name, category, c.measure], family: 'travel', table, line: row.line, subject: name } as const;
      const codes = travelClass(c, table === MAINLAND_TABLE ? '2075' : '2078');
      return d.figure({ ...base, subjectCode: ownAccount(d, programme), category, ...codes, note }, c, row.cells[half.col(c.label)]);
    });
  });
}
