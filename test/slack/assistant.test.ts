// Slack's assistant pane over the real Bolt app on loopback, against the recording fake Slack API:
// opening the pane sets prompts the core answers with a figure; a question sets a status and a
// title and is answered in the pane's thread; a follow-up there is read with the earlier turn.
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../../src/adapters/slack/manifest.js';
import { callFor, recordConversations, turnQueries } from '../conversation/recording.js';
import type { Call } from './fake-slack.js';
import { harnessForFile } from './harness.js';

const plain = createEngine();
const rec = recordConversations(plain);
const data = loadDataset();
const adi = data.budget_lines.find((l) => l.level === 'agency' && l.agency === '6220' && l.budget !== null && l.kind === 'expenditure')!;
const first = `${adi.name} ${adi.year} 年度預算`;
const h = harnessForFile({}, { engine: rec.engine });
let seq = 0;
const ts = () => `1700002${String(++seq).padStart(3, '0')}.000100`;

const started = (channel: string, thread: string, user = 'U1') =>
  h.event({
    type: 'assistant_thread_started', event_ts: ts(),
    assistant_thread: { user_id: user, context: { channel_id: 'CVIEWED', team_id: 'T1' }, channel_id: channel, thread_ts: thread },
  });
const inPane = (channel: string, thread: string, text: string, user = 'U1') =>
  h.event({ type: 'message', user, text, channel, channel_type: 'im', ts: ts(), thread_ts: thread, event_ts: ts() });

const calls = (name: string, channel: string, thread: string) =>
  h.fake.calls.filter((c) => c.name === name && (c.body.channel ?? c.body.channel_id) === channel && c.body.thread_ts === thread);
const nth = async (name: string, channel: string, thread: string, n = 1): Promise<Call> => {
  await h.fake.waitFor(() => calls(name, channel, thread).length >= n, `${name} #${n} in ${channel}/${thread}`);
  return calls(name, channel, thread)[n - 1];
};

/** Whether the core answers a question with a figure (asked through the engine, not the app). */
const answersWithFigure = (e: Engine, q: string) => {
  const a = e.ask(q);
  return !['not_found', 'clarify', 'help'].includes(a.intent) && a.figures.length > 0;
};

describe('the Slack assistant pane', () => {
  it('greets and sets suggested prompts that the core answers with a figure', async () => {
    await started('DPANE1', '1700002000.000001');
    const set = await nth('assistant.threads.setSuggestedPrompts', 'DPANE1', '1700002000.000001');
    const prompts = set.body.prompts as { title: string; message: string }[];
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    expect(prompts.length).toBeLessThanOrEqual(4);
    for (const p of prompts) {
      expect(p.title.length).toBeGreaterThan(0);
      expect(answersWithFigure(plain, p.message), p.message).toBe(true);
    }
    // real names from the data: one of them is a major plan, one an indicator
    const plans = new Set(data.major_plans.map((p) => p.name));
    expect(prompts.some((p) => [...plans].some((n) => p.message.includes(n)))).toBe(true);
    const greeting = await nth('chat.postMessage', 'DPANE1', '1700002000.000001');
    expect(greeting.body.text).toMatch(/出處/);
    expect(greeting.body.text).toMatch(/source/);
  });

  it('greets and suggests in English when the person\'s Slack locale is English', async () => {
    h.fake.answer('users.info', { ok: true, user: { id: 'UEN', locale: 'en-US' } });
    try {
      await started('DPANE2', '1700002000.000002', 'UEN');
      const set = await nth('assistant.threads.setSuggestedPrompts', 'DPANE2', '1700002000.000002');
      const prompts = set.body.prompts as { message: string }[];
      expect(prompts.some((p) => /budget|Progress|Latest/.test(p.message))).toBe(true);
      for (const p of prompts) expect(answersWithFigure(plain, p.message), p.message).toBe(true);
      const greeting = await nth('chat.postMessage', 'DPANE2', '1700002000.000002');
      expect(greeting.body.text).toMatch(/^Hello/);
      expect(greeting.body.text).not.toMatch(/[\u4e00-\u9fff]{6}/);
    } finally {
      h.fake.answer('users.info', { ok: true });
    }
  });

  it('sets a status and the title, and answers a question in the pane thread', async () => {
    const thread = '1700002000.000003';
    await inPane('DPANE3', thread, first);
    const status = await nth('assistant.threads.setStatus', 'DPANE3', thread);
    expect(String(status.body.status)).toMatch(/查詢/);
    const title = await nth('assistant.threads.setTitle', 'DPANE3', thread);
    expect(title.body.title).toBe(first);
    const answer = await nth('chat.postMessage', 'DPANE3', thread);
    const expected = plain.ask(first);
    expect(expected.figures[0].value).toBe(adi.budget);
    expect(JSON.stringify(answer.body.blocks)).toContain(adi.name);
    expect(JSON.stringify(answer.body.blocks)).toContain(String(adi.budget! / 1000).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  });

  it('answers a follow-up in the pane with the earlier question as context', async () => {
    const thread = '1700002000.000004';
    await inPane('DPANE4', thread, first);
    await nth('chat.postMessage', 'DPANE4', thread, 1);
    const earlier = adi.year - 1;
    await inPane('DPANE4', thread, `那 ${earlier} 年呢？`);
    const followUp = await nth('chat.postMessage', 'DPANE4', thread, 2);
    expect(turnQueries(callFor(rec.calls, `那 ${earlier} 年呢？`)!.conversation)).toEqual([first]);
    const text = JSON.stringify(followUp.body.blocks);
    expect(text).toContain(adi.name);
    expect(text).toContain(String(earlier));
    // the follow-up does not rename the thread
    expect(calls('assistant.threads.setTitle', 'DPANE4', thread)).toHaveLength(1);
  });

  it('still answers when Slack refuses the status and the title (a DM thread outside the pane)', async () => {
    h.fake.answer('assistant.threads.setStatus', { ok: false, error: 'channel_type_not_supported' });
    h.fake.answer('assistant.threads.setTitle', { ok: false, error: 'channel_type_not_supported' });
    try {
      await inPane('DPANE6', '1700002000.000007', first);
      const answer = await nth('chat.postMessage', 'DPANE6', '1700002000.000007');
      expect(JSON.stringify(answer.body.blocks)).toContain(adi.name);
    } finally {
      h.fake.answer('assistant.threads.setStatus', { ok: true });
      h.fake.answer('assistant.threads.setTitle', { ok: true });
    }
  });

  it('keeps one pane thread\'s context out of another', async () => {
    await inPane('DPANE5', '1700002000.000005', first);
    await nth('chat.postMessage', 'DPANE5', '1700002000.000005');
    await inPane('DPANE5', '1700002000.000006', '那 110 年呢？');
    await nth('chat.postMessage', 'DPANE5', '1700002000.000006');
    expect(callFor(rec.calls, '那 110 年呢？')!.conversation).toBeNull();
  });

  it('the manifest turns the assistant view on with its scope and events', () => {
    const m = buildManifest({ socketMode: true }) as { features: Record<string, unknown> };
    expect(m.features.assistant_view).toMatchObject({ assistant_description: expect.any(String) });
    expect(BOT_SCOPES).toContain('assistant:write');
    expect(BOT_EVENTS).toEqual(expect.arrayContaining(['assistant_thread_started', 'assistant_thread_context_changed', 'message.im']));
  });
});
