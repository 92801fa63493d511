// The text after /budget: subcommands with options in any order, or a natural question.
import { describe, expect, it } from 'vitest';
import { BUDGET_COMMAND, commandToQuestion } from '../../commands/definitions.js';
import { parseSlashText } from '../../src/adapters/slack/slash.js';
import { slackToPlain } from '../../src/adapters/slack/reply.js';

describe('parseSlashText', () => {
  it('reads subcommands with their options', () => {
    expect(parseSlashText('compare 數產署 112 114')).toEqual({ kind: 'command', sub: 'compare', options: { item: '數產署', from: 112, to: 114 } });
    expect(parseSlashText('top 機關 114 5')).toEqual({ kind: 'command', sub: 'top', options: { level: '機關', year: 114, n: 5 } });
    expect(parseSlashText('top 5 programmes')).toEqual({ kind: 'command', sub: 'top', options: { n: 5, level: '業務計畫' } });
    expect(parseSlashText('breakdown 資安署 用途別 114年')).toEqual({ kind: 'command', sub: 'breakdown', options: { item: '資安署', by: '用途別', year: 114 } });
    expect(parseSlashText('search 零信任 架構')).toEqual({ kind: 'command', sub: 'search', options: { keywords: '零信任 架構' } });
    expect(parseSlashText('kpi MyData 介接機關')).toEqual({ kind: 'command', sub: 'kpi', options: { metric: 'MyData 介接機關' } });
  });

  it('turns every subcommand call into the question its template stands for', () => {
    const call = parseSlashText('compare 數產署 113 114');
    expect(call.kind).toBe('command');
    if (call.kind === 'command') expect(commandToQuestion(call.sub, call.options)).toBe(commandToQuestion('compare', { item: '數產署', from: 113, to: 114 }));
  });

  it('treats anything else as a natural question, and empty text as help', () => {
    expect(parseSlashText('  數位產業署   114 年度預算 ')).toEqual({ kind: 'ask', question: '數位產業署 114 年度預算' });
    expect(parseSlashText('ask ADI budget 2025')).toEqual({ kind: 'ask', question: 'ADI budget 2025' });
    expect(parseSlashText('help me find the ADI budget')).toEqual({ kind: 'ask', question: 'help me find the ADI budget' });
    expect(parseSlashText('top agencies with the most staff')).toEqual({ kind: 'ask', question: 'top agencies with the most staff' });
    expect(parseSlashText('')).toEqual({ kind: 'command', sub: 'help', options: {} });
    expect(parseSlashText('HELP')).toEqual({ kind: 'command', sub: 'help', options: {} });
  });

  it('asks for usage when a required option is missing', () => {
    for (const sub of BUDGET_COMMAND.subcommands.filter((s) => s.options.some((o) => o.required))) {
      expect(parseSlashText(sub.name)).toEqual({ kind: 'usage', sub });
    }
  });
});

describe('slackToPlain', () => {
  it('decodes what Slack encodes and drops user mentions', () => {
    expect(slackToPlain('<@UBOT> 數產署 &lt;b&gt; &amp; <#C1|general> <https://moda.gov.tw|MODA> <!here>')).toBe('數產署 <b> & #general MODA @here');
    expect(slackToPlain('&lt;!channel&gt;')).toBe('<!channel>');
  });
});
