import { describe, expect, it } from 'vitest';
import { BUDGET_COMMAND, Command, commandToQuestion } from '../../commands/definitions.js';

describe('command definitions', () => {
  it('validate against their schema and carry both languages', () => {
    expect(() => Command.parse(BUDGET_COMMAND)).not.toThrow();
    const names = BUDGET_COMMAND.subcommands.map((s) => s.name);
    expect(names).toEqual(['ask', 'compare', 'top', 'breakdown', 'kpi', 'plan', 'search', 'help']);
    for (const s of BUDGET_COMMAND.subcommands) expect(s.description.zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it('turn a call into the equivalent natural question, dropping groups of missing options', () => {
    expect(commandToQuestion('ask', { question: '數產署 114 預算' })).toBe('數產署 114 預算');
    expect(commandToQuestion('compare', { item: '數位產業署', from: 112, to: 114 })).toBe('數位產業署 114 年度與 112 年度預算比較');
    expect(commandToQuestion('compare', { item: '數位產業署' })).toBe('數位產業署與預算比較');
    expect(commandToQuestion('top', { n: 3 })).toBe('預算最多的前 3 名排名');
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
