// A performance report (施政績效報告): budget execution (in 百萬元, and again in 億/萬元 in the
// prose that explains the gap) and the actual staff table. Both cover the whole ministry (62).
import type { Fact } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import { agencies, compact, type Doc } from './source.js';
import { agencyOf } from '../agencies.js';
import { parseNumber } from './text.js';

const GAP_TABLE = '預、決算落差原因分析';
const STAFF_TABLE = '機關實際員額';

const MEASURES: Record<string, string> = { 預算: 'budget', 決算: 'final' };

/** The execution table: 合計 / 主管總預算 / 特別預算 × 預算 / 決算 / 執行率, until section 二. */
function executionTable(d: Doc): Fact[] {
  const start = d.find((t) => t.includes('預決算趨勢'), 1, undefined, 'the execution table');
  const table = compact(d.text(start).replace(/^.、|（.*$/g, ''));
  let subject = '';
  const end = d.find((t) => t.startsWith('二、'), start, undefined, `the end of ${table}`);
  return d.rows(start + 1, end - 1, (c) => c.length >= 2 && c[0] !== '項目').flatMap(({ line, cells: c }) => {
    if (c[0]) subject = c[0];
    const value = parseNumber(c[c.length - 1]);
    const measure = c[1].startsWith('執行率') ? 'rate' : MEASURES[c[1]];
    if (value === null || !subject || !measure) return [];
    const base = { idParts: [subject, measure], table, line, family: 'execution', agency: '62', subject, measure } as const;
    if (measure === 'rate') return [d.fact({ ...base, value, unit: 'percent' })];
    return [d.fact({ ...base, value: value * 1_000_000, unit: 'TWD', note: '單位：百萬元' })];
  });
}

/** Money as the prose writes it, in NT$: "55 億 6,105 萬元", "1,612 萬元". */
function zhMoney(text: string): number[] {
  const n = (s?: string) => Number((s ?? '0').replace(/,/g, ''));
  const amounts = text.matchAll(/(?:(\d[\d,]*(?:\.\d+)?)\s*億\s*(?:(\d[\d,]*)\s*萬)?|(\d[\d,]*(?:\.\d+)?)\s*萬)\s*元/g);
  return [...amounts].map((m) => Math.round(n(m[1]) * 1e8 + n(m[2] ?? m[3]) * 1e4));
}

/** "(一) 公務預算：112 年度預算數 55 億 6,105 萬元，決算數 52 億 4,351 萬元，較預算數減少 3 億 1,754 萬元，主要係…" */
function gapProse(d: Doc): Fact[] {
  return d.lines.flatMap((l, i) => {
    const m = /^- \([一二三]\)\s*(公務預算|特別預算)：/.exec(l);
    if (!m) return [];
    const subject = m[1] === '公務預算' ? '主管總預算' : '特別預算';
    const money = zhMoney(l);
    const base = { table: GAP_TABLE, line: i + 1, family: 'execution', agency: '62', subject, unit: 'TWD', note: l.slice(l.indexOf('主要係')).trim() } as const;
    return ['budget', 'final', 'shortfall'].slice(0, money.length).map((measure, k) => d.fact({ ...base, idParts: [subject, measure, 'prose'], measure, value: money[k] }));
  });
}

/** 機關實際員額, until section 參: head counts at the end of December 112, and personnel cost. */
function staffTable(d: Doc): Fact[] {
  const start = d.find((t) => t.includes(STAFF_TABLE), 1, undefined, STAFF_TABLE);
  const end = d.find((t) => t.startsWith('參、'), start, undefined, `the end of ${STAFF_TABLE}`);
  return d.rows(start + 1, end - 1, (c) => c.length === 2 && c[0] !== '年度' && parseNumber(c[1]) !== null).map(({ line, cells: [label, cell] }) => {
    const value = parseNumber(cell)!;
    const base = { table: STAFF_TABLE, line, agency: '62' as const, subject: agencyOf(agencies(), '62').name };
    if (label.startsWith('人事費占決算比例')) return d.fact({ ...base, idParts: ['share'], family: 'personnel_cost', category: '人事費占決算比例', measure: 'share', value, unit: 'percent' });
    if (label.startsWith('人事費')) return d.fact({ ...base, idParts: ['actual'], family: 'personnel_cost', category: '人事費', measure: 'actual', value: value * 1000, unit: 'TWD', note: '實際人事費（決算）' });
    return d.fact({ ...base, idParts: [label], family: 'staff', category: label, measure: 'staff', value, unit: 'person', note: '機關實際員額係以該年度 12 月底現員人數為準' });
  });
}

export function parsePerformanceReport(d: Doc): ParserOutput {
  return { facts: [...executionTable(d), ...gapProse(d), ...staffTable(d)] };
}
