// The steps every Slack listener shares: read the person's text, ask the engine, send the
// formatted answer, and turn any failure into a polite message with a reference id.
import { randomUUID } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Answer } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import type { Config } from '../../config.js';
import { checkQuestionLength, cleanQuestion, type LimitVerdict, type Limiter } from '../limits.js';
import { converseAt, type ConversationDeps, type ConversationKey, type ConversationStore } from '../state/conversations.js';
import { formatSlackMessage, noticeMessage, type SlackMessage } from '../../format/slack.js';
import { errorNotice } from '../../format/slack-notices.js';
import { escapeSlack, guessLang, unescapeSlack } from '../../format/slack-text.js';
import type { ChartRenderer } from '../chart.js';
import { GiveUpError, type Delivery } from '../delivery.js';
import { metrics } from '../metrics/sink.js';
import type { GapReporter } from '../report/chat.js';

export interface SlackDeps {
  engine: Engine;
  config: Pick<Config, 'MAX_QUESTION_CHARS'> & Partial<Pick<Config, 'PUBLIC_BASE_URL'>>;
  logger: Logger;
  /** Questions per person per minute, shared with the other surfaces. */
  limiter?: Limiter;
  /** Conversations by thread and person, and the threads the bot takes part in. */
  conversations: ConversationStore;
  /** Outbound replies with bounded retries; accepted work tracked for a clean shutdown. */
  delivery: Delivery;
  /** The chart renderer, or null when charts are not available. */
  chart: () => Promise<ChartRenderer | null>;
  /** `/budget report` for the admins; without one, everyone is told it is for admins. */
  reporter?: GapReporter;
}

export type Reply = (message: SlackMessage) => Promise<unknown>;

/** Slack refused the message's blocks (a workspace without the newer block types, say). */
export function blocksRejected(err: unknown): boolean {
  const e = ((err as { cause?: unknown })?.cause ?? err) as { data?: { error?: string }; code?: string; statusCode?: number };
  if (['invalid_blocks', 'invalid_blocks_format'].includes(e?.data?.error ?? '')) return true;
  // a response_url answers 400 with the same reason in its body; Bolt reports only the status
  return e?.code === 'slack_bolt_respond_error' && e.statusCode === 400;
}

/**
 * A reply sent through the delivery queue: retried on 429/5xx/resets within bounds, a give-up logged.
 * When Slack rejects the blocks and the message has a fallback (no native chart or data table), the
 * fallback is sent: the answer always arrives.
 */
export function reliable(deps: Pick<SlackDeps, 'delivery'> & { logger?: Logger }, what: string, send: Reply): Reply {
  return async (m) => {
    try {
      return await deps.delivery.send(`slack:${what}`, () => send(m));
    } catch (err) {
      if (!m.fallback || !blocksRejected(err)) throw err;
      deps.logger?.warn({ what, blocks: m.blocks.map((b) => b.type) }, 'slack rejected the blocks; sending the answer without the chart');
      return deps.delivery.send(`slack:${what}`, () => send(m.fallback!));
    }
  };
}

/** An answer as this app formats it (with citation links when PUBLIC_BASE_URL is set; its buttons keep its pick). */
export function answerMessage(deps: Pick<SlackDeps, 'config'>, answer: Answer, ephemeral: boolean, pick?: string): SlackMessage {
  return formatSlackMessage(answer, { ephemeral, baseUrl: deps.config.PUBLIC_BASE_URL, pick });
}

/** A formatted message as Web API / response_url arguments. */
export function messageArgs(m: SlackMessage): { text: string; blocks: types.KnownBlock[] } {
  return { text: m.text, blocks: m.blocks as unknown as types.KnownBlock[] };
}

/**
 * Slack's encoded message text as the person typed it: mentions of users dropped, channel and
 * group mentions and links reduced to their labels, entities decoded.
 */
export function slackToPlain(text: string): string {
  return cleanQuestion(unescapeSlack(
    text
      .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
      .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_, label?: string) => label ?? '')
      .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/g, '@$1')
      .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
      .replace(/<((?:https?|mailto):[^>]*)>/g, '$1'),
  ));
}

/** The rate-limit key of a person: workspace and user, wherever they ask. */
export const rateKey = (k: Pick<ConversationKey, 'workspace' | 'user'>) => `slack:${k.workspace ?? ''}:${k.user}`;

/** The length and rate limits, in the person's language; undefined when the question may go ahead. */
export async function limitNotice(deps: SlackDeps, question: string, who: ConversationKey): Promise<SlackMessage | undefined> {
  const lang = guessLang(question);
  const verdicts: LimitVerdict[] = [checkQuestionLength(question, deps.config.MAX_QUESTION_CHARS)];
  if (deps.limiter && verdicts[0].ok) verdicts.push(await deps.limiter.check(rateKey(who)));
  const failed = verdicts.find((v) => !v.ok);
  if (!failed?.message) return undefined;
  metrics.refused('slack', failed === verdicts[0] ? 'length' : 'rate');
  return noticeMessage(escapeSlack(failed.message[lang]), lang);
}

export function conversationDeps(deps: SlackDeps): ConversationDeps {
  return {
    engine: deps.engine,
    conversations: deps.conversations,
    onStoreError: (err, what) => deps.logger.warn({ err: { message: (err as Error)?.message }, what }, 'conversation store failed'),
  };
}

/**
 * Ask a question (or pick one of the choices an answer offered) in the person's conversation at this
 * place and send the answer; a question over a limit gets a clear notice instead. An empty question
 * gets the help.
 */
export async function answerQuestion(deps: SlackDeps, question: string | Picked, who: ConversationKey, reply: Reply, ephemeral: boolean): Promise<void> {
  const q = typeof question === 'string' ? question.trim() : question;
  const notice = await limitNotice(deps, typeof q === 'string' ? q : q.query, who);
  if (notice) {
    await reply(notice);
    return;
  }
  const answer = q ? await converseAt(conversationDeps(deps), who, q) : deps.engine.command('help', {});
  await reply(answerMessage(deps, answer, ephemeral, typeof q === 'string' ? undefined : q.pick));
}

/** One of the choices an answer offered, with the question it was offered for. */
export interface Picked {
  pick: string;
  query: string;
}

/** Listeners whose work is a question and its reply: timed, arrival to reply, for the metrics. */
const QUESTIONS = new Set(['slash_command', 'app_mention', 'direct_message', 'thread_reply', 'assistant_message', 'suggestion', 'pick']);

/** Run a listener's work; on failure log the error in full and tell the person briefly, with a reference. */
export async function guarded(deps: SlackDeps, what: string, langHint: string, work: () => Promise<unknown>, tell?: Reply): Promise<void> {
  const replied = QUESTIONS.has(what) ? metrics.replyTimer('slack') : undefined;
  try {
    await deps.delivery.turn(work);
    replied?.();
  } catch (err) {
    if (err instanceof GiveUpError) return; // Slack is not taking replies; the give-up is logged
    const ref = randomUUID().slice(0, 8);
    deps.logger.error({ err, ref, what }, 'slack listener failed');
    if (!tell) return;
    const lang = guessLang(langHint);
    try {
      await tell(noticeMessage(errorNotice(lang, ref), lang));
    } catch (err2) {
      deps.logger.warn({ err: err2, ref, what }, 'could not send the error notice');
    }
  }
}
