import { describe, expect, it } from 'vitest';
import { BUDGET_COMMAND, Command, commandToQuestion } from '../../commands/definitions.js';

describe('command definitions', () => {
  it('validate against their schema and carry both languages', () => {
    expect(() => Command.parse(BUDGET_COMMAND)).not.toThrow();
    const names = BUDGET_COMMAND.subcommands.map((s) => s.name);
    expect(names).toEqual(['ask', 'compare', 'top', 'breakdown', 'kpi', 'plan', 'search', 'report', 'help']);
    for (const s of BUDGET_COMMAND.subcommands) expect(s.description.zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it('build frames from their options: the operation, years and counts fill their slots directly', async () => {
    const { commandFrame } = await import('../../src/core/command-frame.js');
    const compare = commandFrame('compare', { item: '數位產業署', from: 2023, to: 114 });
    expect(compare.operation).toBe('diff');
    expect(compare.years).toEqual([112, 114]);
    expect(compare.agencies).toEqual(['6220']);
    const top = commandFrame('top', { level: '業務計畫', n: 3, year: 114 });
    expect([top.operation, top.topN, top.years]).toEqual(['rank', 3, [114]]);
    const breakdown = commandFrame('breakdown', { item: '數位產業署', by: '用途別' });
    expect([breakdown.operation, breakdown.breakdown]).toEqual(['breakdown', true]);
    expect(commandFrame('search', { keywords: 'MyData' }).search).toBe('mydata');
    expect(commandFrame('help', {}).help).toBe(true);
    expect(commandFrame('no-such-command', {}).help).toBe(true);
  });
  it('still read as a question a person can follow, for the answer to repeat', () => {
    expect(commandToQuestion('compare', { item: '數位產業署', from: 112, to: 114 })).toBe('數位產業署 114 年度與 112 年度預算比較');
    expect(commandToQuestion('help', {})).toBe('help');
  });
});

describe('subcommands through the engine', async () => {
  const { createEngine } = await import('../../src/core/engine.js');
  const { loadDataset } = await import('../../src/dataset/load.js');
  const engine = createEngine();
  const data = loadDataset();
  const adi = data.budget_lines.filter((l) => l.kind === 'expenditure' && l.agency === '6220' && l.level === 'agency');

  it('answer as the equivalent natural question does', () => {
    const to = adi.find((l) => l.doc.startsWith('000'))!;
    const from = adi.find((l) => l.doc.startsWith('002'))!;
    const a = engine.command('compare', { item: '數位產業署', from: from.year, to: to.year });
    expect(a.intent).toBe('compare');
    expect(a.figures[0].value).toBe(to.budget! - from.budget!);
    expect(engine.command('ask', { question: `數位產業署 ${to.year} 年度預算` }).figures[0].value).toBe(to.budget);
    expect(engine.command('top', { level: '機關', year: to.year, n: 3 }).intent).toBe('ranking');
    expect(engine.command('breakdown', { item: '數位產業署', by: '用途別', year: to.year }).intent).toBe('breakdown');
    expect(engine.command('kpi', { metric: data.kpis.find((k) => k.key === 'mydata_agencies')!.metric }).intent).toBe('kpi');
    expect(engine.command('plan', { name: data.major_plans[0].name }).intent).toBe('plan');
    expect(engine.command('search', { keywords: 'MyData' }).intent).toBe('search');
    expect(engine.command('help', {}).intent).toBe('help');
  });
});
