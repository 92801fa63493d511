// Choices in Slack, over the real Bolt app on loopback against the fake Slack: an unsure answer shows one
// button per choice (its label and value); pressing one answers in the same thread with exactly that
// figure, in the presser's conversation there, once however often Slack delivers the press, and a
// follow-up carries on from the figure picked.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Choice } from '../../src/core/answer.js';
import { formatValue } from '../../src/format/numbers.js';
import { ACTION } from '../../src/format/slack.js';
import { shortValue } from '../../src/format/choices.js';
import { parsePickValue, PICK_ACTION } from '../../src/format/slack-choices.js';
import { callFor, recordConversations, turnQueries } from '../conversation/recording.js';
import { CHOICES_QUESTION, FOLLOW_UP, answerTo, expectChoices, expectFollowUp, expectPicked } from '../conversation/choices.js';
import type { Call } from './fake-slack.js';
import { buttonPress, harnessForFile } from './harness.js';

const rec = recordConversations(createEngine());
const h = harnessForFile({}, { engine: rec.engine });
let seq = 0;
const ts = () => `1700002${String(++seq).padStart(3, '0')}.000100`;

type Button = { action_id: string; value: string; text: { text: string } };
const pickButtons = (c: Call) => ((c.body.blocks ?? []) as { type: string; elements?: Button[] }[])
  .flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []))
  .filter((e) => PICK_ACTION.test(e.action_id));

const inThread = (channel: string, thread: string) => (c: Call) => c.name === 'chat.postMessage' && c.body.channel === channel && c.body.thread_ts === thread;
async function nthIn(pred: (c: Call) => boolean, n: number): Promise<Call> {
  await h.fake.waitFor((c) => pred(c) && h.fake.calls.filter(pred).length >= n, `message ${n}`);
  return h.fake.calls.filter(pred)[n - 1];
}

/** The buttons show each choice's label and value, and carry its pick and the question. */
function expectButtons(call: Call, choices: Choice[]): Button[] {
  const buttons = pickButtons(call);
  expect(buttons).toHaveLength(choices.length);
  choices.forEach((c, i) => {
    expect(buttons[i].text.text).toContain(c.label);
    expect(buttons[i].text.text).toContain(shortValue(c, 'zh'));
    expect(parsePickValue(buttons[i].value)).toEqual({ pick: c.pick, question: CHOICES_QUESTION });
  });
  return buttons;
}

describe('choices in Slack', () => {
  it('a press answers in the thread with that figure, once, acked at once; a follow-up carries on from it', async () => {
    const asked = ts();
    await h.event({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${CHOICES_QUESTION}`, channel: 'CPICK', ts: asked, event_ts: asked });
    const posted = inThread('CPICK', asked);
    const first = await nthIn(posted, 1);
    const choices = expectChoices(answerTo(rec.calls, CHOICES_QUESTION));
    const current = choices.find((c) => c.label.includes('經常門'))!;
    const button = expectButtons(first, choices)[choices.indexOf(current)];

    const press = buttonPress(h.fake.url, { action_id: button.action_id, value: button.value }, { channel: 'CPICK', thread_ts: asked, responseId: 'pick1' });
    const t0 = performance.now();
    const res = await h.action(press);
    // Slack wants the ack within 3 s; it is sent before any work (a generous bound on a shared machine)
    expect(res.status).toBe(200);
    expect(performance.now() - t0).toBeLessThan(3000);
    const second = await nthIn(posted, 2);
    const pickCall = rec.calls.find((c) => typeof c.question === 'object' && 'pick' in c.question)!;
    expect(pickCall.question).toEqual({ pick: current.pick, query: CHOICES_QUESTION });
    expect(turnQueries(pickCall.conversation)).toEqual([CHOICES_QUESTION]);
    expectPicked(pickCall.answer, current);
    expect(JSON.stringify(second.body.blocks)).toContain(formatValue(current.figure.value, current.figure.unit, 'zh'));
    expect(pickButtons(second)).toEqual([]);

    // Slack delivers the same press again: acknowledged, not answered again
    expect((await h.action(press)).status).toBe(200);
    await h.event({ type: 'message', user: 'U1', text: FOLLOW_UP, channel: 'CPICK', channel_type: 'channel', ts: ts(), thread_ts: asked });
    await nthIn(posted, 3);
    expect(h.fake.calls.filter(posted)).toHaveLength(3);
    expect(rec.calls.filter((c) => typeof c.question === 'object' && 'pick' in c.question)).toHaveLength(1);
    const follow = callFor(rec.calls, FOLLOW_UP)!;
    expect(turnQueries(follow.conversation)).toEqual([CHOICES_QUESTION, CHOICES_QUESTION]);
    expectFollowUp(follow.answer, current.figure);
  });

  it('a press on a private /budget answer answers privately; in a DM, typing the number picks too', async () => {
    await h.slash(CHOICES_QUESTION, 'pick-slash', { channel_id: 'CSLASHPICK' });
    const priv = await h.fake.waitFor((c) => c.kind === 'response' && c.name === 'pick-slash', 'the private answer');
    const choices = expectChoices(answerTo(rec.calls, CHOICES_QUESTION));
    const last = expectButtons(priv, choices).at(-1)!;
    await h.action(buttonPress(h.fake.url, { action_id: last.action_id, value: last.value }, { channel: 'CSLASHPICK', ephemeral: true, responseId: 'pick-private' }));
    const answered = await h.fake.waitFor((c) => c.kind === 'response' && c.name === 'pick-private', 'the pick answered privately');
    expect(answered.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answered.body.blocks)).toContain(formatValue(choices.at(-1)!.figure.value, choices.at(-1)!.figure.unit, 'zh'));

    // sharing the private answer to the pick shares that answer, not the question's choices again
    type Block = { type: string; elements?: Button[] };
    const share = ((answered.body.blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION.share)!;
    await h.action(buttonPress(h.fake.url, { action_id: share.action_id, value: share.value }, { channel: 'CSLASHPICK', ephemeral: true, responseId: 'pick-share' }));
    const shared = await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === 'CSLASHPICK', 'the shared answer');
    const withoutActions = (c: Call) => ((c.body.blocks ?? []) as Block[]).filter((b) => b.type !== 'actions' && b.type !== 'context_actions');
    expect(withoutActions(shared)).toEqual(withoutActions(answered));

    const dm = (text: string) => h.event({ type: 'message', user: 'U3', text, channel: 'DPICK', channel_type: 'im', ts: ts() });
    const inDm = (c: Call) => c.name === 'chat.postMessage' && c.body.channel === 'DPICK';
    await dm(CHOICES_QUESTION);
    expectButtons(await nthIn(inDm, 1), choices);
    await dm('2');
    await nthIn(inDm, 2);
    expectPicked(callFor(rec.calls, '2')!.answer, choices[1]);
  });
});
