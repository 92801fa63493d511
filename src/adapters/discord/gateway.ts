// Gateway mode: a discord.js Client. Interactions arrive as raw INTERACTION_CREATE dispatches and go
// through the same processor as HTTP mode (same payload, same reply, sent to the callback endpoint).
// Messages that @mention the bot, and direct messages, get the answer as a reply.
// Intents: Guilds, GuildMessages, DirectMessages. MessageContent is not needed: Discord includes the
// content of messages that mention the bot, and of DMs, without it.
import { Client, Events, GatewayIntentBits, Routes, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import { formatDiscordMessage, formatDiscordText } from '../../format/discord.js';
import { checkQuestionLength, pickLang, RateLimiter } from '../limits.js';
import { createInteractionProcessor } from './interactions.js';
import { restOptions } from './rest.js';

export interface DiscordGatewayOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  limiter?: RateLimiter;
}

interface RawMessage {
  id?: string;
  channel_id?: string;
  guild_id?: string;
  content?: string;
  author?: { id?: string; bot?: boolean };
  mentions?: { id?: string }[];
}

export interface GatewayHandlers {
  onInteraction(payload: unknown): Promise<void>;
  onMessage(message: RawMessage): Promise<void>;
}

/** What the client does with dispatches, apart from the connection itself (testable without a gateway). */
export function createGatewayHandlers(
  opts: DiscordGatewayOptions & { rest: REST; botUserId: () => string | undefined },
): GatewayHandlers {
  const limiter = opts.limiter ?? new RateLimiter(opts.config.RATE_LIMIT_PER_MINUTE);
  const processInteraction = createInteractionProcessor({ ...opts, limiter });
  const { rest, logger, engine } = opts;

  return {
    async onInteraction(payload) {
      const i = payload as { id?: string; token?: string };
      if (typeof i?.id !== 'string' || typeof i.token !== 'string') return;
      const outcome = await processInteraction(payload);
      await rest.post(Routes.interactionCallback(i.id, i.token), { body: outcome.response, auth: false });
      await outcome.after?.();
    },

    async onMessage(m) {
      const me = opts.botUserId();
      if (!me || !m.id || !m.channel_id || !m.author?.id || m.author.bot || m.author.id === me) return;
      const mentioned = (m.mentions ?? []).some((u) => u.id === me);
      if (!mentioned && m.guild_id) return; // in servers, only when addressed; in DMs, always
      const question = (m.content ?? '').replace(new RegExp(`<@!?${me}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
      const lang = pickLang(question);
      const length = checkQuestionLength(question, opts.config.MAX_QUESTION_CHARS);
      const rate = length.ok ? limiter.check(`discord:${m.author.id}`) : length;
      const t0 = performance.now();
      let body;
      if (!rate.ok) body = formatDiscordText(rate.message![lang]);
      else {
        const answer = engine.ask(question || 'help');
        logger.debug({ surface: 'discord', kind: 'mention', intent: answer.intent, ms: Math.round(performance.now() - t0) }, 'discord answered');
        body = formatDiscordMessage(answer);
      }
      await rest.post(Routes.channelMessages(m.channel_id), {
        body: { ...body, message_reference: { message_id: m.id, fail_if_not_exists: false } },
      });
    },
  };
}

export interface RunningGateway {
  client: Client;
  stop(): Promise<void>;
}

export async function startDiscordGateway(opts: DiscordGatewayOptions): Promise<RunningGateway> {
  if (!opts.config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required for the Discord gateway');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    rest: restOptions(opts.config),
    allowedMentions: { parse: [] },
  });
  const handlers = createGatewayHandlers({ ...opts, rest: client.rest, botUserId: () => client.user?.id });
  const log = opts.logger;
  client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
    const run =
      packet.t === 'INTERACTION_CREATE' ? handlers.onInteraction(packet.d)
      : packet.t === 'MESSAGE_CREATE' ? handlers.onMessage(packet.d as RawMessage)
      : null;
    run?.catch((err: unknown) => log.error({ err, event: packet.t }, 'discord dispatch failed'));
  });
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'discord gateway ready'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  await client.login(opts.config.DISCORD_TOKEN);
  return { client, stop: () => client.destroy() };
}
