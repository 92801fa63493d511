// 派員出國計畫預算總表, 派員出國計畫預算類別表—開會、談判 and 派員赴大陸計畫預算類別表 of a unit budget.
import { type Doc, compact, filled, isDash, isNumericRow } from './source.js';
import { cleanName, cleanText } from './text.js';
import type { Fact, Unit } from '../schema.js';
import { accountCode } from './cost-summary.js';
import { tableEnd } from './openings.js';

export const TRAVEL_SUMMARY_TABLE = '派員出國計畫預算總表';
export const TRAVEL_TABLE = '派員出國計畫預算類別表—開會、談判';
export const MAINLAND_TABLE = '派員赴大陸計畫預算類別表';

const SUMMARY_MEASURES: Record<string, { measure: string; unit: Unit; unitLabel?: string; yearsBack: number }> = {
  本年度計畫項數: { measure: 'plans', unit: 'count', unitLabel: '項', yearsBack: 0 },
  本年度預計人天: { measure: 'person_days', unit: 'count', unitLabel: '人天', yearsBack: 0 },
  本年度預算數: { measure: 'budget', unit: 'TWD', yearsBack: 0 },
  上年度計畫項數: { measure: 'plans', unit: 'count', unitLabel: '項', yearsBack: 1 },
  上年度核定人天: { measure: 'person_days', unit: 'count', unitLabel: '人天', yearsBack: 1 },
  上年度預算數: { measure: 'budget', unit: 'TWD', yearsBack: 1 },
};

export function travelSummaryFacts(d: Doc): Fact[] {
  const title = d.find((t) => t === TRAVEL_SUMMARY_TABLE, 1, undefined, TRAVEL_SUMMARY_TABLE);
  const head = d.find((t) => compact(t).startsWith('類別'), title, undefined, 'header 類別');
  const labels = d.cells(head).map(compact);
  const end = d.find((t) => t === '數位發展部', head, undefined, 'next table');
  const out: Fact[] = [];
  for (const r of d.rows(head + 1, end - 1, (c) => c[0] !== '' && isNumericRow(c.slice(1)))) {
    const category = compact(r.cells[0]);
    labels.forEach((label, i) => {
      if (i === 0) return;
      const m = SUMMARY_MEASURES[label];
      if (!m) throw new Error(`${d.name}:${head}: unknown column "${label}"`);
      const cell = r.cells[i];
      if (isDash(cell)) return;
      out.push(
        d.fact({
          idParts: [d.agencyName, category, m.measure, String(d.year - m.yearsBack)],
          family: 'travel',
          year: d.year - m.yearsBack,
          table: TRAVEL_SUMMARY_TABLE,
          line: r.line,
          subject: d.agencyName,
          subjectCode: accountCode(d, d.agencyName),
          category,
          categoryCode: m.measure === 'budget' ? '2078' : null,
          nature: m.measure === 'budget' ? 'current' : null,
          measure: m.measure,
          value: m.unit === 'TWD' ? d.twd(cell, r.line) : d.num(cell, r.line),
          unit: m.unit,
          ...(m.unitLabel ? { unitLabel: m.unitLabel } : {}),
        }),
      );
    });
  }
  return out;
}

interface TripColumn {
  label: string; // header text, spaces removed
  measure: string;
  unit: Unit;
  unitLabel?: string;
}

const TRIP_COLUMNS: TripColumn[] = [
  { label: '預計天數', measure: 'days', unit: 'count', unitLabel: '天' },
  { label: '擬派人數', measure: 'people', unit: 'person', unitLabel: '人' },
  { label: '交通費', measure: 'transport', unit: 'TWD' },
  { label: '生活費', measure: 'living', unit: 'TWD' },
  { label: '辦公費', measure: 'office', unit: 'TWD' },
  { label: '合計', measure: 'budget', unit: 'TWD' },
];

/** Index of each known column in a header block (labels may sit on either header line). */
function headerIndex(d: Doc, lines: number[]): Map<string, { line: number; index: number }> {
  const out = new Map<string, { line: number; index: number }>();
  for (const n of lines) {
    d.cells(n).forEach((cell, index) => {
      const label = compact(cell);
      if (TRIP_COLUMNS.some((c) => c.label === label) && !out.has(label)) out.set(label, { line: n, index });
    });
  }
  return out;
}

interface TripTable {
  table: string;
  category: string;
  leftHead: number; // first header line of the left half
  rightHead: number; // first header line of the right half
  end: number;
}

/** Trips: left rows "NN name - 85" with days, people, fares; right rows with the rest and 歸屬預算科目. */
function tripFacts(d: Doc, t: TripTable): Fact[] {
  const leftIdx = headerIndex(d, [t.leftHead, t.leftHead + 1]);
  const rightIdx = headerIndex(d, [t.rightHead, t.rightHead + 1]);
  const isTrip = (c: string[]) => /^\d{2}\s/.test(c[0]);
  const left = d.rows(t.leftHead + 1, t.rightHead - 1, isTrip);
  // right rows: the first line of each trip has the 合計 figure (later lines list past trips)
  const totalAt = rightIdx.get('合計');
  if (!totalAt) throw new Error(`${d.name}:${t.rightHead}: ${t.table}: no 合計 column`);
  const right = d.rows(t.rightHead + 2, t.end - 1, (c) => filled(c).length > 0 && /\d/.test(c[totalAt.index] ?? '') && !isDash(c[totalAt.index]));
  const sections = d.rows(t.leftHead + 2, t.rightHead - 1, (c) => /^[一二三四五六七八九十]+[·・.]/.test(c[0]));
  const out: Fact[] = [];
  for (const [l, r] of d.pair(left, right, t.table)) {
    const m = /^(\d{2})\s+(.+?)\s*-?\s*(\d{2})$/.exec(l.cells[0]);
    if (!m) throw new Error(`${d.name}:${l.line}: trip without number and field code`);
    const [no, name, field] = [m[1], cleanName(m[2]), m[3]];
    const section = [...sections].reverse().find((s) => s.line < l.line);
    const chargedTo = r.cells.find((c) => /[\u4e00-\u9fff]/.test(c) && cleanName(c).length > 4) ?? '';
    const programme = cleanName(chargedTo);
    const note = [
      section ? `${cleanName(section.cells[0].replace(/^[一二三四五六七八九十]+[·・.]/, ''))}` : t.category,
      `擬前往：${cleanText([l.cells[1]])}`,
      `${compact(d.cells(t.leftHead)[2] ?? '')}：${cleanText([l.cells[2]])}`,
      `歸屬預算科目：${programme}`,
      `領域代碼 ${field}；項次 ${no}`,
    ].join('；');
    for (const col of TRIP_COLUMNS) {
      const inLeft = leftIdx.get(col.label);
      const at = inLeft ? { row: l, index: inLeft.index } : rightIdx.has(col.label) ? { row: r, index: rightIdx.get(col.label)!.index } : null;
      if (!at) throw new Error(`${d.name}: ${t.table}: no column ${col.label}`);
      const cell = at.row.cells[at.index] ?? '';
      if (cell === '' || isDash(cell)) continue;
      out.push(
        d.fact({
          idParts: [name, t.category, col.measure],
          family: 'travel',
          table: t.table,
          line: at.row.line,
          subject: name,
          subjectCode: accountCode(d, programme),
          category: t.category,
          categoryCode: col.unit === 'TWD' ? (t.table === MAINLAND_TABLE ? '2075' : '2078') : null,
          nature: col.unit === 'TWD' ? 'current' : null,
          measure: col.measure,
          value: col.unit === 'TWD' ? d.twd(cell, at.row.line) : d.num(cell, at.row.line),
          unit: col.unit,
          ...(col.unitLabel ? { unitLabel: col.unitLabel } : {}),
          note,
        }),
      );
    }
  }
  return out;
}

export function travelFacts(d: Doc): Fact[] {
  const summaryEnd = d.find((t) => t === TRAVEL_SUMMARY_TABLE, 1, undefined, TRAVEL_SUMMARY_TABLE);
  const abroadTitle = d.find((t) => t === '派員出國計畫預算類別表', summaryEnd, undefined, '派員出國計畫預算類別表');
  const abroadLeft = d.find((t) => t.startsWith('計畫名稱及領域代碼'), abroadTitle, undefined, 'header 計畫名稱');
  const abroadRight = d.find((t) => compact(t).startsWith('預算'), abroadLeft, undefined, 'header 預算');
  const mainlandLeft = d.find((t) => t.startsWith('計畫名稱及領域代碼'), abroadRight, undefined, 'header 計畫名稱 (大陸)');
  const mainlandRight = d.find((t) => compact(t).startsWith('旅費預算'), mainlandLeft, undefined, 'header 旅費預算');
  const mainlandEnd = tableEnd(d, mainlandRight, '派員出國計畫') + 1;
  if (!compact(d.cells(mainlandLeft).join('')).includes('擬拜會單位')) throw new Error(`${d.name}:${mainlandLeft}: not the mainland table`);
  return [
    ...travelSummaryFacts(d),
    ...tripFacts(d, { table: TRAVEL_TABLE, category: '開會', leftHead: abroadLeft, rightHead: abroadRight, end: mainlandLeft }),
    ...tripFacts(d, { table: MAINLAND_TABLE, category: '赴大陸地區', leftHead: mainlandLeft, rightHead: mainlandRight, end: mainlandEnd }),
  ];
}
