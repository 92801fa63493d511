// Tables of document 002 that spread the agency's budget by object class:
// 各項費用彙計表 (classes × programmes), 歲出一級用途別科目分析表 (agency/function/programme rows,
// current and capital columns) and 資本支出分析表 (capital expenditure by asset type).
import { type Doc, compact, filled, isDash, isNumericRow } from './source.js';
import type { Fact } from '../schema.js';
import { ACCOUNT_CODE_CORRECTIONS, correctionFor } from './doc002-corrections.js';
import { natureOf, parseProgrammes } from './doc002-programmes.js';

export const COST_TABLE = '各項費用彙計表';
export const ONE_LEVEL_TABLE = '歲出一級用途別科目分析表';
export const CAPITAL_TABLE = '資本支出分析表';

/** Object-class code by name, from the classes printed under the sub-programmes. */
export function classCode(d: Doc, name: string): string | null {
  for (const p of parseProgrammes(d)) for (const s of p.subs) for (const c of s.classes) if (c.name === name) return c.code;
  return null;
}

/** Account number of a row named in the by-agency tables. */
export function accountCode(d: Doc, name: string): string {
  const prog = parseProgrammes(d).find((p) => p.name === name);
  if (prog) return prog.code;
  for (const c of ACCOUNT_CODE_CORRECTIONS) {
    const m = /^\d+\s+(.+)$/.exec(c.printed);
    if (m && m[1] === name && correctionFor(d, ACCOUNT_CODE_CORRECTIONS, c.printed)) return c.corrected;
  }
  throw new Error(`no account number for "${name}"`);
}

// ---------- 各項費用彙計表 ----------

export function costSummaryFacts(d: Doc): Fact[] {
  const start = d.find((t) => t === COST_TABLE, 1, undefined, COST_TABLE);
  const end = d.find((t) => t === '歲出一級用途', start, undefined, '歲出一級用途');
  const out: Fact[] = [];
  let columns: { index: number; code: string | null; name: string }[] = [];
  for (let n = start; n < end; n++) {
    const c = d.cells(n);
    if (c[0].startsWith('工作計畫名稱及編號')) {
      columns = c
        .map((cell, index) => ({ cell, index }))
        .filter((x) => x.index > 0 && x.cell !== '')
        .map(({ cell, index }) => {
          const m = /^(\d{10})\s+(.+)$/.exec(cell);
          if (m) return { index, code: m[1], name: parseProgrammes(d).find((p) => p.code === m[1])?.name ?? cell };
          if (compact(cell) !== '合計') throw new Error(`line ${n}: unknown column "${cell}"`);
          return { index, code: null, name: d.agencyName };
        });
      continue;
    }
    const row = /^(\d{4})\s+(.+)$/.exec(c[0]);
    const isTotal = compact(c[0]) === '合計';
    if (!row && !isTotal) continue;
    if (columns.length === 0) throw new Error(`line ${n}: ${COST_TABLE} row before its header`);
    for (const col of columns) {
      const cell = c[col.index] ?? '';
      if (cell === '' || isDash(cell)) continue;
      const category = isTotal ? '合計' : row![2].trim();
      const code = isTotal ? null : row![1];
      out.push(
        d.fact({
          idParts: ['summary', col.name, category],
          family: 'object_class',
          table: COST_TABLE,
          line: n,
          subject: col.name,
          subjectCode: col.code ?? accountCode(d, d.agencyName),
          category,
          categoryCode: code,
          nature: code ? natureOf(code) : null,
          measure: 'budget',
          value: d.twd(cell, n),
          unit: 'TWD',
        }),
      );
    }
  }
  return out;
}

// ---------- 歲出一級用途別科目分析表 ----------

export interface AnalysisColumn {
  category: string;
  nature: 'current' | 'capital' | null;
  value: number;
  line: number;
  cell: string;
}

export interface AnalysisRow {
  name: string;
  code: string;
  leftLine: number;
  columns: AnalysisColumn[];
}

/** Left half: 款 項 目 節 名稱 | current classes; right half: the rest, then 合計. */
export function oneLevelRows(d: Doc): AnalysisRow[] {
  const leftStart = d.find((t) => t === '歲出一級用途', 1, undefined, '歲出一級用途');
  const rightStart = d.find((t) => t === '別科目分析表', leftStart, undefined, '別科目分析表');
  const leftHead = d.find((t) => t.startsWith('款\t'), leftStart, rightStart, 'header 款');
  const leftLabels = d.cells(leftHead).slice(5);
  const left = d.rows(leftHead + 1, rightStart - 1, (c) => (c[4] ?? '') !== '' && isNumericRow(c.slice(5)));
  const groupHead = d.find((t) => compact(t).includes('資本支出'), rightStart, undefined, 'header 資本支出');
  const group = d.cells(groupHead);
  const sub = d.cells(groupHead + 1);
  const capitalFrom = group.findIndex((x) => compact(x) === '資本支出');
  const rightEnd = d.find((t) => t.startsWith('科 目'), groupHead, undefined, 'next table');
  const right = d.rows(groupHead + 2, rightEnd - 1, isNumericRow);
  return d.pair(left, right, ONE_LEVEL_TABLE).map(([l, r]) => {
    const name = l.cells[4];
    const columns: AnalysisColumn[] = leftLabels.map((label, i) => ({
      category: compact(label),
      nature: 'current' as const,
      value: d.twd(l.cells[5 + i], l.line),
      line: l.line,
      cell: l.cells[5 + i],
    }));
    const values = filled(r.cells);
    values.forEach((cell, i) => {
      const label = compact(sub[i] || group[i] || '');
      const nature = label === '合計' ? null : i < capitalFrom ? 'current' : 'capital';
      if (!label) throw new Error(`line ${r.line}: value in an unnamed column`);
      const category = label === '小計' ? (nature === 'current' ? '經常支出小計' : '資本支出小計') : label;
      columns.push({ category, nature, value: d.twd(cell, r.line), line: r.line, cell });
    });
    return { name, code: accountCode(d, name), leftLine: l.line, columns };
  });
}

export function oneLevelFacts(d: Doc): Fact[] {
  const out: Fact[] = [];
  for (const row of oneLevelRows(d)) {
    for (const col of row.columns) {
      if (isDash(col.cell)) continue;
      out.push(
        d.fact({
          idParts: ['analysis', row.name, col.nature ?? 'total', col.category],
          family: 'object_class',
          table: ONE_LEVEL_TABLE,
          line: col.line,
          subject: row.name,
          subjectCode: row.code,
          category: col.category,
          categoryCode: classCode(d, col.category),
          nature: col.nature,
          measure: 'budget',
          value: col.value,
          unit: 'TWD',
        }),
      );
    }
  }
  return out;
}

// ---------- 資本支出分析表 ----------

export function capitalFacts(d: Doc): Fact[] {
  const after = d.find((t) => t === '別科目分析表', 1, undefined, '別科目分析表');
  const leftHead = d.find((t) => t.startsWith('款\t') && compact(t).includes('土地'), after, undefined, 'header 土地');
  const rightStart = d.find((t) => t === '分析表', leftHead, undefined, '分析表');
  const leftLabels = d.cells(leftHead).slice(5).map(compact);
  const left = d.rows(leftHead + 1, rightStart - 1, (c) => (c[4] ?? '') !== '' && isNumericRow(c.slice(5)));
  const labelLine = d.find((t) => compact(t).startsWith('運輸設備'), rightStart, undefined, 'header 運輸設備');
  const rightLabels = d.cells(labelLine).map(compact);
  const rightEnd = d.find((t) => /^本\s*頁\s*空\s*白$/.test(t) || t.endsWith('人事費彙計表'), labelLine, undefined, 'end');
  const right = d.rows(labelLine + 1, rightEnd - 1, isNumericRow);
  const out: Fact[] = [];
  for (const [l, r] of d.pair(left, right, CAPITAL_TABLE)) {
    const m = /^(\d{9,10})\s+(.+)$/.exec(l.cells[4]);
    if (!m) throw new Error(`line ${l.line}: no account number`);
    const code = m[1].length === 10 ? m[1] : correctionFor(d, ACCOUNT_CODE_CORRECTIONS, l.cells[4]);
    if (!code) throw new Error(`line ${l.line}: account number "${m[1]}" has no correction`);
    const name = m[2].trim();
    const cellsOf: { label: string; cell: string; line: number }[] = [
      ...leftLabels.map((label, i) => ({ label, cell: l.cells[5 + i], line: l.line })),
      ...filled(r.cells).map((cell, i, all) => ({ label: i === all.length - 1 ? '合計' : rightLabels[i] ?? '', cell, line: r.line })),
    ];
    for (const { label, cell, line } of cellsOf) {
      if (isDash(cell)) continue;
      if (!label) throw new Error(`line ${line}: capital amount in an unnamed column`);
      out.push(
        d.fact({
          idParts: [name, label],
          family: 'capital_asset',
          table: CAPITAL_TABLE,
          line,
          subject: name,
          subjectCode: code,
          category: label,
          categoryCode: null,
          nature: 'capital',
          measure: 'budget',
          value: d.twd(cell, line),
          unit: 'TWD',
        }),
      );
    }
  }
  return out;
}
