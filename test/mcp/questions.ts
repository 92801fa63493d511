// Real questions for the MCP tests, read from the data (names and years as the documents print them).
import type { Answer } from '../../src/core/answer.js';
import { execFileSync } from 'node:child_process';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Dataset } from '../../src/dataset/schema.js';

/** The budget of 數位產業署 in the latest ministry-level book. */
export function adiQuestion(data: Dataset): string {
  const line = data.budget_lines.find((l) => l.level === 'agency' && l.agency === '6220' && l.kind === 'expenditure' && l.budget !== null);
  if (!line) throw new Error('data/budget_lines.json has no budget line of 數位產業署');
  return `${line.name} ${line.year} 年度預算`;
}

/** An indicator whose name has no figure in it, asked as a person would. */
export function kpiQuestion(data: Dataset): string {
  const kpi = data.kpis.find((k) => !/\d/.test(k.metric) && /MyData/.test(k.metric)) ?? data.kpis.find((k) => !/\d/.test(k.metric));
  if (!kpi) throw new Error('data/kpis.json has no named indicator');
  return `${kpi.metric}是多少？`;
}

/** The text content of a tool result. */
export function textOf(res: unknown): string {
  const content = (res as CallToolResult).content ?? [];
  return content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

/** `npm run ask -- --json <question>`: the command line's answer. */
export function cliAnswer(question: string): Pick<Answer, 'figures' | 'lang'> {
  return JSON.parse(execFileSync('npm', ['run', '--silent', 'ask', '--', '--json', question], { encoding: 'utf8' }));
}
