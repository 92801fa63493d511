// Choices in Discord: an unsure answer carries one button per choice (its label and value; its pick, and the
// question where the custom_id holds it); pressing one answers with exactly that figure in the presser's
// conversation of that channel, so a follow-up carries on from it. Through the gateway's handlers and the
// HTTP interactions endpoint, with discord.js's REST client replying to a loopback fake.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Choice } from '../../src/core/answer.js';
import { shortValue } from '../../src/format/choices.js';
import { CUSTOM_ID_MAX, parseCustomId } from '../../src/format/discord-ids.js';
import { EPHEMERAL } from '../../src/format/discord.js';
import { formatValue } from '../../src/format/numbers.js';
import { callFor, recordConversations, turnQueries } from '../conversation/recording.js';
import { CHOICES_QUESTION, FOLLOW_UP, answerTo, expectChoices, expectFollowUp, expectPicked } from '../conversation/choices.js';
import { command, interaction, postInteraction } from './fake-discord.js';
import { BOT, discordSurfaces } from './surfaces.js';

const USER = '5555';
const rec = recordConversations(createEngine());
const d = discordSurfaces(rec.engine, { RATE_LIMIT_PER_MINUTE: '1000' });
let n = 0;

type Message = { embeds: { description: string }[]; components: { components: { custom_id: string; label: string }[] }[]; flags?: number };
const member = { member: { user: { id: USER, username: 'tester' } } };

/** Ask by @mention in a channel; the bot's reply, as posted. */
async function mention(channel: string, text: string): Promise<Message> {
  const m = { id: `m${++n}`, channel_id: channel, guild_id: '8888', content: `<@${BOT}> ${text}`, author: { id: USER, bot: false }, mentions: [{ id: BOT }] };
  await d.handlers.onMessage(m);
  const posted = await d.fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages` && r.json?.message_reference?.message_id === m.id);
  return posted.json as Message;
}

const press = (channel: string, customId: string, message: Message) =>
  interaction(3, { custom_id: customId, component_type: 2 }, { channel_id: channel, guild_id: '8888', message, ...member });

/** Choices among major plans, each a plan's approved total. */
function expectPlanChoices(a: ReturnType<typeof answerTo>): Choice[] {
  expect(a.intent).toBe('clarify');
  expect(a.choices!.length).toBeGreaterThanOrEqual(2);
  return a.choices!;
}

/** The choice buttons: each with the choice's label and value, its pick in the custom_id. */
function choiceButtons(m: Message, choices: Choice[], lang: 'zh' | 'en' = 'zh'): { custom_id: string; label: string }[] {
  const buttons = m.components.flatMap((r) => r.components).filter((b) => parseCustomId(b.custom_id)?.kind === 'pick');
  expect(buttons).toHaveLength(choices.length);
  choices.forEach((c, i) => {
    expect(buttons[i].label).toContain(c.label);
    expect(buttons[i].label).toContain(shortValue(c, lang));
    expect(buttons[i].custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(parseCustomId(buttons[i].custom_id)).toMatchObject({ kind: 'pick', index: i + 1, pick: c.pick });
  });
  return buttons;
}

const pickCalls = () => rec.calls.filter((c) => typeof c.question === 'object' && 'pick' in c.question);
const figureText = (c: Choice) => formatValue(c.figure.value, c.figure.unit, 'zh');

describe('choices in Discord', () => {
  it('a press answers with that figure in the channel\'s conversation; a follow-up carries on from it', async () => {
    const first = await mention('41414141', CHOICES_QUESTION);
    const choices = expectChoices(answerTo(rec.calls, CHOICES_QUESTION));
    const current = choices.find((c) => c.label.includes('經常門'))!;
    const button = choiceButtons(first, choices)[choices.indexOf(current)];
    expect(parseCustomId(button.custom_id)).toMatchObject({ query: CHOICES_QUESTION });

    const res = await postInteraction(d.base, JSON.stringify(press('41414141', button.custom_id, first)), d.keys);
    expect(res.json.type).toBe(4);
    expect(res.json.data.embeds[0].description).toContain(figureText(current));
    const picked = pickCalls().at(-1)!;
    expect(picked.question).toEqual({ pick: current.pick, query: CHOICES_QUESTION });
    expect(turnQueries(picked.conversation)).toEqual([CHOICES_QUESTION]);
    expectPicked(picked.answer, current);

    // the chart under the answer to the pick is that figure's, not the question's (which has none)
    const pickedMessage = res.json.data as Message;
    // (a figure with no chart gets no chart button)
    const chart = pickedMessage.components.flatMap((r) => r.components).find((b) => parseCustomId(b.custom_id)?.kind === 'chart');
    expect(Boolean(chart)).toBe(Boolean(picked.answer.chart));
    if (chart) {
      expect(parseCustomId(chart.custom_id)).toMatchObject({ pick: current.pick });
      const chartPress = press('41414141', chart.custom_id, pickedMessage);
      expect((await postInteraction(d.base, JSON.stringify(chartPress), d.keys)).json).toEqual({ type: 5 });
      const edit = await d.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(chartPress.token)));
      expect(edit.json.embeds[0].title).toBe(picked.answer.chart!.title);
    }

    await mention('41414141', FOLLOW_UP);
    const follow = callFor(rec.calls, FOLLOW_UP)!;
    expect(turnQueries(follow.conversation)).toEqual([CHOICES_QUESTION, CHOICES_QUESTION]);
    expectFollowUp(follow.answer, current.figure);
  });

  it('reads a question too long for the custom_id back from the message, pressed through the gateway', async () => {
    const long = `請問${CHOICES_QUESTION}是多少？想確認正確的數字與出處，謝謝您的協助`;
    const first = await mention('42424242', long);
    const choices = expectChoices(answerTo(rec.calls, long));
    const button = choiceButtons(first, choices)[1];
    expect(parseCustomId(button.custom_id)).not.toHaveProperty('query');
    const payload = press('42424242', button.custom_id, first);
    await d.handlers.onInteraction(payload);
    const callback = await d.fake.waitFor((r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`);
    expect(callback.json.type).toBe(4);
    expect(callback.json.data.embeds[0].description).toContain(figureText(choices[1]));
    expect(pickCalls().at(-1)!.question).toEqual({ pick: choices[1].pick, query: long });
    expectPicked(pickCalls().at(-1)!.answer, choices[1]);
  });

  it('puts the pick on the chart button under the answer to it, and charts that figure', async () => {
    // the approved totals of major plans have a chart; several plans are named by "satellite"
    const q = 'What is the approved total of the satellite plan?';
    const first = await mention('44444444', q);
    const choices = expectPlanChoices(answerTo(rec.calls, q));
    const button = choiceButtons(first, choices, 'en')[1];
    const res = await postInteraction(d.base, JSON.stringify(press('44444444', button.custom_id, first)), d.keys);
    const picked = pickCalls().at(-1)!;
    expect(picked.question).toEqual({ pick: choices[1].pick, query: q });
    const message = res.json.data as Message;
    const chart = message.components.flatMap((r) => r.components).find((b) => parseCustomId(b.custom_id)?.kind === 'chart');
    expect(parseCustomId(chart!.custom_id)).toMatchObject({ pick: choices[1].pick });
    const chartPress = press('44444444', chart!.custom_id, message);
    expect((await postInteraction(d.base, JSON.stringify(chartPress), d.keys)).json).toEqual({ type: 5 });
    const edit = await d.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(chartPress.token)));
    expect(edit.json.embeds[0].title).toBe(picked.answer.chart!.title);
    expect(picked.answer.figures[0]).toEqual(choices[1].figure);
  });

  it('answers a press on a private answer privately', async () => {
    const ask = { ...command('ask', { question: CHOICES_QUESTION, private: true }), channel_id: '43434343', guild_id: '8888', ...member };
    const first = (await postInteraction(d.base, JSON.stringify(ask), d.keys)).json.data as Message;
    expect(first.flags).toBe(EPHEMERAL);
    const choices = expectChoices(answerTo(rec.calls, CHOICES_QUESTION));
    const button = choiceButtons(first, choices)[0];
    const res = await postInteraction(d.base, JSON.stringify(press('43434343', button.custom_id, first)), d.keys);
    expect(res.json.data.flags).toBe(EPHEMERAL);
    expect(res.json.data.embeds[0].description).toContain(figureText(choices[0]));
  });
});
