// The real Bolt app over real HTTP on loopback, against a fake Slack that records every call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { formatMoneyCell } from '../../src/format/numbers.js';
import { ACTION } from '../../src/format/slack.js';
import { buttonPress, startHarness, type Harness } from './harness.js';
import { readableStrings, signedHeaders, type Call } from './fake-slack.js';

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => unhandled.push(err);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  process.off('unhandledRejection', onUnhandled);
});

type Blocks = { type: string; elements?: { action_id?: string; value?: string }[]; text?: { text: string } }[];
const blocksOf = (c: Call) => c.body.blocks as Blocks;
const buttons = (c: Call) => blocksOf(c).flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));
const response = (id: string) => (c: Call) => c.kind === 'response' && c.name === id;
const posted = (pred: (b: Record<string, unknown>) => boolean) => (c: Call) => c.kind === 'api' && c.name === 'chat.postMessage' && pred(c.body);

/** The ADI (6220) 114 budget line as the data has it; the test fails until the data is built. */
function adiBudget114(): BudgetLine {
  const lines = JSON.parse(readFileSync(join(DATA_DIR, 'budget_lines.json'), 'utf8')) as BudgetLine[];
  const line = lines.find((l) => l.kind === 'expenditure' && l.agency === '6220' && l.year === 114 && l.level === 'agency' && l.budget !== null);
  if (!line) throw new Error('data/budget_lines.json has no 114 expenditure line for 數位產業署 (6220) yet');
  return line;
}

describe('slash command /budget', () => {
  it('acks a signed command with 200, then posts the answer to response_url, privately', async () => {
    const q = 'help';
    const res = await h.slash(q, 'help1');
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor(response('help1'), 'the answer at response_url');
    expect(call.body.response_type).toBe('ephemeral');
    expect(typeof call.body.text).toBe('string');
    expect(blocksOf(call)[0].type).toBe('header');
    const expected = h.engine.command('help', {});
    expect(JSON.stringify(call.body.blocks)).toContain(expected.summary.split('\n')[0].slice(0, 20).replace(/[&<>]/g, ''));
  });

  it('answers the ADI 114 budget with the figure from the data', async () => {
    const line = adiBudget114();
    const res = await h.slash(`${line.name} ${line.year} 年度預算`, 'adi');
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor(response('adi'), 'the ADI answer');
    expect(JSON.stringify(call.body.blocks)).toContain(formatMoneyCell(line.budget!, 'zh'));
  });

  it('maps a subcommand to the engine command and a long question to a clear notice', async () => {
    await h.slash('search MyData', 'search1');
    const call = await h.fake.waitFor(response('search1'), 'the search answer');
    const expected = h.engine.command('search', { keywords: 'MyData' });
    expect(call.body.text).toContain(expected.summary.slice(0, 10).replace(/[&<>]/g, ''));

    await h.slash('預'.repeat(600), 'long1');
    const long = await h.fake.waitFor(response('long1'), 'the too-long notice');
    expect(String(long.body.text)).toContain('500');
  });

  it('rejects a forged signature and a five-minute-old timestamp with 401, and calls nothing', async () => {
    const before = h.fake.calls.length;
    const body = new URLSearchParams({ command: '/budget', text: 'help', user_id: 'U1', response_url: `${h.fake.url}/response/forged` }).toString();
    const forged = await h.post(body, 'application/x-www-form-urlencoded', signedHeaders('not-the-secret', body));
    expect(forged.status).toBe(401);
    const old = await h.postSigned(body, 'application/x-www-form-urlencoded', Math.floor(Date.now() / 1000) - 6 * 60);
    expect(old.status).toBe(401);
    const unsigned = await h.post(body, 'application/x-www-form-urlencoded');
    expect(unsigned.status).toBe(401);
    // A later, genuine request is answered; nothing reached Slack for the rejected ones.
    await h.slash('help', 'after-forged');
    await h.fake.waitFor(response('after-forged'), 'the genuine answer');
    expect(h.fake.calls.slice(before).some((c) => c.name === 'forged')).toBe(false);
  });
});

describe('mentions, direct messages, App Home', () => {
  it('answers an @mention in a new thread under the message, or in the thread it came from', async () => {
    const res = await h.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> help', ts: '1700000100.000100', channel: 'C1', event_ts: '1700000100.000100' });
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor(posted((b) => b.thread_ts === '1700000100.000100'), 'a reply in the new thread');
    expect(call.body.channel).toBe('C1');
    expect(call.authorization).toBe(`Bearer ${h.botToken}`);

    await h.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> help', ts: '1700000200.000100', thread_ts: '1700000150.000100', channel: 'C1', event_ts: '1700000200.000100' });
    await h.fake.waitFor(posted((b) => b.thread_ts === '1700000150.000100'), 'a reply in the existing thread');
  });

  it('answers a direct message in place, ignoring edits and bot posts', async () => {
    await h.event({ type: 'message', subtype: 'message_changed', channel: 'DIGNORED', channel_type: 'im', message: { text: 'help' }, ts: '1.1' });
    await h.event({ type: 'message', bot_id: 'BOTHER', user: 'U9', text: 'help', channel: 'DIGNORED', channel_type: 'im', ts: '1.2' });
    await h.event({ type: 'message', user: 'U1', text: 'help', channel: 'CNOTDM', channel_type: 'channel', ts: '1.3' });
    await h.event({ type: 'message', user: 'U1', text: 'help', channel: 'D1', channel_type: 'im', ts: '1700000300.000100' });
    const call = await h.fake.waitFor(posted((b) => b.channel === 'D1'), 'a reply in the DM');
    expect(call.body.thread_ts).toBeUndefined();
    expect(h.fake.calls.some(posted((b) => b.channel === 'DIGNORED' || b.channel === 'CNOTDM'))).toBe(false);
  });

  it('publishes the Home tab when it is opened', async () => {
    await h.event({ type: 'app_home_opened', user: 'U7', channel: 'D7', tab: 'home', event_ts: '1.4' });
    const call = await h.fake.waitFor((c) => c.name === 'views.publish', 'views.publish');
    expect(call.body.user_id).toBe('U7');
    expect((call.body.view as { type: string }).type).toBe('home');
  });
});

describe('buttons', () => {
  it('"Share to channel" posts the same answer to the channel and removes the private copy', async () => {
    await h.slash('help', 'private1');
    const priv = await h.fake.waitFor(response('private1'), 'the private answer');
    const share = buttons(priv).find((b) => b.action_id === ACTION.share);
    // Help answers are not worth sharing; use a question's answer instead.
    const question = share ? priv : await (async () => {
      await h.slash('search MyData', 'private2');
      return h.fake.waitFor(response('private2'), 'a private answer with a share button');
    })();
    const btn = buttons(question).find((b) => b.action_id === ACTION.share)!;
    expect(btn).toBeDefined();
    const res = await h.action(buttonPress(h.fake.url, { action_id: ACTION.share, value: btn.value! }, { channel: 'CSHARE', ephemeral: true, responseId: 'share1' }));
    expect(res.status).toBe(200);
    const shared = await h.fake.waitFor(posted((b) => b.channel === 'CSHARE'), 'the shared answer');
    const withoutActions = (c: Call) => blocksOf(c).filter((b) => b.type !== 'actions');
    expect(withoutActions(shared)).toEqual(withoutActions(question));
    expect(buttons(shared).some((b) => b.action_id === ACTION.share)).toBe(false);
    const deleted = await h.fake.waitFor(response('share1'), 'the private copy deleted');
    expect(deleted.body.delete_original).toBe(true);
  });

  it('a suggestion button asks that question', async () => {
    await h.slash('no such thing at all zzzz', 'sugg0');
    const first = await h.fake.waitFor(response('sugg0'), 'an answer with suggestions');
    const btn = buttons(first).find((b) => b.action_id?.startsWith(ACTION.ask));
    expect(btn, 'the answer offers suggestions').toBeDefined();
    await h.action(buttonPress(h.fake.url, { action_id: btn!.action_id!, value: btn!.value! }, { channel: 'C1', ephemeral: true, responseId: 'sugg1' }));
    const call = await h.fake.waitFor(response('sugg1'), 'the suggestion answered');
    const expected = h.engine.ask(btn!.value!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    expect(call.body.response_type).toBe('ephemeral');
    expect(call.body.replace_original).toBe(false);
    expect(JSON.stringify(call.body.blocks)).toContain(JSON.stringify(expected.summary).slice(1, 15).replace(/[&<>]/g, ''));
  });
});

describe('hostile input', () => {
  it('echoes <!channel>, <!here> and <@U…> only escaped, in every text Slack receives', async () => {
    const start = h.fake.calls.length;
    const nasty = '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; <!everyone> 數位產業署 預算 & more';
    await h.slash(nasty, 'nasty1');
    await h.fake.waitFor(response('nasty1'), 'the slash answer');
    await h.event({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${nasty}`, ts: '1700000400.000100', channel: 'C2', event_ts: '1.5' });
    await h.fake.waitFor(posted((b) => b.channel === 'C2'), 'the mention answer');
    await h.event({ type: 'message', user: 'U1', text: nasty, channel: 'D2', channel_type: 'im', ts: '1700000500.000100' });
    await h.fake.waitFor(posted((b) => b.channel === 'D2'), 'the DM answer');
    const texts = h.fake.calls.slice(start).flatMap((c) => readableStrings(c.body));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(t).not.toMatch(/<[!@#]/);
      expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(texts.some((t) => t.includes('&lt;!channel&gt;'))).toBe(true);
  });

  it('survives garbage payloads and keeps answering', async () => {
    const bad = [
      ['payload=%7Bnot-json', 'application/x-www-form-urlencoded'],
      ['{not json', 'application/json'],
      [JSON.stringify({ type: 'event_callback', event: { type: 'app_mention' } }), 'application/json'],
      [JSON.stringify({ type: 'event_callback', event: { type: 'message', channel_type: 'im', user: 'U1', channel: 'D3', text: null } }), 'application/json'],
      [new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', actions: [{ action_id: ACTION.share }], user: { id: 'U1' } }) }).toString(), 'application/x-www-form-urlencoded'],
      [new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', actions: [{ action_id: `${ACTION.ask}0`, value: 42 }], user: { id: 'U1' }, container: {} }) }).toString(), 'application/x-www-form-urlencoded'],
      ['\u0000\u0001\u0002', 'application/octet-stream'],
    ] as const;
    for (const [body, type] of bad) {
      const res = await h.postSigned(body, type);
      expect(res.status, body).toBeLessThan(500);
    }
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
    await h.slash('help', 'after-garbage');
    await h.fake.waitFor(response('after-garbage'), 'an answer after the garbage');
    expect(unhandled).toEqual([]);
  });

  it('never writes a secret to the log', () => {
    const all = h.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(h.botToken);
    expect(all).not.toContain(h.secret);
  });
});
