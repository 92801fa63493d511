// Gateway mode without a gateway: the dispatch handlers, replying through the fake REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { createGatewayHandlers, type GatewayHandlers } from '../../src/adapters/discord/gateway.js';
import { createDiscordRest } from '../../src/adapters/discord/rest.js';
import { formatValue } from '../../src/format/numbers.js';
import { captureLogger, command, startFakeDiscord, testConfig, type FakeDiscord } from './fake-discord.js';

const BOT = '424242424242';
let fake: FakeDiscord;
let handlers: GatewayHandlers;
const engine = createEngine();

beforeAll(async () => {
  fake = await startFakeDiscord();
  const config = testConfig({ DISCORD_MODE: 'gateway', DISCORD_TOKEN: 'bot-token-for-tests', DISCORD_API_URL: fake.url, MAX_QUESTION_CHARS: '100' });
  handlers = createGatewayHandlers({ engine, config, logger: captureLogger().logger, rest: createDiscordRest(config), botUserId: () => BOT });
});
afterAll(async () => { await fake.close(); });

const msg = (content: string, extra: Record<string, unknown> = {}) => ({
  id: `m${Math.random().toString().slice(2, 10)}`, channel_id: '31313131', guild_id: '8888', content,
  author: { id: '5555', bot: false }, mentions: [{ id: BOT }], ...extra,
});

describe('gateway', () => {
  it('answers an @mention with a reply that pings no one', async () => {
    const m = msg(`<@${BOT}> 數位產業署 114 年度預算`);
    await handlers.onMessage(m);
    const post = await fake.waitFor((r) => r.method === 'POST' && r.path === '/api/v10/channels/31313131/messages' && r.json.message_reference?.message_id === m.id);
    const answer = engine.ask('數位產業署 114 年度預算');
    expect(answer.figures.length).toBeGreaterThan(0);
    const f = answer.figures[0];
    expect(post.json.allowed_mentions).toEqual({ parse: [] });
    expect(post.json.embeds[0].description).toContain(formatValue(f.value, f.unit, answer.lang, f.unitLabel));
  });

  it('echoes @everyone from a mention question only escaped', async () => {
    const m = msg(`<@${BOT}> @everyone 預算 <@1234>`);
    await handlers.onMessage(m);
    const post = await fake.waitFor((r) => r.json?.message_reference?.message_id === m.id);
    expect(post.json.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(post.json)).not.toMatch(/@everyone|<@1234>/);
  });

  it('ignores messages that do not address it in a server, and messages from bots', async () => {
    const before = fake.requests.length;
    await handlers.onMessage(msg('數位產業署 預算', { mentions: [] }));
    await handlers.onMessage(msg(`<@${BOT}> 預算`, { author: { id: '1', bot: true } }));
    expect(fake.requests.length).toBe(before);
  });

  it('answers slash commands through the interaction callback', async () => {
    const payload = command('help');
    await handlers.onInteraction(payload);
    const cb = await fake.waitFor((r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`);
    expect(cb.json.type).toBe(4);
    expect(cb.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(cb.json.data.embeds[0].description).toContain(engine.command('help', {}).summary.slice(0, 20));
  });

  it('refuses an over-long mention question with the limit message', async () => {
    const m = msg(`<@${BOT}> ${'預算'.repeat(60)}`);
    await handlers.onMessage(m);
    const post = await fake.waitFor((r) => r.json?.message_reference?.message_id === m.id);
    expect(post.json.content).toMatch(/太長/);
  });
});
