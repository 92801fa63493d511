// Document 002 (ADI unit budget, 112): the parsed records checked against each other and against
// the source lines they cite. No figure is typed here; every expectation comes from the book.
import { describe, expect, it } from 'vitest';
import { BudgetLine, Fact } from '../../src/dataset/schema.js';
import { parseBudgetBook } from '../../src/dataset/ingest/book.js';
import { agencyTableRows } from '../../src/dataset/ingest/unit-lines.js';
import { seed } from './seeds.js';
import { commissionedTree, donationTree, type TreeRow } from '../../src/dataset/ingest/donations.js';
import { ACCOUNT_CODE_CORRECTIONS, LOST_ROWS, NAME_CORRECTIONS, quotedLine } from '../../src/dataset/ingest/corrections.js';
import { readSource } from '../../src/dataset/ingest/text.js';

const book = seed('unit-budget');
const DOC = book.name;
const { budget_lines: lines = [], facts = [] } = parseBudgetBook(book);
const source = readSource(DOC).lines;
const text = (n: number) => source[n - 1];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const thousands = (s: string) => Number(s.replace(/,/g, '')) * 1000;
const byId = (id: string) => {
  const r = lines.find((l) => l.id === id);
  if (!r) throw new Error(`no line ${id}`);
  return r;
};
const pick = (pred: (f: Fact) => boolean) => facts.filter(pred);
const one = (pred: (f: Fact) => boolean) => {
  const found = pick(pred);
  if (found.length !== 1) throw new Error(`expected one fact, found ${found.length}`);
  return found[0];
};

/** The figure as the book prints it: 千元 with separators for money, the number itself otherwise. */
function printed(value: number, unit: string): RegExp[] {
  const n = unit === 'TWD' ? value / 1000 : value;
  const s = n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const token = (t: string) => new RegExp(`(?<![\\d,.])${t.replace(/[.+]/g, '\\$&')}(?![\\d,]|\\.\\d)`);
  return value === 0 ? [token('0'), /(^|\t)-(\t|$)/, /\t-\s*$/] : [token(s)];
}

describe('unit budget: records', () => {
  it('validate against the schemas, with unique ids', () => {
    for (const l of lines) BudgetLine.parse(l);
    for (const f of facts) Fact.parse(f);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    expect(lines.every((l) => l.doc === DOC && l.agency === '6220' && l.year === 112 && l.kind === 'expenditure')).toBe(true);
    expect(facts.every((f) => f.doc === DOC && f.agency === '6220')).toBe(true);
  });

  it('each cite a line that prints their figure', () => {
    for (const l of lines) {
      expect(printed(l.budget!, 'TWD').some((re) => re.test(text(l.line))), `${l.id} @${l.line}`).toBe(true);
    }
    for (const f of facts) {
      expect(printed(f.value, f.unit).some((re) => re.test(text(f.line))), `${f.id} @${f.line}`).toBe(true);
    }
  });

  it('quote the text they correct', () => {
    for (const c of [...ACCOUNT_CODE_CORRECTIONS, ...NAME_CORRECTIONS, ...LOST_ROWS]) expect(text(quotedLine(book, c))).toContain(c.printed);
  });
});

describe('unit budget: budget lines', () => {
  const agency = lines.find((l) => l.level === 'agency')!;
  const fn = lines.find((l) => l.level === 'function')!;
  const programmes = lines.filter((l) => l.level === 'programme');
  const subs = lines.filter((l) => l.level === 'subprogramme');
  const plans = lines.filter((l) => l.level === 'plan');

  it('programmes add up to the function and the agency', () => {
    expect(programmes.length).toBeGreaterThan(0);
    expect(programmes.every((p) => p.parent === fn.id)).toBe(true);
    expect(fn.parent).toBe(agency.id);
    expect(sum(programmes.map((p) => p.budget!))).toBe(fn.budget);
    expect(fn.budget).toBe(agency.budget);
  });

  it('change = budget - previous year wherever both are printed', () => {
    const both = lines.filter((l) => l.previousBudget !== null && l.change !== null);
    expect(both.length).toBeGreaterThan(0);
    for (const l of both) expect(l.change, l.id).toBe(l.budget! - l.previousBudget!);
  });

  it('the surviving 歲出機關別預算表 row agrees with the sub-programme table', () => {
    for (const row of agencyTableRows(book)) expect(byId(`${book.id}:exp:${row.code}`).budget).toBe(row.budget);
  });

  it('sub-programmes add up to their programme', () => {
    for (const p of programmes) {
      const children = subs.filter((s) => s.parent === p.id);
      expect(children.length, p.id).toBeGreaterThan(0);
      expect(sum(children.map((s) => s.budget!)), p.id).toBe(p.budget);
    }
  });

  it('a sub-programme = its plan money + its administrative money, as its explanation states', () => {
    let checked = 0;
    for (const s of subs) {
      const m = /等?經費([\d,]+)千元.*?行政相關經費等([\d,]+)千元/.exec(s.explanation ?? '');
      if (!m) continue;
      checked++;
      expect(thousands(m[1]) + thousands(m[2]), s.id).toBe(s.budget);
      const mine = plans.filter((p) => p.parent === s.id);
      const numbers = mine.map((p) => Number(/^(\d+)/.exec(p.explanation!)![1]));
      const complete = numbers.every((n, i) => n === i + 1);
      // a complete list of items 1..n adds up to the plan money; a list with a lost item stays below it
      if (complete) expect(sum(mine.map((p) => p.budget!)), s.id).toBe(thousands(m[1]));
      else expect(sum(mine.map((p) => p.budget!)), s.id).toBeLessThan(thousands(m[1]));
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('plans hang under sub-programmes and carry only a budget', () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) {
      expect(subs.some((s) => s.id === p.parent), p.id).toBe(true);
      expect([p.previousBudget, p.finalAccount, p.change]).toEqual([null, null, null]);
      expect(p.id.startsWith(`${p.parent}:plan:`)).toBe(true);
    }
  });

  it('programme budgets equal the 合計 row of 各項費用彙計表 and of the 一級用途別 analysis', () => {
    for (const p of programmes) {
      expect(one((f) => f.table === '各項費用彙計表' && f.subjectCode === p.code && f.category === '合計').value).toBe(p.budget);
      expect(one((f) => f.table === '歲出一級用途別科目分析表' && f.subjectCode === p.code && f.category === '合計').value).toBe(p.budget);
    }
  });
});

describe('unit budget: object classes', () => {
  const subs = lines.filter((l) => l.level === 'subprogramme');
  const subClasses = pick((f) => f.family === 'object_class' && f.table === '歲出計畫提要及分支計畫概況表');

  it('each sub-programme: first-level classes add up to its budget, second-level to their class', () => {
    for (const s of subs) {
      const mine = subClasses.filter((f) => f.subject === s.name);
      const top = mine.filter((f) => f.categoryCode!.endsWith('000'));
      expect(sum(top.map((f) => f.value)), s.id).toBe(s.budget);
      for (const t of top) {
        const kids = mine.filter((f) => f.categoryCode![0] === t.categoryCode![0] && f !== t);
        expect(sum(kids.map((f) => f.value)), t.id).toBe(t.value);
      }
    }
  });

  it('各項費用彙計表: each programme column = the sum over its sub-programmes; 合計 column = the sum of the columns', () => {
    const summary = pick((f) => f.table === '各項費用彙計表');
    const programmes = lines.filter((l) => l.level === 'programme');
    for (const f of summary.filter((x) => x.categoryCode)) {
      const prog = programmes.find((p) => p.code === f.subjectCode);
      const subjects = prog ? subs.filter((s) => s.parent === prog.id).map((s) => s.name) : subs.map((s) => s.name);
      const parts = subClasses.filter((x) => subjects.includes(x.subject) && x.categoryCode === f.categoryCode);
      expect(sum(parts.map((x) => x.value)), f.id).toBe(f.value);
    }
    const rows = new Set(summary.map((f) => f.category));
    for (const row of rows) {
      const cells = summary.filter((f) => f.category === row);
      const total = cells.filter((f) => f.subject === '數位產業署');
      expect(total.length, row!).toBe(1);
      expect(sum(cells.filter((f) => f.subject !== '數位產業署').map((f) => f.value)), row!).toBe(total[0].value);
    }
  });

  it('一級用途別 analysis: parts add up to subtotals and totals; the agency row is the sum of programme rows', () => {
    const analysis = pick((f) => f.table === '歲出一級用途別科目分析表');
    const subjects = [...new Set(analysis.map((f) => f.subject))];
    for (const s of subjects) {
      const mine = analysis.filter((f) => f.subject === s);
      const get = (c: string) => mine.find((f) => f.category === c)?.value ?? 0;
      for (const nature of ['current', 'capital'] as const) {
        const parts = mine.filter((f) => f.nature === nature && !f.category!.endsWith('小計'));
        expect(sum(parts.map((f) => f.value)), `${s} ${nature}`).toBe(get(nature === 'current' ? '經常支出小計' : '資本支出小計'));
      }
      expect(get('經常支出小計') + get('資本支出小計'), s).toBe(get('合計'));
    }
    const programmes = lines.filter((l) => l.level === 'programme');
    for (const c of new Set(analysis.map((f) => `${f.nature}|${f.category}`))) {
      const [nature, category] = c.split('|');
      const cell = (code: string) => analysis.find((f) => f.subjectCode === code && f.category === category && String(f.nature) === nature)?.value ?? 0;
      expect(sum(programmes.map((p) => cell(p.code!))), c).toBe(cell('0062200000'));
    }
  });

  it('capital parts: sub-programme 3000 classes = 資本支出小計 = 資本支出分析表 合計 = 經濟性分類 資本支出合計', () => {
    const capitalClasses = subClasses.filter((f) => f.nature === 'capital' && f.categoryCode!.endsWith('000'));
    const capital = one((f) => f.table === '歲出一級用途別科目分析表' && f.subject === '數位產業署' && f.category === '資本支出小計').value;
    expect(sum(capitalClasses.map((f) => f.value))).toBe(capital);
    const assets = pick((f) => f.family === 'capital_asset');
    for (const subject of new Set(assets.map((f) => f.subject))) {
      const mine = assets.filter((f) => f.subject === subject);
      const total = mine.find((f) => f.category === '合計')!;
      expect(sum(mine.filter((f) => f !== total).map((f) => f.value)), subject).toBe(total.value);
      expect(total.value, subject).toBe(capital);
    }
    expect(one((f) => f.family === 'econ_class' && f.subject === '數位產業署' && f.category === '資本支出合計').value).toBe(capital);
  });

  it('經濟性分類: current and capital parts add up to their totals and to the agency budget', () => {
    const econ = pick((f) => f.family === 'econ_class');
    const agency = lines.find((l) => l.level === 'agency')!;
    for (const subject of new Set(econ.map((f) => f.subject))) {
      const mine = econ.filter((f) => f.subject === subject);
      const get = (c: string) => mine.find((f) => f.category === c)!.value;
      const parts = (n: string) => mine.filter((f) => f.nature === n && !f.category!.endsWith('合計'));
      expect(sum(parts('current').map((f) => f.value)), subject).toBe(get('經常支出合計'));
      expect(sum(parts('capital').map((f) => f.value)), subject).toBe(get('資本支出合計'));
      expect(get('經常支出合計') + get('資本支出合計'), subject).toBe(get('總計'));
      expect(get('總計'), subject).toBe(agency.budget);
    }
  });
});

describe('unit budget: personnel and positions', () => {
  const personnel = pick((f) => f.family === 'personnel_cost' && f.table === '人事費彙計表');

  it('人事費彙計表 items add up to 合計, which is the 1000 人事費 of the agency; details add up to their item', () => {
    const total = personnel.find((f) => f.category === '合計')!;
    const items = personnel.filter((f) => f.categoryCode && f !== total);
    expect(sum(items.map((f) => f.value))).toBe(total.value);
    expect(total.value).toBe(one((f) => f.table === '各項費用彙計表' && f.subject === '數位產業署' && f.categoryCode === '1000').value);
    for (const item of items) {
      const details = personnel.filter((f) => f.note === `${item.category}之細項`);
      if (details.length) expect(sum(details.map((f) => f.value)), item.id).toBe(item.value);
      expect(item.value, item.id).toBe(one((f) => f.table === '各項費用彙計表' && f.subject === '數位產業署' && f.categoryCode === item.categoryCode).value);
    }
  });

  it('positions add up to 合計 per row and year', () => {
    const positions = pick((f) => f.family === 'positions');
    for (const key of new Set(positions.map((f) => `${f.subject}|${f.year}`))) {
      const mine = positions.filter((f) => `${f.subject}|${f.year}` === key);
      const total = mine.find((f) => f.category === '合計')!;
      expect(sum(mine.filter((f) => f !== total).map((f) => f.value)), key).toBe(total.value);
    }
  });

  it('positions match the 預算員額 box, the staff sentences and the change sentence of the book', () => {
    const get = (category: string, year = 112) => one((f) => f.family === 'positions' && f.subject === '數位產業署' && f.category === category && f.year === year).value;
    // the box under the vehicle table: "職員 133 人 技工 0 人" …, "合計： 150 人"
    const box = source.slice(source.findIndex((l) => l.startsWith('預算員額：')));
    const pairs = [...box.slice(0, 8).join(' ').matchAll(/(\S+?)\s+(\d+)\s*人/g)].map((m) => [m[1].replace(/：$/, ''), Number(m[2])] as const);
    expect(pairs.length).toBeGreaterThan(5);
    for (const [category, n] of pairs) expect(get(category), category).toBe(n);
    // "本年度預算員額職員133人、聘用人員17人，共計150人" and the same in the 人員維持 explanation
    for (const l of source.filter((x) => /職員\d+人、聘用人員\d+人，(共計|合計)\d+人/.test(x))) {
      const m = /職員(\d+)人、聘用人員(\d+)人，(?:共計|合計)(\d+)人/.exec(l)!;
      expect([get('職員'), get('聘用'), get('合計')]).toEqual([Number(m[1]), Number(m[2]), Number(m[3])]);
    }
    const change = source.find((l) => /較上年度\d+人，增列職員/.test(l))!;
    const m = /增列職員(\d+)人、聘用人員(\d+)人及減列約僱人員(\d+)人，計增列(\d+)人/.exec(change)!;
    expect(get('職員') - get('職員', 111)).toBe(Number(m[1]));
    expect(get('聘用') - get('聘用', 111)).toBe(Number(m[2]));
    expect(get('約僱', 111) - get('約僱')).toBe(Number(m[3]));
    expect(get('合計') - get('合計', 111)).toBe(Number(m[4]));
  });

  it('員額年需經費 change = this year - last year; 勞務承攬 programmes add up to the stated total', () => {
    const cost = (measure: string, year: number) =>
      one((f) => f.subject === '數位產業署' && f.category === '員額年需經費' && f.measure === measure && f.year === year).value;
    expect(cost('change', 112)).toBe(cost('budget', 112) - cost('budget', 111));
    for (const measure of ['budget', 'persons']) {
      const rows = pick((f) => f.category === '勞務承攬' && f.measure === measure);
      const total = rows.find((f) => f.subject === '數位產業署')!;
      expect(sum(rows.filter((f) => f !== total).map((f) => f.value)), measure).toBe(total.value);
    }
  });
});

describe('unit budget: vehicles and office space', () => {
  it('vehicle 合計 row = sum of the vehicles; fuel = the 油料 figure in the 基本行政工作維持 explanation', () => {
    const vehicles = pick((f) => f.family === 'vehicles');
    for (const total of vehicles.filter((f) => f.category === '合計')) {
      const parts = vehicles.filter((f) => f.category !== '合計' && f.measure === total.measure);
      expect(sum(parts.map((f) => f.value)), total.measure).toBe(total.value);
    }
    const explanation = lines.find((l) => l.name === '基本行政工作維持')!.explanation!;
    const fuel = /油料費用(\d[\d,]*)千元/.exec(explanation)!;
    expect(thousands(fuel[1])).toBe(one((f) => f.family === 'vehicles' && f.category === '合計' && f.measure === 'fuel_cost').value);
    const bought = /購置電動汽車\(含電池\)(\d+)輛([\d,]+)千元/.exec(explanation)!;
    expect(Number(bought[1])).toBe(sum(vehicles.filter((f) => f.category === '本年度新增車輛' && f.measure === 'count').map((f) => f.value)));
    expect(thousands(bought[2])).toBe(one((f) => f.table === '各項費用彙計表' && f.subject === '數位產業署' && f.category === '運輸設備費').value);
  });

  it('office rows add up to 合計; the 合計 columns repeat the rented columns; rent fits in 其他業務租金', () => {
    const office = pick((f) => f.family === 'office_space');
    for (const total of office.filter((f) => f.category === '合計')) {
      const parts = office.filter((f) => f.category !== '合計' && f.measure === total.measure);
      expect(sum(parts.map((f) => f.value)), total.measure).toBeCloseTo(total.value, 2);
    }
    for (const l of new Set(office.map((f) => f.line))) {
      const cells = text(l).split('\t').map((c) => c.trim());
      expect(cells.slice(1, 5), `line ${l}`).toEqual(cells.slice(5, 9));
    }
    const rent = one((f) => f.family === 'office_space' && f.category === '合計' && f.measure === 'rent').value;
    expect(rent).toBeLessThanOrEqual(one((f) => f.table === '各項費用彙計表' && f.subject === '數位產業署' && f.category === '其他業務租金').value);
  });
});

/** Every parent row equals the sum of its children, column by column. */
function checkTree(tree: TreeRow[]): void {
  expect(tree.length).toBeGreaterThan(0);
  for (const row of tree) {
    const kids = tree.filter((r) => r.parent === row);
    const cell = (r: TreeRow, i: number) => thousands(r.values[i].cell.replace(/^-$/, '0'));
    row.values.forEach((v, i) => {
      if (kids.length) expect(sum(kids.map((k) => cell(k, i))), `line ${row.line} ${v.column.label}`).toBe(cell(row, i));
    });
    const total = row.values.findIndex((v) => v.column.measure === 'budget');
    expect(sum(row.values.map((_, i) => (i === total ? 0 : cell(row, i)))), `line ${row.line} parts`).toBe(cell(row, total));
  }
}

describe('unit budget: donations, travel, commissioned projects', () => {
  const agencyClass = (code: string) => one((f) => f.table === '各項費用彙計表' && f.subject === '數位產業署' && f.categoryCode === code).value;

  it('捐助經費分析表: every row = sum of its rows below; its totals match 4000/4040/4085 of 各項費用彙計表', () => {
    const tree = donationTree(book);
    checkTree(tree);
    const donation = pick((f) => f.family === 'donation' && f.measure === 'budget');
    expect(one((f) => f.family === 'donation' && f.measure === 'budget' && f.category === '合計').value).toBe(agencyClass('4000'));
    const classTotal = (code: string) => sum(donation.filter((f) => f.subject === '數位產業署' && f.categoryCode === code).map((f) => f.value));
    expect(classTotal('4040')).toBe(agencyClass('4040'));
    expect(classTotal('4085')).toBe(agencyClass('4085'));
  });

  it('派員出國: each trip = fares + allowance + office costs; trips add up to the 總表 and to 2078 國外旅費', () => {
    const trips = pick((f) => f.table === '派員出國計畫預算類別表—開會、談判');
    const names = [...new Set(trips.map((f) => f.subject))];
    const get = (s: string, m: string) => trips.find((f) => f.subject === s && f.measure === m)?.value ?? 0;
    for (const s of names) expect(get(s, 'transport') + get(s, 'living') + get(s, 'office'), s).toBe(get(s, 'budget'));
    const summary = (category: string, measure: string) =>
      one((f) => f.table === '派員出國計畫預算總表' && f.category === category && f.measure === measure && f.year === 112).value;
    expect(sum(names.map((s) => get(s, 'budget')))).toBe(summary('開會', 'budget'));
    expect(sum(names.map((s) => get(s, 'days') * get(s, 'people')))).toBe(summary('開會', 'person_days'));
    expect(names.length).toBe(summary('開會', 'plans'));
    expect(summary('合計', 'budget')).toBe(agencyClass('2078'));
    const mainland = pick((f) => f.table === '派員赴大陸計畫預算類別表' && f.measure === 'budget');
    expect(sum(mainland.map((f) => f.value))).toBe(agencyClass('2075'));
  });

  it('委辦經費分析表: every row = sum of its rows below and of its columns; 合計 = 2039 委辦費', () => {
    const tree = commissionedTree(book);
    checkTree(tree);
    expect(one((f) => f.family === 'commissioned' && f.measure === 'budget' && f.subject === '數位產業署').value).toBe(agencyClass('2039'));
    // a project's 委辦內容 ends a sentence: text that spilled onto the next row was moved back
    for (const leaf of tree.filter((r) => r.level === 2)) expect(leaf.texts[1], `line ${leaf.line}`).toMatch(/。$/);
  });

  it('a plan is at least its commissioned and donated money', () => {
    const plans = lines.filter((l) => l.level === 'plan');
    const money = pick((f) => (f.family === 'commissioned' || f.family === 'donation') && f.measure === 'budget');
    let matched = 0;
    for (const p of plans) {
      const parts = money.filter((f) => f.subject === p.name);
      if (parts.length === 0) continue;
      matched++;
      expect(sum(parts.map((f) => f.value)), p.id).toBeLessThanOrEqual(p.budget!);
    }
    expect(matched).toBeGreaterThan(plans.length / 2);
  });
});
