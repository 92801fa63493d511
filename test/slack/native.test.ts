// Native charts and tables, the fallback when Slack rejects them, and feedback votes: the real Bolt
// app over real HTTP on loopback, against the fake Slack, with real questions through the real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/format/slack.js';
import { answerId } from '../../src/format/answer-id.js';
import { FEEDBACK_ACTION } from '../../src/format/slack-sources.js';
import { buttonPress, startHarness, type Harness } from './harness.js';
import type { Call } from './fake-slack.js';
import { expectWithinSlackLimits } from './limits.js';

type B = Record<string, any>;
const RANKING = '114 年度哪個機關預算最多';
const blocksOf = (c: Call) => c.body.blocks as B[];
const response = (id: string) => (c: Call) => c.kind === 'response' && c.name === id;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Wait until a log line matches (the log is written after the vote is acknowledged). */
async function logLine(pred: (l: string) => boolean, deadlineMs = 15_000): Promise<string> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const found = h.logs.find(pred);
    if (found) return found;
    if (Date.now() > until) throw new Error('no such log line');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a ranking in Slack', () => {
  it('carries a native chart of its figures within the documented limits, and the PNG one click away', async () => {
    await h.slash(RANKING, 'rank1');
    const call = await h.fake.waitFor(response('rank1'), 'the ranking answer');
    const blocks = blocksOf(call);
    expectWithinSlackLimits({ text: String(call.body.text), blocks });
    const viz = blocks.find((b) => b.type === 'data_visualization');
    expect(viz, 'a data_visualization block').toBeDefined();
    const answer = h.engine.ask(RANKING);
    const shown = viz!.chart.series[0].data.map((d: { value: number }) => d.value);
    // one unit for the chart (億元), two decimals, in the order of the answer
    expect(viz!.chart.axis_config.y_label).toBe('新臺幣億元');
    expect(shown).toEqual(answer.chart!.series[0].values.map((v) => Number((v! / 1e8).toFixed(2))));
    const png = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).find((e: B) => e.action_id === ACTION.chart);
    expect(png?.text.text).toContain('圖片');
  });

  it('still arrives, without the chart, when Slack answers invalid_blocks', async () => {
    const h2 = await startHarness();
    try {
      h2.fake.answer('chat.postMessage', (body) => {
        const blocks = (body.blocks ?? []) as B[];
        if (blocks.some((b) => b.type === 'data_visualization' || b.type === 'data_table')) return { ok: false, error: 'invalid_blocks' };
        return { ok: true, channel: body.channel, ts: '1700000999.000100' };
      });
      await h2.event({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${RANKING}`, ts: '1700000900.000100', channel: 'C9', event_ts: '1700000900.000100' });
      const delivered = await h2.fake.waitFor(
        (c) => c.name === 'chat.postMessage' && c.body.channel === 'C9' && !(blocksOf(c) ?? []).some((b) => b.type === 'data_visualization'),
        'the answer without the chart',
      );
      const rejected = h2.fake.calls.filter((c) => c.name === 'chat.postMessage' && c.body.channel === 'C9' && blocksOf(c).some((b) => b.type === 'data_visualization'));
      expect(rejected.length, 'the chart was tried first').toBeGreaterThan(0);
      const answer = h2.engine.ask(RANKING);
      expect(JSON.stringify(blocksOf(delivered))).toContain(answer.summary.slice(0, 12));
      expect(blocksOf(delivered).some((b) => b.type === 'table')).toBe(true);
    } finally {
      await h2.close();
    }
  });
});

describe('feedback', () => {
  it('logs a 👍 with the answer id, the question and the figures', async () => {
    await h.slash(RANKING, 'vote1');
    const call = await h.fake.waitFor(response('vote1'), 'an answer to vote on');
    const fb = blocksOf(call).find((b) => b.type === 'context_actions')!.elements[0];
    expect(fb.type).toBe('feedback_buttons');
    const up = fb.positive_button.value as string;
    await h.action(buttonPress(h.fake.url, { action_id: FEEDBACK_ACTION, value: up }, { channel: 'C1', responseId: 'vote1-press' }));
    const id = answerId(h.engine.ask(RANKING));
    const line = JSON.parse(await logLine((l) => l.includes('answer feedback') && l.includes(id)));
    expect(line).toMatchObject({ feedback: 'up', answerId: id, question: RANKING, user: 'U1', answerChanged: false });
    const answer = h.engine.ask(RANKING);
    expect(line.figures.map((f: { value: number }) => f.value)).toEqual(answer.figures.map((f) => f.value));
  });
});
