// A Discord app people install for themselves: /budget is registered for guild and user installs
// and for every context, and interactions from a user install (a DM with a friend, a group DM, a
// server the bot is not in) are answered through the interaction itself, with no channel access.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { createDiscordInteractionsHandler } from '../../src/adapters/discord/http.js';
import { registrationPayload } from '../../src/adapters/discord/register.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { parseCustomId } from '../../src/format/discord-ids.js';
import {
  captureLogger, closeServer, command, listen, makeKeys, postInteraction, startFakeDiscord, testConfig, type FakeDiscord, type Keys,
} from './fake-discord.js';

const USER = '44444444444';
const rows = JSON.parse(readFileSync('data/budget_lines.json', 'utf8')) as BudgetLine[];
const adi = rows.find((r) => r.kind === 'expenditure' && r.level === 'agency' && r.agency === '6220' && r.budget !== null)!;
const question = `${adi.name} ${adi.year} 年度預算`;
const thousands = (n: number) => String(n / 1000).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

let fake: FakeDiscord;
let server: Server;
let base: string;
let keys: Keys;

/** A command as Discord sends it from a user install: `user` instead of `member`, no guild unless in one. */
function fromUserInstall(payload: Record<string, unknown>, where: { context: 0 | 1 | 2; channel: string; guild?: string }): Record<string, unknown> {
  const { member: _member, guild_id: _guild, ...rest } = payload;
  return {
    ...rest,
    user: { id: USER, username: 'member' },
    channel_id: where.channel,
    channel: { id: where.channel, type: where.context === 2 ? 3 : where.guild ? 0 : 1 },
    context: where.context,
    authorizing_integration_owners: { 1: USER },
    app_permissions: '0',
    ...(where.guild ? { guild_id: where.guild, member: { user: { id: USER, username: 'member' }, permissions: '0' } } : {}),
  };
}

const send = async (payload: unknown) => postInteraction(base, JSON.stringify(payload), keys);
const embedText = (res: { json: any }) => JSON.stringify(res.json?.data?.embeds ?? res.json?.data ?? {});

beforeAll(async () => {
  fake = await startFakeDiscord();
  keys = makeKeys();
  const config = testConfig({
    DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_APPLICATION_ID: '123456789012',
    DISCORD_API_URL: fake.url, RATE_LIMIT_PER_MINUTE: '1000',
  });
  const logger = captureLogger().logger;
  const handler = createDiscordInteractionsHandler({ engine: createEngine(), config, logger });
  server = createHttpServer({ routes: { 'POST /discord/interactions': handler }, isReady: () => true, dataVersion: 'test', logger });
  base = await listen(server);
});
afterAll(async () => {
  await closeServer(server);
  await fake.close();
});

describe('registration for both install kinds', () => {
  it('carries guild and user installs, and the guild, bot-DM and private-channel contexts', () => {
    const { body } = registrationPayload('123456789012');
    expect(body[0].integration_types).toEqual([0, 1]);
    expect(body[0].contexts).toEqual([0, 1, 2]);
  });

  it('prints the same payload with --dry-run, without a token and without calling Discord', () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_APPLICATION_ID: '123456789012' };
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register.ts', '--dry-run'], { env, encoding: 'utf8' });
    const printed = JSON.parse(out);
    expect(printed.route).toBe('/applications/123456789012/commands');
    expect(printed.body).toEqual(registrationPayload('123456789012').body);
  });
});

describe('an interaction from a user install', () => {
  it('is answered in a DM with a friend (no guild), with the figure and its source', async () => {
    const res = await send(fromUserInstall(command('ask', { question }), { context: 2, channel: '66666666661' }));
    expect(res.status).toBe(200);
    expect(res.json.type).toBe(4);
    expect(embedText(res)).toContain(thousands(adi.budget!));
    expect(embedText(res)).toContain('114 年度總預算書');
  });

  it('is answered in a server the bot is not a member of', async () => {
    const res = await send(fromUserInstall(command('top', { level: '機關' }), { context: 0, channel: '66666666662', guild: '99999999991' }));
    expect(res.json.type).toBe(4);
    expect(embedText(res)).toContain(adi.name);
  });

  it('continues the person\'s conversation in that DM', async () => {
    const where = { context: 2 as const, channel: '66666666663' };
    await send(fromUserInstall(command('ask', { question }), where));
    const res = await send(fromUserInstall(command('ask', { question: `那 ${adi.year - 1} 年呢？` }), where));
    expect(embedText(res)).toContain(adi.name);
    expect(embedText(res)).toContain(String(adi.year - 1));
  });

  it('sends a chart through the interaction webhook, never through a channel', async () => {
    const first = await send(fromUserInstall(command('top', { level: '機關' }), { context: 1, channel: '66666666664' }));
    const rows = first.json.data.components.flatMap((r: { components: { custom_id?: string }[] }) => r.components);
    const chart = rows.find((c: { custom_id?: string }) => parseCustomId(c.custom_id)?.kind === 'chart');
    expect(chart, JSON.stringify(rows)).toBeDefined();
    const press = fromUserInstall(
      { ...command('top'), type: 3, data: { custom_id: chart.custom_id, component_type: 2 }, message: { embeds: first.json.data.embeds } },
      { context: 1, channel: '66666666664' },
    );
    const deferred = await send(press);
    expect(deferred.json.type).toBe(5);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/webhooks/123456789012/${String(press.token)}`));
    expect(edit.authorization).toBeUndefined();
    expect(edit.files.length).toBe(1);
    expect(fake.requests.filter((r) => r.path.includes('/channels/'))).toEqual([]);
  }, 60_000);
});
