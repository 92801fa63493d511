// Both ways Discord reaches the bot, sharing one conversation store: the gateway's dispatch handlers
// (replying through discord.js's REST client to the loopback fake) and the HTTP interactions endpoint on
// the shared server. Started before a test file's tests, closed after them.
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { createGatewayHandlers, type GatewayHandlers } from '../../src/adapters/discord/gateway.js';
import { createDiscordInteractionsHandler } from '../../src/adapters/discord/http.js';
import { createDiscordRest } from '../../src/adapters/discord/rest.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { createConversationStore } from '../../src/adapters/state/conversations.js';
import { MemoryStore } from '../../src/adapters/state/store.js';
import { captureLogger, closeServer, listen, makeKeys, startFakeDiscord, testConfig, type FakeDiscord, type Keys } from './fake-discord.js';

/** The bot's own user id, as the gateway tells it. */
export const BOT = '424242424242';

export interface DiscordSurfaces {
  fake: FakeDiscord;
  handlers: GatewayHandlers;
  /** the shared server, where POST /discord/interactions is */
  base: string;
  keys: Keys;
}

export function discordSurfaces(engine: Engine, env: Record<string, string> = {}): DiscordSurfaces {
  const ctx = {} as DiscordSurfaces;
  let server: Server | undefined;
  beforeAll(async () => {
    ctx.fake = await startFakeDiscord();
    ctx.keys = makeKeys();
    const config = testConfig({
      DISCORD_MODE: 'gateway', DISCORD_TOKEN: 'bot-token-for-tests', DISCORD_API_URL: ctx.fake.url,
      DISCORD_PUBLIC_KEY: ctx.keys.publicHex, DISCORD_APPLICATION_ID: '123456789012', ...env,
    });
    const conversations = createConversationStore(new MemoryStore());
    const { logger } = captureLogger();
    ctx.handlers = createGatewayHandlers({ engine, config, logger, conversations, rest: createDiscordRest(config), botUserId: () => BOT });
    const handler = createDiscordInteractionsHandler({ engine, config, logger, conversations });
    server = createHttpServer({ routes: { 'POST /discord/interactions': handler }, isReady: () => true, dataVersion: 'test', logger });
    ctx.base = await listen(server);
  });
  afterAll(async () => {
    if (server) await closeServer(server);
    await ctx.fake?.close();
  });
  return ctx;
}
