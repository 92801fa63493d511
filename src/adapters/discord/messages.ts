// Messages to the bot in gateway mode: an @mention (or a reply to the bot, which pings it) in a
// server, any message in a DM, and any message in a thread the bot has answered in. Each continues
// the person's conversation in that channel or thread; the answer is a reply that pings no one.
import { Routes, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import { formatDiscordMessage, formatDiscordText } from '../../format/discord.js';
import { checkQuestionLength, cleanQuestion, pickLang, type Limiter } from '../limits.js';
import { converseAt, type ConversationStore } from '../state/conversations.js';
import type { Delivery } from '../delivery.js';
import { metrics } from '../metrics/sink.js';
import { discordKey, discordPlace, discordRateKey } from './places.js';

export interface RawMessage {
  id?: string;
  channel_id?: string;
  guild_id?: string;
  content?: string;
  author?: { id?: string; bot?: boolean };
  mentions?: { id?: string }[];
  /** only messages in a thread carry a position */
  position?: number;
}

export interface MessageDeps {
  engine: Engine;
  config: Pick<Config, 'MAX_QUESTION_CHARS'>;
  logger: Logger;
  rest: REST;
  limiter: Limiter;
  conversations: ConversationStore;
  delivery: Delivery;
  botUserId: () => string | undefined;
  /** whether a channel is a thread (the client's channel cache); a message's position also tells */
  isThread?: (channelId: string) => boolean;
}

/** The question in a message addressed to the bot, or undefined when the message is not for it. */
async function questionFor(deps: MessageDeps, m: RawMessage, me: string, inThread: boolean): Promise<string | undefined> {
  const question = cleanQuestion((typeof m.content === 'string' ? m.content : '').replace(new RegExp(`<@!?${me}>`, 'g'), ' '));
  if (!m.guild_id || (m.mentions ?? []).some((u) => u.id === me)) return question;
  // in a server without a mention: only in a thread the bot is part of, and only with text
  if (!inThread || !question) return undefined;
  const follows = await deps.conversations.follows(discordPlace(m.guild_id, m.channel_id)).catch(() => false);
  return follows ? question : undefined;
}

export function createMessageHandler(deps: MessageDeps): (m: RawMessage) => Promise<void> {
  const { engine, logger } = deps;
  const talk = {
    engine,
    conversations: deps.conversations,
    onStoreError: (err: unknown, what: string) => logger.warn({ err: { message: (err as Error)?.message }, what }, 'conversation store failed'),
  };
  return async (m) => {
    const me = deps.botUserId();
    if (!me || !m.id || !m.channel_id || !m.author?.id || m.author.bot || m.author.id === me) return;
    const inThread = typeof m.position === 'number' || Boolean(deps.isThread?.(m.channel_id));
    const question = await questionFor(deps, m, me, inThread);
    if (question === undefined) return;
    const replied = metrics.replyTimer('discord');
    const lang = pickLang(question);
    const length = checkQuestionLength(question, deps.config.MAX_QUESTION_CHARS);
    const rate = length.ok ? await deps.limiter.check(discordRateKey(m.author.id)) : length;
    const t0 = performance.now();
    let body;
    if (!rate.ok) {
      metrics.refused('discord', length.ok ? 'rate' : 'length');
      body = formatDiscordText(rate.message![lang]);
    } else {
      const answer = question ? await converseAt(talk, discordKey(m.guild_id, m.channel_id, m.author.id), question) : engine.command('help', {});
      logger.debug({ surface: 'discord', kind: 'message', intent: answer.intent, ms: Math.round(performance.now() - t0) }, 'discord answered');
      body = formatDiscordMessage(answer);
    }
    const reply = { ...body, message_reference: { message_id: m.id, fail_if_not_exists: false } };
    await deps.delivery.send('discord:message', () => deps.rest.post(Routes.channelMessages(m.channel_id!), { body: reply }));
    replied();
    if (inThread && m.guild_id) await deps.conversations.follow(discordPlace(m.guild_id, m.channel_id)).catch(() => undefined);
  };
}
