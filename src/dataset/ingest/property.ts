// 公務車輛明細表 and 現有辦公房舍明細表 of a unit budget.
import { type Doc, compact, filled, isDash, isNumberCell, type Row } from './source.js';
import { cleanName, cleanText } from './text.js';
import type { Fact } from '../schema.js';
import type { Unit } from '../schema.js';
import { tableEnd } from './openings.js';

export const VEHICLE_TABLE = '公務車輛明細表';
export const OFFICE_TABLE = '現有辦公房舍明細表';

function columnIndex(d: Doc, cells: string[], label: string, line: number): number {
  const i = cells.findIndex((c) => compact(c).startsWith(label));
  if (i < 0) throw new Error(`${d.name}:${line}: no column "${label}"`);
  return i;
}

interface Measure {
  measure: string;
  index: number;
  unit: Unit;
  unitLabel?: string;
}

export function vehicleFacts(d: Doc): Fact[] {
  const title = d.find((t) => t === VEHICLE_TABLE, 1, undefined, VEHICLE_TABLE);
  const head = d.find((t) => t.startsWith('車輛數'), title, undefined, 'header 車輛數');
  const h = d.cells(head);
  const sub = d.cells(head + 1);
  const measures: Measure[] = [
    { measure: 'count', index: columnIndex(d, h, '車輛數', head), unit: 'count', unitLabel: '輛' },
    { measure: 'passengers', index: columnIndex(d, h, '乘客人數', head), unit: 'person', unitLabel: '人' },
    { measure: 'displacement', index: columnIndex(d, h, '汽缸總排氣量', head), unit: 'count', unitLabel: '立方公分' },
    { measure: 'fuel_litres', index: columnIndex(d, sub, '數量(公升)', head + 1), unit: 'count', unitLabel: '公升' },
    { measure: 'fuel_cost', index: columnIndex(d, sub, '金額', head + 1), unit: 'TWD' },
    { measure: 'maintenance', index: columnIndex(d, h, '養護費', head), unit: 'TWD' },
    { measure: 'other', index: columnIndex(d, h, '其他', head), unit: 'TWD' },
  ];
  const typeCol = columnIndex(d, h, '車輛種類', head);
  const dateCol = columnIndex(d, h, '購置年月', head);
  const noteCol = columnIndex(d, h, '備註', head);
  const end = d.find((t) => compact(t).startsWith('合計'), head, undefined, '合計');
  const out: Fact[] = [];
  for (const r of d.rows(head + 2, end, (c) => (c[typeCol] ?? '') !== '')) {
    const isTotal = compact(r.cells[typeCol]) === '合計';
    const [category, subject] = isTotal ? ['合計', d.agencyName] : splitType(d, r.cells[typeCol]);
    const note = isTotal ? undefined : `購置年月 ${r.cells[dateCol]}；備註：${cleanText([r.cells[noteCol]])}`;
    for (const m of measures) {
      const cell = r.cells[m.index] ?? '';
      if (cell === '' || isDash(cell)) continue;
      out.push(
        d.fact({
          idParts: [subject, category, m.measure],
          family: 'vehicles',
          table: VEHICLE_TABLE,
          line: r.line,
          subject,
          category,
          measure: m.measure,
          value: m.unit === 'TWD' ? d.twd(cell, r.line) : d.num(cell, r.line),
          unit: m.unit,
          ...(m.unitLabel ? { unitLabel: m.unitLabel } : {}),
          ...(note ? { note } : {}),
        }),
      );
    }
  }
  return out;
}

/** "現有車輛： 首長專用車" → ["現有車輛", "首長專用車"]. */
function splitType(d: Doc, cell: string): [string, string] {
  const m = /^(.+?)[：:]\s*(.+)$/.exec(cell);
  if (!m) throw new Error(`${d.name}: vehicle type without a group: "${cell}"`);
  return [cleanName(m[1]), cleanName(m[2])];
}

const OFFICE_MEASURES: Record<string, Omit<Measure, 'index'>> = {
  單位數: { measure: 'units', unit: 'count' },
  面積: { measure: 'area', unit: 'sqm', unitLabel: '平方公尺' },
  取得成本: { measure: 'cost', unit: 'TWD' },
  押金: { measure: 'deposit', unit: 'TWD' },
  租金: { measure: 'rent', unit: 'TWD' },
  年需養護費: { measure: 'maintenance', unit: 'TWD' },
};

/** Groups and measures of a two-line header: group labels above, measure labels below. */
function officeColumns(d: Doc, groupLine: number): { group: string; label: string; index: number }[] {
  const g = d.cells(groupLine);
  const m = d.cells(groupLine + 1);
  let group = '';
  return m.map((label, index) => {
    if (g[index]) group = compact(g[index]);
    return { group, label: compact(label), index };
  });
}

function officeFact(d: Doc, category: string | null, group: string, label: string, cell: string, line: number, extra?: string): Fact {
  const m = OFFICE_MEASURES[label];
  if (!m) throw new Error(`${d.name}:${line}: unknown office column "${label}"`);
  const units = /^(\d+)(\D+)$/.exec(cell);
  const value = m.unit === 'TWD' ? d.twd(cell, line) : units ? Number(units[1]) : d.num(cell, line);
  return d.fact({
    idParts: [d.agencyName, category ?? `line${line}`, group, m.measure],
    family: 'office_space',
    table: OFFICE_TABLE,
    line,
    subject: d.agencyName,
    category,
    measure: m.measure,
    value,
    unit: m.unit,
    ...(units ? { unitLabel: units[2] } : m.unitLabel ? { unitLabel: m.unitLabel } : {}),
    note: [group, extra].filter(Boolean).join('；'),
  });
}

/**
 * The left half (自有, 無償借用) prints seven row labels; the right half (有償租用或借用, 合計) nine
 * rows, so only its first row (一、辦公房屋) and last row (合計) can be named. A middle row with
 * figures is kept without a category.
 */
export function officeFacts(d: Doc): Fact[] {
  const title = d.find((t) => t === '現有辦公房', 1, undefined, '現有辦公房');
  const rightTitle = d.find((t) => t === '舍明細表', title, undefined, '舍明細表');
  const leftHead = d.find((t) => compact(t).startsWith('區分'), title, rightTitle, 'header 區分');
  const leftCols = officeColumns(d, leftHead).filter((c) => c.index > 0);
  const left = d.rows(leftHead + 2, rightTitle - 1, (c) => c[0] !== '' && filled(c.slice(1)).every(isNumberCell) && filled(c).length > 1);
  const rightHead = d.find((t) => compact(t).startsWith('有償租用或借用'), rightTitle, undefined, 'header 有償租用或借用');
  const rightCols = officeColumns(d, rightHead).filter((c) => c.group !== '合計');
  const rightEnd = tableEnd(d, rightHead, OFFICE_TABLE) + 1;
  const right = d.rows(rightHead + 2, rightEnd - 1, (c) => filled(c).length > 0 && filled(c).every((x) => isNumberCell(x) || /^\d+\D+$/.test(x)));
  const labels = left.map((r) => cleanName(r.cells[0].replace(/^[一二三四五六七八九十]+、|^\d+\s+/, '')));
  const out: Fact[] = [];
  left.forEach((r, i) => {
    for (const col of leftCols) {
      const cell = r.cells[col.index] ?? '';
      if (cell !== '' && !isDash(cell)) out.push(officeFact(d, labels[i], col.group, col.label, cell, r.line));
    }
  });
  right.forEach((r: Row, i) => {
    const named = i === 0 ? labels[0] : i === right.length - 1 ? labels[labels.length - 1] : null;
    for (const col of rightCols) {
      const cell = r.cells[col.index] ?? '';
      if (cell === '' || isDash(cell)) continue;
      const extra = named ? undefined : `列名未能對應：左半表 ${left.length} 列、右半表 ${right.length} 列`;
      out.push(officeFact(d, named, col.group, col.label, cell, r.line, extra));
    }
  });
  return out;
}
