// `npm run discord:register` logic: the command JSON built from the shared definitions, PUT to the fake API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_COMMAND } from '../../commands/definitions.js';
import { registerCommands } from '../../src/adapters/discord/register.js';
import { createDiscordRest } from '../../src/adapters/discord/rest.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => { fake = await startFakeDiscord(); });
afterAll(async () => { await fake.close(); });

const rest = () => createDiscordRest({ DISCORD_API_URL: fake.url, OUTBOUND_TIMEOUT_MS: 5000, DISCORD_TOKEN: 'bot-token-for-tests' });

describe('command registration', () => {
  it('PUTs /budget globally, with every subcommand and option of the definitions', async () => {
    await registerCommands({ rest: rest(), applicationId: '123456789012' });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === '/api/v10/applications/123456789012/commands');
    expect(put.authorization).toBe('Bot bot-token-for-tests');
    const [cmd] = put.json;
    expect(put.json).toHaveLength(1);
    expect(cmd.name).toBe(BUDGET_COMMAND.name);
    expect(cmd.description_localizations).toEqual({ 'zh-TW': BUDGET_COMMAND.description.zh });
    expect(cmd.options.map((o: { name: string }) => o.name)).toEqual(BUDGET_COMMAND.subcommands.map((s) => s.name));
    for (const sub of BUDGET_COMMAND.subcommands) {
      const sent = cmd.options.find((o: { name: string }) => o.name === sub.name);
      expect(sent.type).toBe(1);
      expect(sent.description_localizations['zh-TW']).toBe(sub.description.zh);
      expect((sent.options ?? []).map((o: { name: string }) => o.name)).toEqual(sub.options.map((o) => o.name));
      for (const def of sub.options) {
        const o = sent.options.find((x: { name: string }) => x.name === def.name);
        expect(o.type).toBe({ integer: 4, boolean: 5, string: 3 }[def.type]);
        expect(o.required).toBe(def.required);
        expect(o.description_localizations['zh-TW']).toBe(def.description.zh);
        expect(Boolean(o.autocomplete)).toBe(Boolean(def.autocomplete));
        if (def.minValue !== undefined) expect(o.min_value).toBe(def.minValue);
        if (def.maxValue !== undefined) expect(o.max_value).toBe(def.maxValue);
        expect(o.choices ?? []).toEqual((def.choices ?? []).map((c) => ({ name: c.name.en, name_localizations: { 'zh-TW': c.name.zh }, value: c.value })));
      }
    }
  });

  it('PUTs to the guild when a guild id is given', async () => {
    const done = await registerCommands({ rest: rest(), applicationId: '123456789012', guildId: '99999999' });
    expect(done.count).toBe(1);
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === '/api/v10/applications/123456789012/guilds/99999999/commands');
    expect(put.json[0].name).toBe('budget');
  });
});
