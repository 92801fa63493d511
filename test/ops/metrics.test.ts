// GET /metrics of the running bot: questions on every surface move the counters by what happened to
// them (figure, choices, not found, refused by a limit), with latency, votes and chart renders; the
// token is required when one is set; METRICS_PORT serves the metrics on a port of their own; Redis
// reachability is a gauge.
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { answerOutcome } from '../../src/adapters/gap-frame.js';
import { start } from '../../src/main.js';
import { ACTION } from '../../src/format/slack.js';
import { FEEDBACK_ACTION } from '../../src/format/slack-sources.js';
import { escapeSlack } from '../../src/format/slack-text.js';
import { adiQuestion } from '../mcp/questions.js';
import { redisBinary, REDIS_MISSING, startRedis } from '../conversation/redis-server.js';
import { startBot, type Bot } from './harness.js';
import { freePort } from './spawned.js';
import { delta, sample, scrape, type Samples } from './scrape.js';
import { apiAsk, discordCommand, mcpAsk, slackPress, slackSlash, webAsk } from './surfaces.js';

const TOKEN = 'metrics-test-token-0123456789abcdef';
const MCP_TOKEN = 'mcp-test-token-0123456789abcdef';
const data = loadDataset();
const engine = createEngine();
const adi = data.budget_lines.find((l) => l.level === 'agency' && l.agency === '6220' && l.budget !== null)!;

// a figure, a body the documents do not cover, and plans named loosely that fit alike
const QUESTIONS = [adiQuestion(data), `衛生福利部 ${adi.year} 年度預算`, 'What is the approved total of the satellite plan?'];
const TOO_LONG = '預'.repeat(501);
const questions = (name: string) => sample(`moda_budget_${name}`);
const counter = (surface: string, outcome: string) => sample('moda_budget_questions_total', { surface, outcome });

/** Each question's outcome as the engine answers it, and every outcome of interest covered. */
function expectedOutcomes(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of QUESTIONS) {
    const o = answerOutcome(engine.ask(q));
    counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  expect([...counts.keys()].sort(), 'the questions cover a figure, choices and not found').toEqual(['choices', 'figure', 'not_found']);
  return counts;
}

async function eventually(check: () => Promise<boolean>, what: string, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('GET /metrics on the bot\'s port, behind METRICS_TOKEN', () => {
  let bot: Bot;
  const metrics = () => scrape(`${bot.url}/metrics`, TOKEN);
  beforeAll(async () => {
    bot = await startBot({ METRICS_TOKEN: TOKEN, MCP_TOKEN, RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('is 401 without the token or with another, and Prometheus text with it', async () => {
    const tries: Record<string, string>[] = [{}, { authorization: 'Bearer not-the-metrics-token-at-all' }, { authorization: TOKEN }];
    for (const headers of tries) {
      const res = await fetch(`${bot.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.text()).not.toContain('moda_budget');
    }
    const res = await fetch(`${bot.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE moda_budget_questions_total counter');
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toContain(`moda_budget_info{data_version="${engine.info.dataVersion}"} 1`);
  });

  it('counts the questions of every surface by outcome, and refusals by limit', async () => {
    const outcomes = expectedOutcomes();
    const before = await metrics();
    // a different person for each question, so none is read as a follow-up of another
    for (const [i, q] of [...QUESTIONS, TOO_LONG].entries()) {
      await slackSlash(bot, q, `U10${i}`);
      await discordCommand(bot, 'ask', { question: q }, `5555555555${i}`);
      await apiAsk(bot, q);
      await webAsk(bot, q);
    }
    for (const q of QUESTIONS) await mcpAsk(bot, MCP_TOKEN, q);
    const after = await metrics();
    const moved = (key: string) => delta(before, after, key);
    for (const surface of ['slack', 'discord', 'api', 'web', 'mcp']) {
      for (const [outcome, n] of outcomes) expect(moved(counter(surface, outcome)), `${surface} ${outcome}`).toBe(n);
      for (const outcome of ['passages', 'help']) expect(moved(counter(surface, outcome)), `${surface} ${outcome}`).toBe(0);
      const refused = surface === 'mcp' ? 0 : 1; // the MCP tool's schema caps the length itself
      expect(moved(counter(surface, 'refused')), `${surface} refused`).toBe(refused);
      expect(moved(sample('moda_budget_questions_refused_total', { surface, limit: 'length' }))).toBe(refused);
      expect(moved(sample('moda_budget_answer_core_seconds_count', { surface })), `${surface} core latency`).toBe(QUESTIONS.length);
      expect(moved(sample('moda_budget_reply_seconds_count', { surface })), `${surface} reply latency`).toBe(QUESTIONS.length + refused);
    }
    expect(moved(counter('terminal', 'figure'))).toBe(0);
    // no label holds a question or a person
    const keys = [...after.keys()].join('\n');
    for (const q of QUESTIONS) expect(keys).not.toContain(q.slice(0, 6));
    expect(keys).not.toMatch(/U10\d|5555555555/);
  });

  it('counts 👍 and 👎 votes', async () => {
    const answer = await slackSlash(bot, QUESTIONS[0], 'U200');
    const buttons = (answer.body.blocks as any[]).find((b) => b.type === 'context_actions').elements[0];
    const before = await metrics();
    await slackPress(bot, { action_id: FEEDBACK_ACTION, value: buttons.negative_button.value });
    await slackPress(bot, { action_id: FEEDBACK_ACTION, value: buttons.negative_button.value });
    await slackPress(bot, { action_id: FEEDBACK_ACTION, value: buttons.positive_button.value });
    const down = sample('moda_budget_feedback_total', { surface: 'slack', vote: 'down' });
    const up = sample('moda_budget_feedback_total', { surface: 'slack', vote: 'up' });
    await eventually(async () => delta(before, await metrics(), up) === 1, 'the 👍 counted');
    const after = await metrics();
    expect(delta(before, after, down)).toBe(2);
  });

  it('counts and times chart renders, none left pending', async () => {
    const question = QUESTIONS[0];
    expect(engine.ask(question).chart, 'the answer has a chart').toBeDefined();
    const before = await metrics();
    await slackPress(bot, { action_id: ACTION.chart, value: escapeSlack(question) });
    await bot.slack.waitFor((c) => c.name === 'files.completeUploadExternal', 'the chart uploaded', 30_000);
    const after = await metrics();
    expect(delta(before, after, sample('moda_budget_chart_renders_total', { result: 'ok' }))).toBe(1);
    expect(delta(before, after, sample('moda_budget_chart_renders_total', { result: 'error' }))).toBe(0);
    expect(delta(before, after, questions('chart_render_seconds_count'))).toBe(1);
    expect(after.get(questions('chart_renders_pending'))).toBe(0);
  });
});

describe('the terminal prompt', () => {
  it('counts its questions and its length refusals', async () => {
    const port = await freePort();
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', METRICS_TOKEN: TOKEN, MAX_QUESTION_CHARS: '500' });
    const started = start(config, { prompt: true, promptIO: { input, output } });
    input.end([...QUESTIONS, TOO_LONG, 'exit', ''].join('\n'));
    const running = await started;
    try {
      const after = await scrape(`http://127.0.0.1:${(running.server!.address() as AddressInfo).port}/metrics`, TOKEN);
      for (const [outcome, n] of expectedOutcomes()) expect(after.get(counter('terminal', outcome)), outcome).toBe(n);
      expect(after.get(counter('terminal', 'refused'))).toBe(1);
      expect(after.get(sample('moda_budget_reply_seconds_count', { surface: 'terminal' }))).toBe(QUESTIONS.length + 1);
    } finally {
      await running.stop();
    }
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics on its own port only, with the token when one is set', async () => {
    const port = await freePort();
    const bot = await startBot({ METRICS_PORT: String(port) });
    try {
      expect((await fetch(`${bot.url}/metrics`)).status).toBe(404);
      await apiAsk(bot, QUESTIONS[0]);
      const samples: Samples = await scrape(`http://127.0.0.1:${port}/metrics`);
      expect(samples.get(counter('api', answerOutcome(engine.ask(QUESTIONS[0]))))).toBe(1);
    } finally {
      await bot.close();
    }
    const guarded = await startBot({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
      expect((await scrape(`http://127.0.0.1:${port}/metrics`, TOKEN)).has(counter('slack', 'figure'))).toBe(true);
    } finally {
      await guarded.close();
    }
    // the port is given back at shutdown
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  it('must differ from PORT', () => {
    expect(() => loadConfig({ PORT: '3000', METRICS_PORT: '3000' })).toThrow(/METRICS_PORT: must differ from PORT/);
  });
});

const redis = redisBinary();
if (!redis) console.warn(REDIS_MISSING);

describe.skipIf(!redis)('Redis reachability', () => {
  it('is 1 while Redis answers and 0 once it is gone', async () => {
    const server = await startRedis(redis!);
    const bot = await startBot({ METRICS_TOKEN: TOKEN, REDIS_URL: server.url });
    const up = sample('moda_budget_redis_up');
    try {
      expect((await scrape(`${bot.url}/metrics`, TOKEN)).get(up)).toBe(1);
      await server.stop();
      await eventually(async () => (await scrape(`${bot.url}/metrics`, TOKEN)).get(up) === 0, 'redis_up 0');
    } finally {
      await bot.close();
    }
  });
});
