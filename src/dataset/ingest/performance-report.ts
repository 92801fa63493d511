// A performance report (施政績效報告): budget execution (in 百萬元, and again in 億/萬元 in the
// prose that explains the gap) and the actual staff table.
import type { Fact } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import type { Doc } from './source.js';
import { findZhMoney } from './zh-amount.js';
import { cells, parseNumber } from './text.js';

const GAP_TABLE = '預、決算落差原因分析';
const STAFF_TABLE = '機關實際員額';

const MEASURES: Record<string, string> = { 預算: 'budget', 決算: 'final' };

/** The execution table: 合計 / 主管總預算 / 特別預算 × 預算 / 決算 / 執行率. Covers the whole ministry (62). */
function executionTable(d: Doc, lines: string[]): Fact[] {
  const start = lines.findIndex((l) => l.includes('預決算趨勢'));
  const execTable = lines[start].replace(/^.、|（.*$/g, '').replace(/\s+/g, '');
  const out: Fact[] = [];
  let subject = '';
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('二、'); i++) {
    const c = cells(lines[i]);
    if (c.length < 2 || c[0] === '項目') continue;
    if (c[0]) subject = c[0];
    const label = c[1];
    const value = parseNumber(c[c.length - 1]);
    if (value === null || !subject) continue;
    const isRate = label.startsWith('執行率');
    const measure = isRate ? 'rate' : MEASURES[label];
    if (!measure) continue;
    out.push(d.fact({
      idParts: [subject, measure], table: execTable, line: i + 1, family: 'execution', agency: '62',
      subject, measure, value: isRate ? value : value * 1_000_000, unit: isRate ? 'percent' : 'TWD',
      note: isRate ? undefined : '單位：百萬元',
    }));
  }
  return out;
}

/** "(一) 公務預算：112 年度預算數 55 億 6,105 萬元，決算數 52 億 4,351 萬元，較預算數減少 3 億 1,754 萬元，主要係…" */
function gapProse(d: Doc, lines: string[]): Fact[] {
  const out: Fact[] = [];
  lines.forEach((l, i) => {
    const m = l.match(/^- \([一二三]\)\s*(公務預算|特別預算)：/);
    if (!m) return;
    const subject = m[1] === '公務預算' ? '主管總預算' : '特別預算';
    const money = findZhMoney(l);
    const reason = l.slice(l.indexOf('主要係')).trim();
    ['budget', 'final', 'shortfall'].forEach((measure, k) => {
      if (!money[k]) return;
      out.push(d.fact({
        idParts: [subject, measure, 'prose'], table: GAP_TABLE, line: i + 1, family: 'execution', agency: '62',
        subject, measure, value: money[k].value, unit: 'TWD', note: reason,
      }));
    });
  });
  return out;
}

/** 機關實際員額: head counts at the end of December 112, and personnel cost. */
function staffTable(d: Doc, lines: string[]): Fact[] {
  const start = lines.findIndex((l) => l.includes('機關實際員額'));
  const out: Fact[] = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('參、'); i++) {
    const c = cells(lines[i]);
    if (c.length !== 2 || c[0] === '年度') continue;
    const value = parseNumber(c[1]);
    if (value === null) continue;
    const base = { table: STAFF_TABLE, line: i + 1, agency: '62' as const, subject: '數位發展部主管' };
    if (c[0].startsWith('人事費占決算比例')) out.push(d.fact({ ...base, idParts: ['share'], family: 'personnel_cost', category: '人事費占決算比例', measure: 'share', value, unit: 'percent' }));
    else if (c[0].startsWith('人事費')) out.push(d.fact({ ...base, idParts: ['actual'], family: 'personnel_cost', category: '人事費', measure: 'actual', value: value * 1000, unit: 'TWD', note: '實際人事費（決算）' }));
    else out.push(d.fact({ ...base, idParts: [c[0]], family: 'staff', category: c[0], measure: 'staff', value, unit: 'person', note: '機關實際員額係以該年度 12 月底現員人數為準' }));
  }
  return out;
}

export function parsePerformanceReport(d: Doc): ParserOutput {
  const { lines } = d;
  return { facts: [...executionTable(d, lines), ...gapProse(d, lines), ...staffTable(d, lines)] };
}
