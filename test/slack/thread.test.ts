// Conversations in Slack, over the real Bolt app on loopback: a mention starts a thread the bot
// follows; a reply there with only a follow-up reaches the engine with the first turn, without a
// new mention, and is answered in that thread; each person keeps their own context.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { callFor, recordConversations, turnQueries } from '../conversation/recording.js';
import type { Call } from './fake-slack.js';
import { harnessForFile } from './harness.js';

const rec = recordConversations(createEngine());
const data = loadDataset();
const acs = data.budget_lines.find((l) => l.doc.startsWith('000') && l.level === 'agency' && l.name.includes('資通安全署'))!;
const first = `${acs.name} ${acs.year} 年度預算`;
const h = harnessForFile({}, { engine: rec.engine });
let seq = 0;
const ts = () => `1700001${String(++seq).padStart(3, '0')}.000100`;

const postedIn = (channel: string, thread: string, n: number) => async (): Promise<Call> => {
  const pred = (c: Call) => c.name === 'chat.postMessage' && c.body.channel === channel && c.body.thread_ts === thread;
  await h.fake.waitFor((c) => h.fake.calls.filter(pred).length >= n && pred(c), `answer ${n} in ${channel}/${thread}`);
  return h.fake.calls.filter(pred)[n - 1];
};

const mention = (channel: string, user: string, text: string, thread?: string) => {
  const t = ts();
  return { t, send: () => h.event({ type: 'app_mention', user, text: `<@UBOT> ${text}`, channel, ts: t, event_ts: t, ...(thread ? { thread_ts: thread } : {}) }) };
};
const reply = (channel: string, user: string, text: string, thread: string) =>
  h.event({ type: 'message', user, text, channel, channel_type: 'channel', ts: ts(), thread_ts: thread });

describe('a Slack thread', () => {
  it('answers a follow-up reply without a mention, in the thread, with the first turn as context', async () => {
    const m = mention('CTHREAD', 'U1', first);
    await m.send();
    const one = await postedIn('CTHREAD', m.t, 1)();
    expect(JSON.stringify(one.body.blocks)).toContain(acs.name);
    await reply('CTHREAD', 'U1', '那113年呢？', m.t);
    await postedIn('CTHREAD', m.t, 2)();
    expect(turnQueries(callFor(rec.calls, '那113年呢？')!.conversation)).toEqual([first]);
  });

  it('keeps two people in one thread apart', async () => {
    const m = mention('CTWO', 'U1', first);
    await m.send();
    await postedIn('CTWO', m.t, 1)();
    await reply('CTWO', 'U2', '那112年呢？', m.t);
    await postedIn('CTWO', m.t, 2)();
    expect(callFor(rec.calls, '那112年呢？')!.conversation).toBeNull();
    await reply('CTWO', 'U1', '那111年呢？', m.t);
    await postedIn('CTWO', m.t, 3)();
    expect(turnQueries(callFor(rec.calls, '那111年呢？')!.conversation)).toEqual([first]);
  });

  it('leaves threads it was never part of alone, and answers a reply that also mentions it once', async () => {
    const other = ts();
    await reply('CQUIET', 'U1', '那110年呢？', other);
    const m = mention('CQUIET', 'U1', first);
    await m.send();
    await postedIn('CQUIET', m.t, 1)();
    // Slack sends a reply that mentions the bot twice: as app_mention and as message
    const again = mention('CQUIET', 'U1', '那109年呢？', m.t);
    await again.send();
    await h.event({ type: 'message', user: 'U1', text: '<@UBOT> 那109年呢？', channel: 'CQUIET', channel_type: 'channel', ts: again.t, thread_ts: m.t });
    await postedIn('CQUIET', m.t, 2)();
    await reply('CQUIET', 'U1', '那108年呢？', m.t);
    await postedIn('CQUIET', m.t, 3)();
    expect(rec.calls.filter((c) => c.question === '那109年呢？')).toHaveLength(1);
    expect(rec.calls.some((c) => c.question === '那110年呢？')).toBe(false);
    expect(h.fake.calls.some((c) => c.body.thread_ts === other)).toBe(false);
  });

  it('continues a person\'s conversation across slash commands in the same channel, and in a DM', async () => {
    await h.slash(first, 'conv-slash-1', { channel_id: 'CSLASH' });
    await h.fake.waitFor((c) => c.kind === 'response' && c.name === 'conv-slash-1', 'first slash answer');
    await h.slash('那107年呢？', 'conv-slash-2', { channel_id: 'CSLASH' });
    await h.fake.waitFor((c) => c.kind === 'response' && c.name === 'conv-slash-2', 'second slash answer');
    expect(turnQueries(callFor(rec.calls, '那107年呢？')!.conversation)).toEqual([first]);
    await h.event({ type: 'message', user: 'U5', text: first, channel: 'DCONV', channel_type: 'im', ts: ts() });
    await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === 'DCONV', 'DM answer');
    await h.event({ type: 'message', user: 'U5', text: '那106年呢？', channel: 'DCONV', channel_type: 'im', ts: ts() });
    await h.fake.waitFor((c) => h.fake.calls.filter((x) => x.body.channel === 'DCONV').length >= 2, 'DM follow-up answer');
    expect(turnQueries(callFor(rec.calls, '那106年呢？')!.conversation)).toEqual([first]);
  });
});
