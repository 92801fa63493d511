// Buttons under an answer: share it to the channel, draw its chart, ask a suggested question, pick one
// of the choices of an unsure answer. A button's value is the (escaped) question (a choice's also its
// pick); the engine answers it again, so the same answer returns.
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { ACTION, ASK_ACTION, noticeMessage } from '../../format/slack.js';
import { answerId, figuresForLog } from '../../format/answer-id.js';
import { FEEDBACK_ACTION, parseFeedbackValue } from '../../format/slack-sources.js';
import type { Asked } from '../../format/choices.js';
import { parseAsked, parsePickValue, PICK_ACTION } from '../../format/slack-choices.js';
import { chartSentToDmNotice, chartUnavailableNotice, noChartNotice } from '../../format/slack-notices.js';
import { escapeSlack, truncateLabel } from '../../format/slack-text.js';
import { CHART_BUSY, ChartBusyError, chartLoadError } from '../chart.js';
import { gapFrame } from '../gap-frame.js';
import { metrics } from '../metrics/sink.js';
import { redactText } from '../../log.js';
import { cleanQuestion } from '../limits.js';
import { answerAgain, type Place } from '../state/conversations.js';
import { dmPlace } from './listeners.js';
import {
  answerMessage, answerQuestion, conversationDeps, guarded, limitNotice, messageArgs, reliable, type Picked, type Reply, type SlackDeps,
} from './reply.js';

type Client = AllMiddlewareArgs['client'];

/** What a button's answer answered: its question (cleaned as typed text is), and the pick it answered, if one. */
function askedOf(action: unknown): Asked {
  const value = (action as ButtonAction | undefined)?.value;
  const asked = typeof value === 'string' ? parseAsked(value) : { question: '' };
  return { ...asked, question: cleanQuestion(asked.question) };
}

type Deliver = Pick<SlackDeps, 'delivery' | 'logger'>;

function ephemeralReply(deps: Deliver, respond: RespondFn): Reply {
  return reliable(deps, 'ephemeral', (m) => respond({ response_type: 'ephemeral', replace_original: false, ...messageArgs(m) }));
}

/** Where an answer to a button press goes, and whether it is private to the person who pressed. */
function destination(deps: Deliver, body: BlockAction, client: Client, respond: RespondFn): { reply: Reply; ephemeral: boolean } {
  const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
  if (body.container?.type === 'view' || !channel) {
    // The Home tab: answer in the app's direct-message conversation with this person.
    return { reply: reliable(deps, 'home', (m) => client.chat.postMessage({ channel: body.user.id, ...messageArgs(m) })), ephemeral: false };
  }
  if (body.container?.is_ephemeral) return { reply: ephemeralReply(deps, respond), ephemeral: true };
  const thread_ts = body.message?.thread_ts as string | undefined;
  if (thread_ts || channel.startsWith('D')) {
    const post: Reply = (m) => client.chat.postMessage({ channel, ...(thread_ts ? { thread_ts } : {}), ...messageArgs(m) });
    return { reply: reliable(deps, 'button', post), ephemeral: false };
  }
  // A top-level message in a channel: do not post to everyone; answer the person privately.
  return { reply: ephemeralReply(deps, respond), ephemeral: true };
}

/** The conversation place of the message a button is on: its thread, its channel, or the person's DM. */
export function placeOf(body: BlockAction): Place {
  const team = body.team?.id ?? body.user?.team_id ?? '';
  const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
  const thread = (body.message?.thread_ts as string | undefined) ?? '';
  if (body.container?.type === 'view' || !channel || channel.startsWith('D')) return dmPlace(team, thread);
  return { platform: 'slack', workspace: team, channel, thread };
}

function platformError(err: unknown): string | undefined {
  return (err as { data?: { error?: string } })?.data?.error;
}

export function registerActions(app: App, deps: SlackDeps): void {
  app.action(ACTION.share, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const asked = askedOf(action);
    const { question } = asked;
    const channel = b.channel?.id ?? (b.container?.channel_id as string | undefined);
    if (!question) return;
    const place = placeOf(b);
    const refuse = ephemeralReply(deps, respond);
    await guarded(deps, 'share', question, async () => {
      const notice = await limitNotice(deps, question, { ...place, user: b.user.id });
      if (notice) return refuse(notice);
      const answer = await answerAgain(conversationDeps(deps), place, asked);
      const formatted = answerMessage(deps, answer, false, asked.pick);
      const message = messageArgs(formatted);
      if (!channel) throw new Error('share pressed outside a conversation');
      try {
        await reliable(deps, 'share', (m) => client.chat.postMessage({ channel, ...messageArgs(m) }))(formatted);
      } catch (err) {
        // The bot is not in that conversation: the response_url can still post there, in the channel.
        if (!['not_in_channel', 'channel_not_found'].includes(platformError((err as Error).cause ?? err) ?? '')) throw err;
        await reliable(deps, 'share', (m) => respond({ response_type: 'in_channel', replace_original: false, ...messageArgs(m) }))(formatted);
      }
      // The private copy has done its job.
      await respond({ delete_original: true }).catch((err: unknown) => deps.logger.debug({ err }, 'could not delete the private copy'));
    }, refuse);
  });

  // 👍 / 👎 under an answer: one log line with the vote, the answer's id, the question (redacted) and its
  // figures; a 👎 also with what the frame understood, for the gap report.
  app.action(FEEDBACK_ACTION, async ({ ack, body, action }) => {
    await ack();
    const b = body as BlockAction;
    const vote = parseFeedbackValue((action as { value?: unknown }).value);
    if (!vote) return;
    metrics.feedback('slack', vote.vote);
    await guarded(deps, 'feedback', vote.asked.question, async () => {
      const question = cleanQuestion(vote.asked.question);
      const again = await answerAgain(conversationDeps(deps), placeOf(b), { ...vote.asked, question });
      const same = answerId(again) === vote.answerId;
      const frame = vote.vote === 'down' ? gapFrame(deps.engine, question).frame : undefined;
      deps.logger.info({
        feedback: vote.vote, answerId: vote.answerId, question: redactText(question), user: b.user.id, channel: placeOf(b).channel,
        intent: again.intent, figures: same ? figuresForLog(again) : undefined, answerChanged: !same, frame,
      }, 'answer feedback');
    });
  });

  /** A suggestion or a choice pressed: answered where the button is, in the presser's conversation there. */
  const answerPress = async (what: string, question: string | Picked, b: BlockAction, client: Client, respond: RespondFn) => {
    const { reply, ephemeral } = destination(deps, b, client, respond);
    const who = { ...placeOf(b), user: b.user.id };
    const text = typeof question === 'string' ? question : question.query;
    await guarded(deps, what, text, () => answerQuestion(deps, question, who, reply, ephemeral), reply);
  };

  app.action(ASK_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const { question } = askedOf(action);
    if (question) await answerPress('suggestion', question, body as BlockAction, client, respond);
  });

  // one of the choices of an unsure answer: that figure, and the conversation carries on from it
  app.action(PICK_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const picked = parsePickValue((action as ButtonAction | undefined)?.value);
    const query = picked ? cleanQuestion(picked.question) : '';
    if (picked && query) await answerPress('pick', { pick: picked.pick, query }, body as BlockAction, client, respond);
  });

  app.action(ACTION.chart, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const asked = askedOf(action);
    const { question } = asked;
    if (!question) return;
    const tell = destination(deps, b, client, respond).reply;
    await guarded(deps, 'chart', question, async () => {
      const notice = await limitNotice(deps, question, { ...placeOf(b), user: b.user.id });
      if (notice) return tell(notice);
      const answer = await answerAgain(conversationDeps(deps), placeOf(b), asked);
      if (!answer.chart) return tell(noticeMessage(noChartNotice(answer.lang), answer.lang));
      const render = await deps.chart();
      let png: Buffer | null;
      try {
        png = render ? await render(answer.chart, { lang: answer.lang }) : null;
      } catch (err) {
        if (err instanceof ChartBusyError) return tell(noticeMessage(CHART_BUSY[answer.lang], answer.lang));
        throw err;
      }
      if (!png) {
        if (chartLoadError) deps.logger.warn({ err: chartLoadError }, 'chart module failed to load');
        return tell(noticeMessage(chartUnavailableNotice(answer.lang), answer.lang));
      }
      const toDm = await deps.delivery.send('slack:chart', () => uploadChart(client, b, png, escapeSlack(answer.chart!.title), escapeSlack(answer.chart!.caption)));
      if (toDm) await tell(noticeMessage(chartSentToDmNotice(answer.lang), answer.lang));
    }, tell);
  });
}

/** Upload into the conversation (or thread) of the message; a private answer's chart goes to the app's DM. */
async function uploadChart(client: Client, body: BlockAction, png: Buffer, title: string, caption: string): Promise<boolean> {
  let channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
  const thread_ts = body.message?.thread_ts as string | undefined;
  const toDm = Boolean(body.container?.is_ephemeral) || !channel;
  if (toDm) {
    const opened = await client.conversations.open({ users: body.user.id });
    channel = opened.channel?.id;
  }
  if (!channel) throw new Error('no conversation to upload the chart to');
  const file = { file: png, filename: 'chart.png', title, alt_text: truncateLabel(caption, 1000) };
  if (thread_ts && !toDm) await client.files.uploadV2({ channel_id: channel, thread_ts, ...file });
  else await client.files.uploadV2({ channel_id: channel, ...file });
  return toDm;
}
