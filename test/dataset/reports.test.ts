// Documents 001 (execution, staff) and 003 (major plans): their own sums, and their source lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePerformanceReport } from '../../src/dataset/ingest/performance-report.js';
import { parseMajorPlans } from '../../src/dataset/ingest/major-plans.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';
import { seed } from './seeds.js';

const facts = parsePerformanceReport(seed('performance-report')).facts!;
const plans = parseMajorPlans(seed('major-plans')).major_plans!;
const lineOf = (doc: string, n: number) => readFileSync(join(SOURCES_DIR, doc), 'utf8').split('\n')[n - 1];
const printed = (v: number, scale: number) => new Intl.NumberFormat('en-US').format(v / scale);

describe('the performance report', () => {
  const exec = (subject: string, measure: string, table = '機關112年度預決算趨勢') =>
    facts.find((f) => f.family === 'execution' && f.subject === subject && f.measure === measure && f.table === table)!.value;

  it('adds the ministry budget and the special budget to the total', () => {
    for (const m of ['budget', 'final']) expect(exec('合計', m)).toBe(exec('主管總預算', m) + exec('特別預算', m));
  });
  it('prints rates that equal final ÷ budget to the printed precision', () => {
    for (const s of ['合計', '主管總預算', '特別預算']) expect(Math.abs((exec(s, 'final') / exec(s, 'budget')) * 100 - exec(s, 'rate'))).toBeLessThan(0.05);
  });
  it('states the same budgets in the prose to the nearest 萬元', () => {
    for (const s of ['主管總預算', '特別預算']) {
      const prose = exec(s, 'budget', '預、決算落差原因分析');
      expect(Math.abs(prose - exec(s, 'budget'))).toBeLessThan(1_000_000);
      expect(exec(s, 'budget', '預、決算落差原因分析') - exec(s, 'final', '預、決算落差原因分析')).toBe(exec(s, 'shortfall', '預、決算落差原因分析'));
    }
  });
  it('adds staff categories to the total', () => {
    const staff = facts.filter((f) => f.family === 'staff');
    const total = staff.find((f) => f.category === '合計')!.value;
    expect(staff.filter((f) => f.category !== '合計').reduce((s, f) => s + f.value, 0)).toBe(total);
  });
  it('reads every figure from its line', () => {
    for (const f of facts.filter((x) => x.table !== '預、決算落差原因分析')) {
      const line = lineOf(f.doc, f.line);
      const shown = f.unit === 'percent' ? f.value.toFixed(2) : f.unit === 'TWD' ? printed(f.value, f.table === '機關實際員額' ? 1000 : 1_000_000) : String(f.value);
      expect(line, f.id).toContain(shown);
    }
  });
});

describe('the major-plans table', () => {
  it('has every plan of the table once', () => {
    const text = readFileSync(join(SOURCES_DIR, seed('major-plans').name), 'utf8');
    const rows = text.split('\n').filter((l) => l.split('\t').length === 7 && l.split('\t')[0] !== '' && !l.startsWith('計畫名稱'));
    expect(plans.length).toBe(rows.length);
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length);
  });
  it('never executes more than it budgeted, nor budgets more than approved', () => {
    for (const p of plans) {
      expect(p.executedToDate!, p.name).toBeLessThanOrEqual(p.budgetedToDate!);
      expect(p.budgetedToDate!, p.name).toBeLessThanOrEqual(p.approvedTotal!);
    }
  });
  it('reads every amount from its line and pairs each plan with its right half', () => {
    for (const p of plans) {
      const line = lineOf(p.doc, p.line);
      for (const v of [p.approvedTotal!, p.budgetedToDate!, p.executedToDate!]) expect(line, p.name).toContain(printed(v, 1000));
      expect(p.progress.length, p.name).toBeGreaterThan(10);
      expect(p.achievement.length, p.name).toBeGreaterThan(10);
      expect(p.startYear!).toBeLessThanOrEqual(p.endYear!);
    }
  });
});
