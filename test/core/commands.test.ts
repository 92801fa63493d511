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
