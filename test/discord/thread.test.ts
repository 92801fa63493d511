// Conversations in Discord: through the gateway handlers and the HTTP interactions endpoint, replying
// with discord.js's REST client to a loopback fake. A thread is a channel of its own: a mention there,
// then a message with only a follow-up, reaches the engine with the first turn and is answered in it.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { callFor, recordConversations, turnQueries } from '../conversation/recording.js';
import { interaction, postInteraction } from './fake-discord.js';
import { BOT, discordSurfaces } from './surfaces.js';

const THREAD = '606060606060';
const rec = recordConversations(createEngine());
const acs = loadDataset().budget_lines.find((l) => l.doc.startsWith('000') && l.level === 'agency' && l.name.includes('資通安全署'))!;
const first = `${acs.name} ${acs.year} 年度預算`;
const d = discordSurfaces(rec.engine);
let n = 0;

/** A message as the gateway dispatches it; messages in a thread carry a position. */
const msg = (channel: string, user: string, content: string, extra: Record<string, unknown> = {}) => ({
  id: `m${++n}`, channel_id: channel, guild_id: '8888', content, author: { id: user, bot: false }, mentions: [] as { id: string }[], ...extra,
});
const answered = (m: { id: string; channel_id: string }) =>
  d.fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${m.channel_id}/messages` && r.json?.message_reference?.message_id === m.id);

describe('a Discord thread', () => {
  it('answers a follow-up without a mention in a thread it answered in, with the first turn as context', async () => {
    const start = msg(THREAD, '5555', `<@${BOT}> ${first}`, { mentions: [{ id: BOT }], position: 0 });
    await d.handlers.onMessage(start);
    expect(JSON.stringify((await answered(start)).json)).toContain(acs.name);
    const follow = msg(THREAD, '5555', '那113年呢？', { position: 1 });
    await d.handlers.onMessage(follow);
    await answered(follow);
    expect(turnQueries(callFor(rec.calls, '那113年呢？')!.conversation)).toEqual([first]);
  });

  it('keeps two people in one channel apart, and ignores unaddressed messages outside threads', async () => {
    const before = d.fake.requests.length;
    await d.handlers.onMessage(msg('31313131', '5555', '那112年呢？'));
    expect(d.fake.requests.length).toBe(before);
    const a = msg('31313131', '5555', `<@${BOT}> ${first}`, { mentions: [{ id: BOT }] });
    await d.handlers.onMessage(a);
    await answered(a);
    const b = msg('31313131', '6666', `<@${BOT}> 那111年呢？`, { mentions: [{ id: BOT }] });
    await d.handlers.onMessage(b);
    await answered(b);
    expect(callFor(rec.calls, '那111年呢？')!.conversation).toBeNull();
    const c = msg('31313131', '5555', `<@${BOT}> 那110年呢？`, { mentions: [{ id: BOT }] });
    await d.handlers.onMessage(c);
    await answered(c);
    expect(turnQueries(callFor(rec.calls, '那110年呢？')!.conversation)).toEqual([first]);
  });

  it('continues the same conversation with /budget ask in that thread (HTTP interactions)', async () => {
    const payload = interaction(2, { id: '1', name: 'budget', type: 1, options: [{ type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: '那109年呢？' }] }] }, {
      channel_id: THREAD, guild_id: '8888', member: { user: { id: '5555', username: 'tester' } },
    });
    const res = await postInteraction(d.base, JSON.stringify(payload), d.keys);
    expect(res.status).toBe(200);
    expect(res.json.type).toBe(4);
    expect(turnQueries(callFor(rec.calls, '那109年呢？')!.conversation)).toEqual([first, '那113年呢？']);
  });
});
