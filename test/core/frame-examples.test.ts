// The ways of asking that a review found read wrongly, each read right now: follow-ups as frames (years
// counted from the turn they follow, references to earlier turns, the latest report), series of years,
// names typed with a character wrong, year words against the data's own latest year, whole words only.
// Expected figures are read from the data.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import type { Conversation } from '../../src/core/conversation.js';
import { understand } from '../../src/core/understand.js';
import { loadDataset } from '../../src/dataset/load.js';

const engine = createEngine();
const data = loadDataset();

/** An agency's own line of the ministry book, as printed for the book's year (本年度) and the year before. */
const line = (code: string) => data.budget_lines.find((l) => l.kind === 'expenditure' && l.level === 'agency' && l.agency === code && l.doc.startsWith('000'))!;
const agencies = ['6201', '6210', '6220'].map(line);
const top = (pick: (l: (typeof agencies)[number]) => number | null) => agencies.reduce((a, b) => ((pick(b) ?? 0) > (pick(a) ?? 0) ? b : a));

function thread(...questions: string[]): Answer[] {
  let conversation: Conversation | undefined;
  return questions.map((q) => {
    const r = engine.converse(q, conversation);
    conversation = r.conversation;
    return r.answer;
  });
}

/** The figure stated, or the first of the figures offered. */
const shown = (a: Answer) => a.figures[0] ?? a.choices?.[0]?.figure;

describe('follow-ups read against the turn they follow', () => {
  it('"那去年呢" after a ranking ranks the year before, and "上年度…最多" does too', () => {
    const book = agencies[0].year;
    const [now, before] = thread(`${book} 年哪個機關預算最多`, '那去年呢');
    expect(now.figures[0].value).toBe(top((l) => l.budget).budget);
    expect(before.figures[0].value).toBe(top((l) => l.previousBudget).previousBudget);
    expect(engine.ask('上年度哪個機關預算最多').figures[0].value).toBe(top((l) => l.previousBudget).previousBudget);
  });

  it('says the year it carried over when only the agency changes', () => {
    const [, acs] = thread('數產署 113 年預算', '資安署呢？');
    expect(acs.figures[0].value).toBe(line('6210').previousBudget);
    expect(acs.summary).toMatch(/延續上一題：.*113/);
  });

  it('goes back to the first question when asked to (回到第一個問題)', () => {
    const answers = thread('數產署 114 年預算', '資安署 113 年預算', '回到第一個問題，112 年決算呢？');
    expect(answers[2].figures[0].value).toBe(line('6220').finalAccount);
  });

  it('takes the latest report when the current figure is asked after a dated one', () => {
    const roads = data.kpis.filter((k) => k.sentence.includes('T-Road') && k.unitLabel === '個機關').sort((a, b) => a.asOf.localeCompare(b.asOf));
    const [, now] = thread(`T-Road 截至 ${roads[0].year} 年底介接幾個機關？`, '那現在呢？');
    expect(shown(now)?.value).toBe(roads.at(-1)!.value);
  });

  it('never compares a figure with itself: no difference of 0, no share of 100%', () => {
    const [, same] = thread('數產署 114 年預算', '數產署 114 年預算', '差多少？');
    expect(same.figures.some((f) => f.value === 0 && f.computedFrom)).toBe(false);
    const share = engine.ask("What share of MODA's 2025 revenue comes from spectrum and numbering fees?");
    expect(share.figures.some((f) => f.unit === 'percent' && f.value === 100)).toBe(false);
  });
});

describe('series of years', () => {
  const adi = data.budget_lines.filter((l) => l.kind === 'expenditure' && l.level === 'agency' && l.agency === '6220');
  const budgetOf = (year: number) => adi.find((l) => l.year === year)?.budget ?? adi.find((l) => l.year === year + 1)?.previousBudget;

  it('answers 112 到 114 年 with every year in a table and a line chart, and the change between the ends', () => {
    for (const q of ['數產署 112 到 114 年預算變化', 'ADI budget 2023 to 2025']) {
      const a = engine.ask(q);
      expect(a.chart?.kind, q).toBe('line');
      expect(a.chart?.categories.length, q).toBe(3);
      expect(a.figures[0].value, q).toBe(budgetOf(114)! - budgetOf(112)!);
      expect(a.figures.slice(1).map((f) => f.value), q).toContain(budgetOf(113));
    }
  });

  it('answers 趨勢 with every year the data has', () => {
    const a = engine.ask('數產署預算趨勢');
    expect(a.chart?.kind).toBe('line');
    expect(a.figures.length).toBeGreaterThan(2);
  });
});

describe('words read whole, names read with a character wrong', () => {
  it('reads 目前 as the time, not 目 as a level of the budget', () => {
    const a = engine.ask('目前哪個機關預算最多');
    expect(a.intent).toBe('ranking');
    expect(a.figures[0].value).toBe(top((l) => l.budget).budget);
  });

  it('reads 全署 in a share as the whole, not a body outside the data', () => {
    expect(understand('人事費占全署預算幾%').foreignBody).toBeNull();
    expect(engine.ask('人事費占全署預算幾%').summary).not.toMatch(/沒有「/);
  });

  it('reads 數位產夜署 as 數位產業署, and says so', () => {
    const a = engine.ask('數位產夜署 114 年預算');
    expect(a.figures[0].value).toBe(line('6220').budget);
    expect(a.summary).toContain('「數位產夜署」視為「數位產業署」');
  });

  it('keeps a name the data has that is one character from an agency (資通安全業務 is a programme)', () => {
    const programme = data.budget_lines.find((l) => l.name === '資通安全業務' && l.year === 114 && l.doc.startsWith('000'))!;
    expect(engine.ask('資通安全業務 114 年度預算').figures[0].value).toBe(programme.budget);
  });

  it('reads 今年 as the newest budget year the documents have, and says so', () => {
    const a = engine.ask('今年數產署預算多少');
    expect(a.figures[0].value).toBe(line('6220').budget);
    expect(a.summary).toContain(`最新的預算年度 ${line('6220').year} 年度`);
  });
});
