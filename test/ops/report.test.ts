// The gap report (`npm run report`) over a question log: questions with no figure, with choices, or
// marked 👎, grouped by what the frame understood and by the words it could not read, most asked
// first, with the questions asked most often as examples, redacted as the log holds them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLogger, openQuestionFile, redactText } from '../../src/log.js';
import type { GapFrame } from '../../src/adapters/gap-frame.js';
import { parseSince, reportChat } from '../../src/adapters/report/index.js';
import { createGapReporter } from '../../src/adapters/report/chat.js';
import { groupGaps } from '../../src/adapters/report/groups.js';
import { readGapRecords } from '../../src/adapters/report/records.js';
import { ROOT } from './spawned.js';

const run = promisify(execFile);
const HOUR = 3_600_000;
const now = Date.now();

let seq = 0;
/** A `question` line as the question log writes it (src/adapters/question-log.ts). */
function question(hoursAgo: number, outcome: string, gap?: { q: string; frame: GapFrame; answerId?: string }): string {
  seq++;
  const base = { level: 30, time: now - hoursAgo * HOUR, reqId: `t${seq}`, surface: 'slack', kind: 'converse', intent: outcome === 'figure' ? 'amount' : outcome, outcome };
  const extra = gap ? { q: redactText(gap.q), answerId: gap.answerId ?? `id${seq}`, frame: gap.frame } : {};
  return JSON.stringify({ ...base, figures: outcome === 'figure' ? 1 : 0, lang: 'zh', chars: 12, ms: 0.4, ...extra, msg: 'question' });
}

/** An `answer feedback` line as the Slack vote handler writes it. */
function vote(hoursAgo: number, feedback: 'up' | 'down', answerId: string, q: string, frame?: GapFrame): string {
  return JSON.stringify({
    level: 30, time: now - hoursAgo * HOUR, surface: 'slack', mode: 'http', feedback, answerId, question: redactText(q),
    user: 'U123SECRET', channel: 'C1', intent: 'amount', answerChanged: false, ...(frame ? { frame } : {}), msg: 'answer feedback',
  });
}

const frame = (subject: string, measure: string, unread: string[] = []): GapFrame => ({ subject, measure, operation: 'value', unread });
const OUTSIDE = frame('衛福部', 'budget');
const COFFEE = frame('數位產業署', 'budget', ['咖啡']);
const SATELLITE = frame('', 'approved+budget', ['衛星plan']);

/** A week and more of questions: answered, no figure, choices, a search asked for, and votes. */
function weekOfLog(): string[] {
  const email = '衛福部今年預算多少？請寄到 someone.person@example.com';
  return [
    question(200, 'not_found', { q: '衛福部 114 年度預算', frame: OUTSIDE }), // before the period
    question(30, 'not_found', { q: '衛福部 114 年度預算', frame: OUTSIDE, answerId: 'OUT1' }),
    question(20, 'not_found', { q: '衛福部 114 年度預算', frame: OUTSIDE, answerId: 'OUT1' }),
    question(10, 'not_found', { q: email, frame: OUTSIDE }),
    vote(19, 'down', 'OUT1', '衛福部 114 年度預算'),
    question(9, 'passages', { q: '數產署 114 年度咖啡預算', frame: COFFEE }),
    question(8, 'passages', { q: '數產署 114 年度咖啡預算', frame: COFFEE }),
    question(7, 'passages', { q: '數產署 113 年咖啡費用', frame: frame('數位產業署', '', ['咖啡', '費用']) }),
    question(6, 'choices', { q: 'What is the approved total of the satellite plan?', frame: SATELLITE }),
    question(5, 'choices', { q: 'satellite plan approved total', frame: SATELLITE }),
    // written before choices had their own word
    JSON.stringify({ level: 30, time: now - 4 * HOUR, surface: 'api', kind: 'ask', intent: 'clarify', outcome: 'clarify', q: 'What is the approved total of the satellite plan?', answerId: 'old', frame: SATELLITE, msg: 'question' }),
    question(4, 'passages'), // a search asked for: no text, no gap
    ...[1, 2, 3, 4, 5].map((h) => question(h, 'figure')),
    vote(3, 'down', 'ACS1', '資安署 114 年度人事費', frame('資通安全署', '', ['人事費'])),
    vote(2, 'down', 'ACS1', '資安署 114 年度人事費', frame('資通安全署', '', ['人事費'])),
    vote(2, 'up', 'ADI1', '數產署 114 年度預算'),
    question(1, 'not_found', { q: '衛生福利部 113 年度預算', frame: frame('衛生福利部', 'budget') }),
    'not a JSON line',
    JSON.stringify({ level: 30, time: now - HOUR, port: 3000, msg: 'http listening' }),
  ];
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

const writeLog = (lines: string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gap-report-')), 'questions.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const report = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/adapters/report/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run report', () => {
  it('groups the gaps by frame and by unread word, ranks them by how often they were asked, with two examples each', async () => {
    const file = writeLog(weekOfLog());
    const { stdout } = await report('--since', '7d', '--format', 'csv', '--log', file);
    const [head, ...rows] = parseCsv(stdout.replace(/^\uFEFF/, ''));
    expect(head).toEqual(['grouping', 'rank', 'subject', 'measure', 'operation', 'word', 'asked', 'no_figure', 'choices', 'thumbs_down', 'example_1', 'example_2']);
    const frames = rows.filter((r) => r[0] === 'frame').map((r) => [r[2], r[3], ...r.slice(6)]);
    expect(frames).toEqual([
      // the 200-hour-old question is outside the week; the 👎 on OUT1 is a vote on a question already counted
      ['衛福部', 'budget', '3', '3', '0', '1', '衛福部 114 年度預算', '衛福部今年預算多少？請寄到 [email]'],
      ['', 'approved+budget', '3', '0', '3', '0', 'What is the approved total of the satellite plan?', 'satellite plan approved total'],
      ['數位產業署', 'budget', '2', '2', '0', '0', '數產署 114 年度咖啡預算', ''],
      // a 👎 on an answer with a figure: the answer once, with both votes
      ['資通安全署', '', '1', '0', '0', '2', '資安署 114 年度人事費', ''],
      ['數位產業署', '', '1', '1', '0', '0', '數產署 113 年咖啡費用', ''],
      ['衛生福利部', 'budget', '1', '1', '0', '0', '衛生福利部 113 年度預算', ''],
    ]);
    const words = rows.filter((r) => r[0] === 'word').map((r) => [r[5], ...r.slice(6, 10)]);
    expect(words).toEqual([['咖啡', '3', '3', '0', '0'], ['衛星plan', '3', '0', '3', '0'], ['人事費', '1', '0', '0', '2'], ['費用', '1', '1', '0', '0']]);
    expect(stdout).not.toContain('someone.person');
    expect(stdout).not.toContain('U123SECRET');
  });

  it('prints Markdown with the period\'s totals, and reads the file QUESTION_LOG_FILE names', async () => {
    const file = writeLog(weekOfLog());
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/report/cli.ts', '--since', '2d'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, QUESTION_LOG_FILE: file },
    });
    // 16 question lines in two days: 5 with a figure, 7 without (the search asked for is not a gap), 3 with choices
    expect(stdout).toContain('16 questions; 5 with a figure, 7 without one, 3 with choices; 👎 3, 👍 1.');
    expect(stdout).toContain('| 1 | 3 | 3 | 0 | 1 | 衛福部 | budget | value | 衛福部 114 年度預算<br>衛福部今年預算多少？請寄到 [email] |');
    expect(stdout).toContain('| 1 | 咖啡 | 3 | 3 | 0 | 0 |');
  });

  it('says what is wrong with its arguments', async () => {
    const file = writeLog([]);
    await expect(report('--since', 'last tuesday', '--log', file)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('7d, 24h or 2w') });
    await expect(report('--format', 'xlsx', '--log', file)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('md or csv') });
    await expect(report('--log', join(file, '..', 'missing.jsonl'))).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('No such file') });
    await expect(run(process.execPath, ['--import', 'tsx', 'src/adapters/report/cli.ts'], { cwd: ROOT, env: { ...process.env, QUESTION_LOG_FILE: '' } }))
      .rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('QUESTION_LOG_FILE') });
  });

  it('keeps a question that looks like a formula from running in a spreadsheet, and HTML or a | from Markdown', async () => {
    const file = writeLog([
      question(2, 'not_found', { q: '=HYPERLINK("http://x")', frame: OUTSIDE }),
      question(1, 'not_found', { q: '<script>x</script> | 預算', frame: OUTSIDE }),
    ]);
    const { stdout } = await report('--format', 'csv', '--log', file);
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    const md = (await report('--log', file)).stdout;
    expect(md).toContain('&lt;script>x&lt;/script> \\| 預算');
    expect(md).not.toContain('<script>');
  });
});

describe('the report in a chat reply', () => {
  it('fits the top groups into the length given, the most asked first', async () => {
    const summary = await readGapRecords(weekOfLog(), now - 7 * 24 * HOUR, now + 1);
    const groups = groupGaps(summary.records);
    const text = reportChat(summary, groups, '7d', 'zh', 600);
    expect(text.length).toBeLessThanOrEqual(600);
    expect(text).toContain('1. 衛福部・budget・value — 3 題（沒有數字 3、選項 0、👎 1）');
    expect(text.indexOf('衛福部・budget')).toBeLessThan(text.indexOf('approved+budget'));
    expect(text).toContain('npm run report -- --since 7d');
    const en = reportChat(summary, groups, '7d', 'en');
    expect(en).toContain('Words not read:\n1. 咖啡 — 3 asked (no figure 3, choices 0, 👎 0)');
  });

  it('is for admins only, needs the log file, and says how to give the period', async () => {
    const file = writeLog(weekOfLog());
    const reporter = createGapReporter({ admins: ['U1'], file });
    expect(await reporter.reply('U2', undefined, 'en')).toMatch(/Only admins/);
    expect(await reporter.reply('U1', 'yesterday', 'zh')).toMatch(/7d、24h、2w/);
    expect(await reporter.reply('U1', undefined, 'en')).toContain('Gap report (last 7d)');
    expect(await createGapReporter({ admins: ['U1'] }).reply('U1', '7d', 'en')).toMatch(/set QUESTION_LOG_FILE/);
  });
});

describe('the period', () => {
  it('reads hours, days, weeks and dates', () => {
    const t = Date.UTC(2025, 5, 10);
    expect(parseSince('24h', t)).toBe(t - 24 * HOUR);
    expect(parseSince('7d', t)).toBe(t - 7 * 24 * HOUR);
    expect(parseSince('7', t)).toBe(t - 7 * 24 * HOUR);
    expect(parseSince('2W', t)).toBe(t - 14 * 24 * HOUR);
    expect(parseSince('2025-06-01', t)).toBe(Date.UTC(2025, 5, 1));
    for (const bad of ['0d', '-3d', 'soon', '2025-13-01', '2030-01-01', '']) expect(parseSince(bad, t), bad).toBeUndefined();
  });
});

describe('redaction', () => {
  it('masks e-mail addresses, phone numbers, national ids and tokens in a logged question', () => {
    const q = '聯絡 a.b@example.org 0912-345-678 (02) 2737-7000 A123456789 xoxb-123-abc 114 年度預算 0062200000';
    expect(redactText(q)).toBe('聯絡 [email] [phone] [phone] [id] [redacted] 114 年度預算 0062200000');
  });
});

describe('QUESTION_LOG_FILE', () => {
  it('takes only the question and vote lines, whatever the level, and is opened anew after logrotate moved it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'question-file-'));
    const path = join(dir, 'questions.jsonl');
    const file = openQuestionFile(path);
    const stderr: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => void stderr.push(line) }, file.stream);
    logger.info({ outcome: 'figure' }, 'question');
    logger.warn('reply given up');
    await new Promise((r) => setTimeout(r, 100));
    renameSync(path, `${path}.1`);
    file.reopen();
    logger.info({ feedback: 'down' }, 'answer feedback');
    await file.close();
    const msgs = (p: string) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).msg);
    expect(msgs(`${path}.1`)).toEqual(['question']);
    expect(msgs(path)).toEqual(['answer feedback']);
    expect(stderr.map((l) => JSON.parse(l).msg)).toEqual(['reply given up']);
  });

  it('names the setting when it cannot be written, not the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'question-file-'));
    writeFileSync(join(dir, 'a-file'), '');
    const opening = () => openQuestionFile(join(dir, 'a-file', 'questions.jsonl'));
    expect(opening).toThrow(/^Cannot append to QUESTION_LOG_FILE \(E[A-Z]+\); check the path/);
    expect(opening).not.toThrow(dir);
  });
});
