// Gateway mode: a discord.js Client. Interactions arrive as raw INTERACTION_CREATE dispatches and go
// through the same processor as HTTP mode (same payload, same reply, sent to the callback endpoint).
// Messages that @mention the bot, direct messages, and (with the MessageContent intent granted in the
// developer portal) follow-ups in a thread the bot answered in get the answer as a reply (messages.ts).
// Intents: Guilds, GuildMessages, DirectMessages. Without MessageContent, Discord still includes the
// content of messages that mention the bot (a reply to the bot pings it), and of DMs.
import { Client, Events, GatewayIntentBits, Routes, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import { RateLimiter, type Limiter } from '../limits.js';
import { createConversationStore, type ConversationStore } from '../state/conversations.js';
import { claimOnce } from '../state/claims.js';
import { MemoryStore, type KeyValueStore } from '../state/store.js';
import { Delivery } from '../delivery.js';
import { createInteractionProcessor } from './interactions.js';
import { createMessageHandler, type RawMessage } from './messages.js';
import type { GapReporter } from '../report/chat.js';
import { restOptions } from './rest.js';

export interface DiscordGatewayOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  limiter?: Limiter;
  conversations?: ConversationStore;
  /** where delivery ids already answered are kept; in process when absent */
  store?: KeyValueStore;
  delivery?: Delivery;  /** `/budget report` for the admins */
  reporter?: GapReporter;
}

export interface GatewayHandlers {
  onInteraction(payload: unknown): Promise<void>;
  onMessage(message: RawMessage): Promise<void>;
}

/** What the client does with dispatches, apart from the connection itself (testable without a gateway). */
export function createGatewayHandlers(
  opts: DiscordGatewayOptions & { rest: REST; botUserId: () => string | undefined; isThread?: (channelId: string) => boolean },
): GatewayHandlers {
  const limiter = opts.limiter ?? new RateLimiter(opts.config.RATE_LIMIT_PER_MINUTE);
  const conversations = opts.conversations ?? createConversationStore(new MemoryStore());
  const { rest } = opts;
  const store = opts.store ?? new MemoryStore();
  const delivery = opts.delivery ?? new Delivery({ logger: opts.logger });
  const processInteraction = createInteractionProcessor({ ...opts, limiter, conversations, delivery });
  const onMessage = createMessageHandler({ ...opts, limiter, conversations, delivery });

  return {
    onInteraction: (payload) => delivery.track(onInteraction(payload)),
    onMessage: (m) => delivery.track(onMessageOnce(m)),
  };

  async function onInteraction(payload: unknown): Promise<void> {
    const i = payload as { id?: unknown; token?: unknown };
    if (typeof i?.id !== 'string' || typeof i.token !== 'string') return;
    const [id, token] = [i.id, i.token];
    if (!(await claimOnce(store, `discord:interaction:${id}`, opts.logger))) return;
    const outcome = await processInteraction(payload);
    await delivery.send('discord:callback', () => rest.post(Routes.interactionCallback(id, token), { body: outcome.response, auth: false }));
    await outcome.after?.();
  }

  async function onMessageOnce(m: RawMessage): Promise<void> {
    if (typeof m?.id === 'string' && !(await claimOnce(store, `discord:message:${m.id}`, opts.logger))) return;
    await onMessage(m);
  }
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
  const handlers = createGatewayHandlers({
    ...opts, rest: client.rest, botUserId: () => client.user?.id, isThread: (id) => Boolean(client.channels.cache.get(id)?.isThread()),
  });
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
