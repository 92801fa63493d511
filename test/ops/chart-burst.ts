// Chart buttons pressed all at once on a running bot (Discord HTTP interactions and Slack HTTP
// block actions, signed as the platforms sign them), and the replies the fakes received for them:
// each press answered with a PNG, or told to try again (the pool's "busy" notice).
import { randomBytes, sign } from 'node:crypto';
import { CHART_BUSY } from '../../src/format/chart/busy.js';
import { chartId } from '../../src/format/discord-ids.js';
import { ACTION } from '../../src/format/slack.js';
import { escapeSlack } from '../../src/format/slack-text.js';
import { signedHeaders } from '../slack/fake-slack.js';
import { buttonPress } from '../slack/harness.js';
import type { SpawnedBot } from './spawned.js';

export interface BurstOutcome {
  sent: number;
  /** statuses of the presses themselves (the acknowledgement) */
  acked: number;
  pngs: number;
  busy: number;
}

const until = async (done: () => boolean, deadlineMs: number) => {
  const end = Date.now() + deadlineMs;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
};

/** `count` Discord chart presses at once; resolves when every deferred reply was edited (or the deadline passed). */
export async function discordChartBurst(bot: SpawnedBot, question: string, count: number, deadlineMs = 120_000): Promise<BurstOutcome> {
  const run = randomBytes(4).toString('hex');
  const tokens = new Set<string>();
  const presses = Array.from({ length: count }, (_, i) => {
    const token = `burst-${run}-${i}`;
    tokens.add(token);
    const body = JSON.stringify({
      id: `9${Date.now()}${i}`.slice(0, 19), application_id: '123456789012345678', token, type: 3, version: 1, locale: 'zh-TW',
      channel_id: '80000000001', guild_id: '90000000001', member: { user: { id: `7000000${i}` } },
      data: { custom_id: chartId(question), component_type: 2 }, message: { id: '4242', embeds: [] },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), bot.keys.privateKey).toString('hex');
    return fetch(`${bot.url}/discord/interactions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-timestamp': timestamp, 'x-signature-ed25519': signature }, body,
    }).then(async (r) => (await r.json()).type === 5, () => false);
  });
  const acked = (await Promise.all(presses)).filter(Boolean).length;
  const edits = () => bot.discord.requests.filter((r) => r.method === 'PATCH' && [...tokens].some((t) => r.path.includes(`/${t}/`)));
  await until(() => edits().length >= count, deadlineMs);
  const done = edits();
  return {
    sent: count, acked,
    pngs: done.filter((r) => r.files[0]?.bytes.subarray(1, 4).toString() === 'PNG').length,
    busy: done.filter((r) => r.json?.content === CHART_BUSY.zh).length,
  };
}

/** `count` Slack chart presses at once, each in its own thread; resolves when each was answered (or the deadline passed). */
export async function slackChartBurst(bot: SpawnedBot, question: string, count: number, deadlineMs = 120_000): Promise<BurstOutcome> {
  const run = randomBytes(4).toString('hex');
  const thread = (i: number) => `17${run.replace(/\D/g, '1').slice(0, 4)}${String(i).padStart(4, '0')}.000100`;
  const threads = new Set(Array.from({ length: count }, (_, i) => thread(i)));
  const presses = Array.from({ length: count }, (_, i) => {
    const payload = buttonPress(bot.slack.url, { action_id: ACTION.chart, value: escapeSlack(question) }, { channel: 'CBURST', thread_ts: thread(i), responseId: `burst-${run}-${i}` });
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return fetch(`${bot.url}/slack/events`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(bot.secrets.slackSigning, body) }, body,
    }).then((r) => r.status === 200, () => false);
  });
  const acked = (await Promise.all(presses)).filter(Boolean).length;
  const mine = () => bot.slack.calls.filter((c) => threads.has(String(c.body.thread_ts)));
  const uploads = () => mine().filter((c) => c.name === 'files.completeUploadExternal').length;
  const busy = () => mine().filter((c) => c.name === 'chat.postMessage' && String(c.body.text).includes(CHART_BUSY.zh)).length;
  await until(() => uploads() + busy() >= count, deadlineMs);
  return { sent: count, acked, pngs: uploads(), busy: busy() };
}
