import { describe, expect, it } from 'vitest';
import { BudgetLine } from '../../src/dataset/schema.js';
import { parseMinistryBudgetLines } from '../../src/dataset/ingest/book.js';
import { seed } from './seeds.js';
import { cells, readSource, thousandsToTwd } from '../../src/dataset/ingest/text.js';

const book = seed('ministry-budget');
const lines = BudgetLine.array().parse(parseMinistryBudgetLines(book));
const source = readSource(book.name).lines;
const byId = new Map(lines.map((l) => [l.id, l]));
const exp = lines.filter((l) => l.kind === 'expenditure' && l.level !== 'plan');
const plans = lines.filter((l) => l.level === 'plan');
const children = (l: BudgetLine) => lines.filter((c) => c.parent === l.id && c.level !== 'plan');
/** an amount in NT$ as the book prints it in 千元 */
const printed = (v: number) => (v === 0 ? '-' : (v / 1000).toLocaleString('en-US'));
const sum = (ls: BudgetLine[], f: (l: BudgetLine) => number | null) => ls.reduce((s, l) => s + (f(l) ?? 0), 0);
/**
 * Final accounts are actual spending rounded to 千元 row by row, so a parent can differ from the
 * sum of its rounded children by up to half a 千元 per figure involved.
 */
const roundingSlack = (n: number) => 500 * (n + 1);

describe('doc 000 budget lines', () => {
  it('has expenditure, revenue and plan lines with unique ids and resolvable parents', () => {
    expect(exp.length).toBeGreaterThan(15);
    expect(plans.length).toBeGreaterThan(20);
    expect(lines.filter((l) => l.table === '歲入來源別預算表').length).toBeGreaterThan(30);
    expect(lines.filter((l) => l.table === '歲入來源別預算比較總表').length).toBeGreaterThan(5);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) if (l.parent) expect(byId.has(l.parent), l.id).toBe(true);
  });

  it('every row: change = budget − previous budget', () => {
    for (const l of lines.filter((l) => l.level !== 'plan')) {
      expect(l.change, l.id).toBe(l.budget! - l.previousBudget!);
    }
  });

  it('every parent equals the sum of its non-plan children in all three year columns', () => {
    let checked = 0;
    for (const l of lines) {
      const kids = children(l);
      if (!kids.length) continue;
      checked++;
      expect(sum(kids, (k) => k.budget), l.id).toBe(l.budget);
      expect(sum(kids, (k) => k.previousBudget), l.id).toBe(l.previousBudget);
      const gap = Math.abs(sum(kids, (k) => k.finalAccount) - l.finalAccount!);
      expect(gap, l.id).toBeLessThanOrEqual(roundingSlack(kids.length));
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('the three agencies add up to the 62 line', () => {
    const top = exp.filter((l) => l.agency === '62');
    expect(top).toHaveLength(1);
    const agencies = exp.filter((l) => l.level === 'agency' && l.agency !== '62');
    expect(agencies.map((a) => a.agency).sort()).toEqual(['6201', '6210', '6220']);
    for (const a of agencies) expect(a.parent).toBe(top[0].id);
    expect(sum(agencies, (a) => a.budget)).toBe(top[0].budget);
  });

  it('agency lines match 歲出機關別預算比較總表', () => {
    const start = source.findIndex((s) => /歲出機關別預算比較總表/.test(s) && !/頁/.test(s));
    const rows = new Map<string, (number | null)[]>();
    for (let i = start; i < start + 20; i++) {
      const cs = cells(source[i]).filter(Boolean);
      if (cs.length === 6 || cs.length === 5) rows.set(cs.at(-5)!, cs.slice(-4).map(thousandsToTwd));
    }
    const agencies = exp.filter((l) => l.level === 'agency');
    expect(agencies).toHaveLength(4);
    for (const a of agencies) {
      expect(rows.get(a.name), a.name).toEqual([a.budget, a.previousBudget, a.finalAccount, a.change]);
    }
  });

  it('each row points at a source line with its code (or name) and its figures as printed', () => {
    for (const l of lines.filter((l) => l.level !== 'plan')) {
      const text = source[l.line - 1];
      const cs = cells(text);
      if (l.code) expect(cs.some((c) => c.startsWith(l.code!)), l.id).toBe(true);
      else expect(text.replace(/\s/g, ''), l.id).toContain(l.name);
      expect(cs, l.id).toContain(printed(l.budget!));
      expect(cs, l.id).toContain(printed(l.previousBudget!));
      expect(cs, l.id).toContain(printed(l.finalAccount!));
    }
  });

  it('each plan points at a line with its amount, and its clause is in its parent explanation', () => {
    for (const p of plans) {
      const parent = byId.get(p.parent!)!;
      expect(parent.explanation, p.id).toContain(p.explanation);
      const figure = p.budget ? printed(p.budget) : printed(Math.abs(p.change!));
      expect(source[p.line - 1], p.id).toContain(figure);
      expect(p.explanation, p.id).toContain(`${figure}千元`);
    }
  });

  it('a row explanation is its own: it names its budget and no other row’s', () => {
    const admin = exp.find((l) => l.code === '5262010100')!;
    expect(admin.explanation).toContain(`${printed(admin.budget!)}千元`);
    let checked = 0;
    for (const l of exp) {
      const stated = [...(l.explanation ?? '').matchAll(/本年度預算數(\d[\d,]*)千元/g)];
      if (!stated.length) continue;
      checked++;
      expect(stated.map((m) => m[1]), l.id).toEqual([printed(l.budget!)]);
    }
    expect(checked).toBeGreaterThan(8);
    // every leaf line has an explanation, free of page furniture and HTML
    for (const l of exp.filter((l) => !children(l).length)) expect(l.explanation, l.id).toBeTruthy();
    for (const l of lines) {
      expect(l.explanation ?? '', l.id).not.toMatch(/<\/?p>|歲出機關別預算表|單位：|經資門併計|名稱及編號/);
    }
  });

  it('a change cell fused with its explanation (`-仍照…`) gives change 0 and the text', () => {
    const isRow = (cs: string[]) => cs.some((c) => /^\d{9,10}\s/.test(c));
    const fused = source.flatMap((s, i) => (isRow(cells(s)) && cells(s).some((c) => /^-\D/.test(c)) ? [i + 1] : []));
    expect(fused.length).toBeGreaterThan(0);
    for (const n of fused) {
      const l = lines.find((x) => x.line === n && x.level !== 'plan')!;
      const cell = cells(source[n - 1]).find((c) => /^-\D/.test(c))!;
      expect(l.change).toBe(0);
      expect(l.explanation).toBe(cell.slice(1));
    }
  });

  it('numbered plan items reconcile with their row: budgets add up, or every change adds up', () => {
    const parents = new Set(plans.map((p) => p.parent!));
    for (const id of parents) {
      const row = byId.get(id)!;
      const mine = plans.filter((p) => p.parent === id);
      const items = mine.filter((p) => /^\(\d+\)/.test(p.explanation!));
      const budgets = sum(items, (p) => p.budget) === row.budget;
      const changes = items.every((p) => p.change !== null) && sum(items, (p) => p.change) === row.change;
      expect(budgets || changes, id).toBe(true);
      // <n> sub-items add up to the item above them
      let item: BudgetLine | null = null;
      let subs: BudgetLine[] = [];
      const close = () => item && subs.length && expect(sum(subs, (s) => s.budget), item.id).toBe(item.budget);
      for (const p of mine) {
        if (/^\(\d+\)/.test(p.explanation!)) {
          close();
          item = p;
          subs = [];
        } else if (/^〈\d+〉/.test(p.explanation!)) subs.push(p);
      }
      close();
    }
  });

  it('plans stay out of the object-class breakdown sentence', () => {
    for (const p of plans) {
      expect(p.name, p.id).not.toMatch(/^(人事費|業務費|設備及投資|獎補助費)$/);
      expect(p.explanation, p.id).not.toMatch(/本年度預算數\d/);
    }
  });

  it('revenue summary rows agree with the detailed table', () => {
    const summary = lines.filter((l) => l.table === '歲入來源別預算比較總表');
    const detail = lines.filter((l) => l.table === '歲入來源別預算表');
    expect(summary.find((l) => l.level === 'total')!.budget).toBe(detail.find((l) => l.level === 'total')!.budget);
    let matched = 0;
    for (const s of summary.filter((l) => l.level !== 'total')) {
      const level = s.level === 'source' ? 'source' : 'programme';
      const same = detail.filter((d) => d.level === level && d.name === s.name);
      if (!same.length) continue;
      matched++;
      expect(sum(same, (d) => d.budget), s.id).toBe(s.budget);
      const gap = Math.abs(sum(same, (d) => d.finalAccount) - s.finalAccount!);
      expect(gap, s.id).toBeLessThanOrEqual(roundingSlack(same.length));
    }
    expect(matched).toBeGreaterThanOrEqual(8);
    for (const s of summary) expect([s.budget, s.previousBudget, s.finalAccount].some((v) => v !== 0), s.id).toBe(true);
  });

  it('revenue levels follow the account numbers', () => {
    for (const l of lines.filter((l) => l.table === '歲入來源別預算表' && l.code)) {
      const parent = byId.get(l.parent!)!;
      if (parent.code) expect(l.code!.slice(0, 2), l.id).toBe(parent.code.slice(0, 2));
      if (l.level === 'workplan') expect(l.code!.slice(0, 8), l.id).toBe(parent.code!.slice(0, 8));
    }
  });
});
