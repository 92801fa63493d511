// Each intent on real rows: questions are built from the data, the expected figure read from it.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { agencyInfo } from '../../src/core/lexicon.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { seed } from '../dataset/seeds.js';

/** The ministry book the tests were written from (next year's may sit beside it). */
const MINISTRY_BOOK = seed('ministry-budget').name;

const engine = createEngine();
const data = loadDataset();
/** The first three figures an answer states, or the figures it offers to pick from when it is unsure which is meant. */
const top3 = (q: string) => {
  const a = engine.ask(q);
  return [...a.figures.slice(0, 3), ...(a.choices ?? []).map((c) => c.figure)].map((f) => f.value);
};

/** Programme and work-plan lines whose name is unique within their agency and book. */
function namedLines(doc: string, kind: 'expenditure' | 'revenue', levels: string[]): BudgetLine[] {
  const lines = data.budget_lines.filter((l) => l.doc === doc && l.kind === kind && levels.includes(l.level) && l.budget !== null);
  return lines.filter((l) => lines.filter((o) => o.name === l.name && o.agency === l.agency).length === 1 && !/預備金/.test(l.name));
}

describe('amount', () => {
  const lines = namedLines(MINISTRY_BOOK, 'expenditure', ['programme', 'workplan']);
  it('has real rows to ask about', () => expect(lines.length).toBeGreaterThan(5));

  it.each(lines.map((l) => [l.name, l] as const))('%s: budget, previous budget, final account', (_, l) => {
    const a = agencyInfo(l.agency);
    expect(top3(`${a.zh} ${l.name} ${l.year} 年度預算`)).toContain(l.budget);
    expect(top3(`${l.name} ${l.year + 1911} budget ${a.short}`)).toContain(l.budget);
    expect(top3(`${a.zh}${l.name}上年度預算數`)).toContain(l.previousBudget);
    if (l.finalAccount) expect(top3(`${a.zh} ${l.name} ${l.year - 2} 年度決算數`)).toContain(l.finalAccount);
  });

  it('cites the line each figure was read from', () => {
    const l = lines[0];
    const f = engine.ask(`${agencyInfo(l.agency).zh} ${l.name} ${l.year} 年度預算`).figures[0];
    expect(f.source).toMatchObject({ doc: l.doc, line: l.line });
  });
});

describe('compare', () => {
  const agencies = data.budget_lines.filter((l) => l.doc === MINISTRY_BOOK && l.kind === 'expenditure' && l.level === 'agency' && l.agency !== '62');
  it.each(agencies.map((l) => [agencyInfo(l.agency).zh, l] as const))('%s: change from the previous year', (_, l) => {
    const a = engine.ask(`${agencyInfo(l.agency).aliases[0]} ${l.year} 年度預算比上年度增減多少`);
    expect(a.intent).toBe('compare');
    expect(a.figures[0].value).toBe(l.change);
  });
});

describe('ranking', () => {
  it('names the agency with the largest budget first', () => {
    const agencies = data.budget_lines.filter((l) => l.doc === MINISTRY_BOOK && l.kind === 'expenditure' && l.level === 'agency' && l.agency !== '62');
    const max = Math.max(...agencies.map((l) => l.budget!));
    for (const q of ['114 年度哪個機關預算最多？', 'Which agency has the largest budget in 2025?']) {
      const a = engine.ask(q);
      expect(a.intent).toBe('ranking');
      expect(a.figures[0].value).toBe(max);
    }
  });
});

describe('revenue', () => {
  const items = namedLines(MINISTRY_BOOK, 'revenue', ['workplan']).filter((l) => l.budget);
  it.each(items.map((l) => [l.name, l] as const))('%s', (_, l) => {
    const a = engine.ask(`${agencyInfo(l.agency).zh} ${l.year} 年度${l.name}`);
    expect(a.intent).toBe('revenue');
    expect(a.figures.slice(0, 3).map((f) => f.value)).toContain(l.budget);
  });
});

describe('not found', () => {
  it('gives no figure for another ministry or a year the data lacks', () => {
    for (const q of ['國防部 114 年度預算', '數位產業署 105 年度預算', 'ADI budget 2010', '交通部一般行政預算']) {
      const a = engine.ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });
});

describe('questions about things the documents never mention', () => {
  // subjects no record holds, in words the documents use elsewhere: none may borrow a figure
  it.each(['颱風天的停車場收費標準', '員工餐廳的菜單', '明天天氣如何', '總統府預算多少', '數位部的咖啡機有幾台', 'iPhone 17 多少錢',
    '數產署的年終尾牙花多少', '資安署的辦公室盆栽數量', "What's the weather in Taipei tomorrow?", 'How many NGOs joined the data courses of MODA in 2019?',
    // the documents give a number of 5G base stations for each of two tests (各1座), never a national total
    '114 年全台灣 5G 基地臺總共有幾座？',
    // "stopped" holds "top": no ranking of budgets for a question about something else
    'How much money have the new parking rules stopped from reaching fraudsters?'])('%s', (q) => {
    expect(engine.ask(q).figures).toEqual([]);
  });
});

describe('help and search', () => {
  it('explains itself', () => {
    expect(engine.ask('help').intent).toBe('help');
    expect(engine.ask('').intent).toBe('help');
  });
});

describe('staffing', () => {
  const rows = data.facts.filter((f) => f.family === 'positions' && f.doc === MINISTRY_BOOK && f.agency !== '62' && ['合計', '職員', '聘用'].includes(f.category ?? ''));
  it('has positions to ask about', () => expect(rows.length).toBeGreaterThan(3));
  it.each(rows.map((f) => [`${f.subject} ${f.category}`, f] as const))('%s', (_, f) => {
    const a = agencyInfo(f.agency!);
    const word = f.category === '合計' ? '預算員額' : `${f.category}員額`;
    const ans = engine.ask(`${a.aliases[0]} ${f.year} 年度${word}`);
    expect(ans.intent).toBe('staffing');
    expect(ans.figures[0].value).toBe(f.value);
    expect(ans.figures[0].unit).toBe('person');
  });
});

describe('object classes and breakdowns', () => {
  const classes = data.facts.filter((f) => f.family === 'object_class' && f.doc === MINISTRY_BOOK && f.agency !== '62' && f.subject === agencyInfo(f.agency!).zh && f.categoryCode && f.value > 0);
  it.each(classes.map((f) => [`${f.subject} ${f.category} ${f.nature}`, f] as const))('%s', (_, f) => {
    const a = agencyInfo(f.agency!);
    expect(top3(`${a.aliases[0]} ${f.year} 年度${f.category}`)).toContain(f.value);
  });

  it('splits each agency by object class into parts that add up to its budget', () => {
    for (const l of data.budget_lines.filter((x) => x.doc === MINISTRY_BOOK && x.kind === 'expenditure' && x.level === 'agency')) {
      const a = engine.ask(`${agencyInfo(l.agency).aliases[0]} ${l.year} 年度預算用途別細分`);
      expect(a.intent).toBe('breakdown');
      expect(a.figures[0].value).toBe(l.budget);
      expect(a.figures.slice(1).reduce((s, f) => s + f.value, 0)).toBe(l.budget);
    }
  });

  it('splits an agency into its programmes', () => {
    const l = data.budget_lines.find((x) => x.doc === MINISTRY_BOOK && x.agency === '6220' && x.level === 'agency')!;
    const programmes = data.budget_lines.filter((x) => x.doc === l.doc && x.kind === 'expenditure' && x.agency === '6220' && x.level === 'programme');
    const a = engine.ask('數產署 114 年度預算細分');
    expect(a.figures.slice(1).map((f) => f.value).sort()).toEqual(programmes.map((p) => p.budget).sort());
  });
});

describe('named plans and major plans', () => {
  const names = data.budget_lines.filter((l) => l.level === 'plan' && l.budget);
  const unique = names.filter((l) => names.filter((o) => o.name === l.name).length === 1 && !data.major_plans.some((p) => p.name === l.name));
  it.each(unique.map((l) => [l.name, l] as const))('%s', (_, l) => {
    expect(top3(`${l.name} ${l.year} 年度經費`)).toContain(l.budget);
  });

  it.each(data.major_plans.map((p) => [p.name, p] as const))('major plan %s', (_, p) => {
    expect(top3(`${p.name}總經費`)).toContain(p.approvedTotal);
    expect(top3(`${p.name}累計執行數`)).toContain(p.executedToDate);
    expect(top3(`${p.name}已編列預算`)).toContain(p.budgetedToDate);
    expect(engine.ask(`${p.name}執行情形`).intent).toBe('plan');
  });
});

describe('indicators', () => {
  const series = [...new Set(data.kpis.filter((k) => !k.key.startsWith('q')).map((k) => k.key))];
  it.each(series)('%s gives the latest value first', (key) => {
    const rows = data.kpis.filter((k) => k.key === key).sort((a, b) => b.asOf.localeCompare(a.asOf));
    const a = engine.ask(rows[0].metric);
    expect(a.intent).toBe('kpi');
    expect(rows.filter((r) => r.asOf === rows[0].asOf).map((r) => r.value)).toContain(a.figures[0].value);
  });
});

describe('a line every agency has, asked with no agency', () => {
  it('adds the agencies up and names what it added', () => {
    const lines = data.budget_lines.filter((l) => l.doc === MINISTRY_BOOK && l.kind === 'expenditure' && l.name === '一般行政');
    expect(lines.length).toBe(3);
    const a = engine.ask(`${lines[0].year} 年度一般行政預算`);
    expect(a.figures[0].value).toBe(lines.reduce((s, l) => s + l.budget!, 0));
    expect(a.figures[0].computedFrom).toHaveLength(3);
    expect(a.figures.slice(1).map((f) => f.value).sort()).toEqual(lines.map((l) => l.budget).sort());
  });
});

describe('normalisation against the data', () => {
  it('keeps characters the documents use, so names written with them still match', () => {
    const share = data.facts.find((f) => f.family === 'personnel_cost' && f.measure === 'share')!;
    expect(engine.ask(`${share.year} 年度${share.category}`).figures[0].value).toBe(share.value);
  });
  it('reads Simplified Chinese questions', () => {
    const adi = data.budget_lines.find((l) => l.doc === MINISTRY_BOOK && l.agency === '6220' && l.level === 'agency')!;
    expect(engine.ask(`数字产业署 ${adi.year} 年度预算`).figures[0].value).toBe(adi.budget);
  });
});

describe('revenue of one agency', () => {
  it('adds its lines under every revenue source', () => {
    const lines = data.budget_lines.filter((l) => l.doc === MINISTRY_BOOK && l.kind === 'revenue' && l.level === 'agency' && l.agency === '6220');
    expect(lines.length).toBeGreaterThan(1);
    const a = engine.ask(`數位產業署 ${lines[0].year} 年度歲入`);
    expect(a.intent).toBe('revenue');
    expect(a.figures[0].value).toBe(lines.reduce((s, l) => s + l.budget!, 0));
  });
});

describe('two years named', () => {
  it('compares them, in English too', () => {
    const acs = data.budget_lines.find((l) => l.doc === MINISTRY_BOOK && l.agency === '6210' && l.level === 'agency')!;
    const a = engine.ask(`Compare ACS budget ${acs.year + 1910} and ${acs.year + 1911}`);
    expect(a.intent).toBe('compare');
    expect(a.figures[0].value).toBe(acs.change);
  });
});

describe('object-class breakdowns count one level', () => {
  const adi112 = data.budget_lines.find((l) => l.doc.startsWith('002') && l.level === 'agency')!;
  it.each(['用途別細分', '用途別明細'])('%s adds up to the budget', (words) => {
    const a = engine.ask(`數位產業署 ${adi112.year} 年度${words}`);
    expect(a.intent).toBe('breakdown');
    expect(a.figures[0].value).toBe(adi112.budget);
    expect(a.figures.slice(1).reduce((s, f) => s + f.value, 0)).toBe(adi112.budget);
  });
});

describe('every breakdown the data can give adds up to its whole', () => {
  const questions: string[] = [];
  for (const a of ['數位發展部主管', '數位發展部本部', '資通安全署', '數位產業署'])
    for (const y of [...new Set(data.budget_lines.map((l) => l.year))])
      for (const by of ['用途別細分', '用途別明細', '經濟性分類', '資本支出資產別', '預算細分']) questions.push(`${a} ${y} 年度${by}`);
  it.each(questions)('%s', (q) => {
    const a = engine.ask(q);
    if (a.intent === 'not_found') return expect(a.figures).toEqual([]);
    expect(a.intent).toBe('breakdown');
    expect(a.figures.slice(1).reduce((s, f) => s + f.value, 0)).toBe(a.figures[0].value);
  });
});

describe('rankings', () => {
  it('rank only years every agency has, and rank final accounts when asked', () => {
    const agencies = data.budget_lines.filter((l) => l.doc === MINISTRY_BOOK && l.kind === 'expenditure' && l.level === 'agency' && l.agency !== '62');
    const finalYear = agencies[0].year - 2;
    const partial = engine.ask(`${finalYear} 年度哪個機關預算最多`);
    expect(partial.intent).toBe('not_found');
    expect(partial.figures).toEqual([]);
    const finals = engine.ask(`${finalYear} 年度哪個機關決算最多`);
    expect(finals.intent).toBe('ranking');
    expect(finals.figures[0].value).toBe(Math.max(...agencies.map((l) => l.finalAccount!)));
  });
});

describe('two agencies in one question', () => {
  it('puts the same item side by side, in the order asked, with the difference', () => {
    const line = (code: string) => data.budget_lines.find((l) => l.doc === MINISTRY_BOOK && l.kind === 'expenditure' && l.level === 'agency' && l.agency === code)!;
    const [adi, acs] = [line('6220'), line('6210')];
    for (const q of [`數產署與資安署 ${adi.year} 年度預算比較`, `ADI vs ACS budget ${adi.year + 1911}`]) {
      const a = engine.ask(q);
      expect(a.intent).toBe('compare');
      expect(a.figures.slice(1, 3).map((f) => f.value)).toEqual([adi.budget, acs.budget]);
      expect(a.figures[0].value).toBe(adi.budget! - acs.budget!);
      expect(a.figures[0].computedFrom).toHaveLength(2);
    }
  });
});
