// Generated payloads against the whole bot over loopback (Slack HTTP + Discord HTTP + the API, the
// page and MCP on one port): signed and unsigned, near-valid and hostile. None gets a 5xx, nothing escapes as an
// unhandled rejection, the bot still answers afterwards, and no log line holds a secret.
// The test sends FUZZ_RUNS cases per endpoint (1,000 by default); `npm run fuzz` sends 10,000 per
// endpoint to a separate bot process and checks its memory too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_MCP_TOKEN, sampleCases, type Endpoint } from './fuzz-payloads.js';
import { runCases, summarise } from './fuzz-send.js';
import { startBot, type Bot } from './harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_114);

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'info', MCP_TOKEN: FUZZ_MCP_TOKEN });
});
afterAll(async () => {
  await bot?.close();
});

describe.each<Endpoint>(['slack', 'discord', 'api', 'mcp'])('fuzzing %s', (endpoint) => {
  it(`answers ${RUNS} generated requests without a 5xx`, async () => {
    const cases = sampleCases(endpoint, { slackUrl: bot.slack.url, mcpToken: FUZZ_MCP_TOKEN }, RUNS, SEED);
    const stats = await runCases(bot.url, cases, { slackSecret: bot.secrets.slackSigning, discordKey: bot.keys.privateKey });
    const first = stats.serverErrors.slice(0, 3).map((e) => `${e.status} ${e.c.contentType} ${e.c.body?.slice(0, 200)}`);
    expect(first, summarise(stats)).toEqual([]);
    expect(stats.dropped, summarise(stats)).toBe(0);
    expect(stats.sent).toBe(RUNS);
    // refusals and answers both happened: the generator reaches past the signature check
    expect(Object.keys(stats.byStatus).some((s) => s.startsWith('2'))).toBe(true);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, 120_000);
});

describe('after the fuzz', () => {
  it('still answers a question, and no log line holds a secret', async () => {
    const res = await fetch(`${bot.url}/api/ask?q=${encodeURIComponent('數產署 114 年度預算')}`);
    expect(res.status).toBe(200);
    const all = bot.logs.join('');
    for (const secret of Object.values(bot.secrets)) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/fuzz-token-[A-Za-z0-9]{20}/);
  });
});
