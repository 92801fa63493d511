// The question log the running bot writes (QUESTION_LOG_FILE) is the one the report reads: questions
// without a figure, with choices and a 👎 asked on Slack and the API come back grouped by what the
// frame understood, redacted; and `/budget report` gives it to the admins in Slack and Discord only,
// privately.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { answerOutcome } from '../../src/adapters/gap-frame.js';
import { FEEDBACK_ACTION } from '../../src/format/slack-sources.js';
import { adiQuestion } from '../mcp/questions.js';
import { startBot, type Bot } from './harness.js';
import { ROOT } from './spawned.js';
import { apiAsk, discordCommand, slackPress, slackSlash } from './surfaces.js';

const run = promisify(execFile);
const data = loadDataset();
const engine = createEngine();
const adi = data.budget_lines.find((l) => l.level === 'agency' && l.agency === '6220' && l.budget !== null)!;
const FIGURE = adiQuestion(data);
const OUTSIDE = `衛生福利部 ${adi.year} 年度預算`;
const OUTSIDE_WITH_EMAIL = `衛生福利部 ${adi.year} 年度預算，請寄到 someone.person@example.com`;
const CHOICES = 'What is the approved total of the satellite plan?';
const ADMIN_SLACK = 'U0ADMIN';
const ADMIN_DISCORD = '44444444444';

let bot: Bot;
let file: string;
const logLines = () => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

beforeAll(async () => {
  for (const [q, outcome] of [[FIGURE, 'figure'], [OUTSIDE, 'not_found'], [OUTSIDE_WITH_EMAIL, 'not_found'], [CHOICES, 'choices']]) {
    expect(answerOutcome(engine.ask(q)), q).toBe(outcome);
  }
  file = join(mkdtempSync(join(tmpdir(), 'question-log-')), 'logs', 'questions.jsonl');
  bot = await startBot({ QUESTION_LOG_FILE: file, REPORT_ADMIN_IDS: `${ADMIN_SLACK}, ${ADMIN_DISCORD}`, RATE_LIMIT_PER_MINUTE: '1000' });
  await apiAsk(bot, OUTSIDE);
  await apiAsk(bot, OUTSIDE);
  await apiAsk(bot, OUTSIDE_WITH_EMAIL);
  await apiAsk(bot, CHOICES);
  await apiAsk(bot, FIGURE);
  const answer = await slackSlash(bot, FIGURE, 'U300');
  const buttons = (answer.body.blocks as any[]).find((b) => b.type === 'context_actions').elements[0];
  await slackPress(bot, { action_id: FEEDBACK_ACTION, value: buttons.negative_button.value });
  const until = Date.now() + 10_000;
  while (!logLines().some((l) => l.msg === 'answer feedback')) {
    if (Date.now() > until) throw new Error('the vote never reached QUESTION_LOG_FILE');
    await new Promise((r) => setTimeout(r, 50));
  }
});
afterAll(async () => {
  await bot?.close();
});

describe('QUESTION_LOG_FILE', () => {
  it('holds the question and vote lines only, gaps with their text redacted and their frame', () => {
    const lines = logLines();
    expect(new Set(lines.map((l) => l.msg))).toEqual(new Set(['question', 'answer feedback']));
    const gaps = lines.filter((l) => l.q);
    expect(gaps.map((l) => l.outcome).sort()).toEqual(['choices', 'not_found', 'not_found', 'not_found']);
    expect(gaps.find((l) => l.q.includes('[email]'))).toMatchObject({ frame: { operation: expect.any(String) } });
    expect(readFileSync(file, 'utf8')).not.toContain('someone.person');
    // a question with a figure keeps no text
    expect(lines.filter((l) => l.msg === 'question' && l.outcome === 'figure').every((l) => l.q === undefined)).toBe(true);
  });

  it('is what `npm run report` groups: the most asked gap first, the 👎 on a figure counted', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/report/cli.ts', '--since', '1h', '--log', file], { cwd: ROOT, encoding: 'utf8' });
    const outside = logLines().find((l) => l.q === OUTSIDE)!.frame;
    const first = stdout.split('\n').find((l) => l.startsWith('| 1 |'))!;
    // the three not-found questions read alike; examples: the one asked twice, then the other
    expect(first).toBe(`| 1 | 3 | 3 | 0 | 0 | ${outside.subject} | ${outside.measure} | ${outside.operation} | ${OUTSIDE}<br>衛生福利部 ${adi.year} 年度預算，請寄到 [email] |`);
    expect(stdout).toMatch(new RegExp(`\\| 1 \\| 0 \\| 0 \\| 1 \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| ${FIGURE} \\|`));
    expect(stdout).toMatch(/\| 1 \| 0 \| 1 \| 0 \| .* What is the approved total of the satellite plan\? \|/);
    expect(stdout).not.toContain('someone.person');
    expect(stdout).not.toContain('U300');
  });
});

describe('/budget report', () => {
  it('answers a Slack admin privately with the report, and tells anyone else it is for admins', async () => {
    const call = await slackSlash(bot, 'report 1d', ADMIN_SLACK);
    expect(call.body.response_type).toBe('ephemeral');
    const text = String(call.body.text);
    expect(text).toContain('Gap report (last 1d)');
    expect(text).toContain(`1. ${logLines().find((l) => l.q === OUTSIDE)!.frame.subject}`);
    expect(text).toContain('— 3 asked (no figure 3, choices 0, 👎 0)');
    expect(text).not.toContain('someone.person');
    const refused = await slackSlash(bot, 'report', 'U999');
    expect(refused.body.response_type).toBe('ephemeral');
    expect(String(refused.body.text)).toMatch(/Only admins/);
    expect(String(refused.body.text)).not.toContain(OUTSIDE);
  });

  it('answers a Discord admin privately, in the locale\'s language', async () => {
    const res = await discordCommand(bot, 'report', { since: '2d' }, ADMIN_DISCORD);
    expect(res.type).toBe(4);
    expect(res.data.flags).toBe(64);
    expect(res.data.content).toContain('缺口報告（最近 2d）');
    expect(res.data.content).toContain('3 題（沒有數字 3、選項 0、👎 0）');
    const refused = await discordCommand(bot, 'report', {}, '12121212121');
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toContain('只有管理員');
  });

  it('says how to write the period when it cannot read it', async () => {
    const res = await discordCommand(bot, 'report', { since: 'last week' }, ADMIN_DISCORD);
    expect(res.data.content).toContain('7d、24h、2w');
  });
});
