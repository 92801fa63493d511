// The real interactions handler on the shared HTTP server, driven by signed requests; follow-ups go
// to a loopback fake of Discord's REST API.
import { readFileSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { createDiscordInteractionsHandler } from '../../src/adapters/discord/http.js';
import { formatValue } from '../../src/format/numbers.js';
import { MAX_PAGE_ROWS } from '../../src/format/discord-table.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import {
  captureLogger, closeServer, command, interaction, listen, makeKeys, postInteraction, startFakeDiscord, testConfig,
  type FakeDiscord, type Keys,
} from './fake-discord.js';

let engine: Engine;
let fake: FakeDiscord;
let server: Server;
let base: string;
let keys: Keys;
const logs = captureLogger();
const replies: any[] = []; // every message the bot sent, directly or through the fake API

async function send(payload: unknown): Promise<{ status: number; json: any }> {
  const res = await postInteraction(base, JSON.stringify(payload), keys);
  if (res.json && [4, 7].includes(res.json.type)) replies.push(res.json.data);
  return res;
}

function budgetRow(): BudgetLine {
  const rows = JSON.parse(readFileSync('data/budget_lines.json', 'utf8')) as BudgetLine[];
  const row = rows.find((r) => r.kind === 'expenditure' && r.level === 'agency' && r.agency === '6220' && r.budget !== null);
  if (!row) throw new Error('data/budget_lines.json has no budget line of 數位產業署 yet');
  return row;
}

beforeAll(async () => {
  engine = createEngine();
  fake = await startFakeDiscord();
  keys = makeKeys();
  const config = testConfig({
    DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_APPLICATION_ID: '123456789012',
    DISCORD_API_URL: fake.url, MAX_QUESTION_CHARS: '200', RATE_LIMIT_PER_MINUTE: '1000',
  });
  const handler = createDiscordInteractionsHandler({ engine, config, logger: logs.logger });
  server = createHttpServer({ routes: { 'POST /discord/interactions': handler }, isReady: () => true, dataVersion: 'test', logger: logs.logger });
  base = await listen(server);
});

afterAll(async () => {
  await closeServer(server);
  await fake.close();
});

describe('signatures and payloads', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await send({ type: 1, id: '1', application_id: '123456789012', token: 't', version: 1 });
    expect(res).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses unsigned and badly signed requests with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    expect((await postInteraction(base, body, null)).status).toBe(401);
    const other = makeKeys();
    expect((await postInteraction(base, body, other)).status).toBe(401);
    const tampered = await postInteraction(base, body, keys, (h) => { h['x-signature-timestamp'] = String(Number(h['x-signature-timestamp']) + 1); });
    expect(tampered.status).toBe(401);
    expect((await postInteraction(base, body, keys, (h) => { h['x-signature-ed25519'] = 'zz'; })).status).toBe(401);
  });

  it('answers malformed JSON with 400 and a huge body with 413', async () => {
    expect((await postInteraction(base, '{"type":', keys)).status).toBe(400);
    expect((await postInteraction(base, JSON.stringify({ type: 1, pad: 'x'.repeat(300_000) }), keys)).status).toBe(413);
  });

  it('survives payloads of the wrong shape: a short message with a reference, the error in the log', async () => {
    for (const odd of [null, 42, 'x', [], { type: 99 }, { type: 2, data: 'x' }, { type: 3, data: { custom_id: 7 } }]) {
      expect((await send(odd)).status).toBe(200);
    }
    const broken = await send(interaction(2, { name: 'budget', options: [{ type: 1, name: 'ask', options: 5 }] }));
    expect(broken.json.data.flags).toBe(64);
    const ref = /參考編號 ([0-9a-f]{8})/.exec(broken.json.data.content)?.[1];
    expect(ref).toBeDefined();
    expect(logs.lines.some((l) => l.includes(ref!) && l.includes('"level":50'))).toBe(true);
  });
});

describe('/budget', () => {
  it('answers /budget ask with the figure of a real budget line, formatted as the engine formats it', async () => {
    const row = budgetRow();
    const res = await send(command('ask', { question: `${row.name} ${row.year} 年度預算` }));
    expect(res.json.type).toBe(4);
    const embed = JSON.stringify(res.json.data.embeds);
    expect(embed).toContain(formatValue(row.budget!, 'TWD', 'zh'));
    const sources = res.json.data.embeds[0].fields.find((f: { name: string }) => f.name === '📄 出處');
    // the printed page the book's own contents give, never the text file's line
    expect(sources.value).toContain(row.page ? `第 ${row.page} 頁` : `第 ${row.pages} 頁`);
    expect(sources.value).not.toContain(`第 ${row.line} 行`);
    expect(embed).not.toMatch(/\bL\d+\b|\bprose\b|\b\d{3}_[0-9a-f]/);
  });

  it('answers only the asker when `private` is set, on every subcommand', async () => {
    const open = await send(command('ask', { question: '數位產業署 114 年度預算' }));
    expect(open.json.data.flags).toBeUndefined();
    const priv = await send(command('ask', { question: '數位產業署 114 年度預算', private: true }));
    expect(priv.json.data.flags).toBe(64);
    expect(JSON.stringify(priv.json.data.embeds)).toEqual(JSON.stringify(open.json.data.embeds));
    const top = await send(command('top', { level: '機關', private: true }));
    expect(top.json.data.flags).toBe(64);
  });

  it('autocompletes short names and aliases, and never a sentence', async () => {
    const complete = async (sub: string, name: string, value: string) => {
      const res = await send(interaction(4, { name: 'budget', type: 1, options: [{ type: 1, name: sub, options: [{ name, type: 3, value, focused: true }] }] }));
      return res.json.data.choices as { name: string; value: string }[];
    };
    for (const [typed, agency] of [['數產', '數位產業署'], ['資安署', '資通安全署'], ['ADI', '數位產業署'], ['acs', '資通安全署']]) {
      expect((await complete('compare', 'item', typed))[0].value, typed).toBe(agency);
    }
    expect((await complete('breakdown', 'item', '人事')).map((c) => c.value)).toContain('人事費');
    for (const c of await complete('kpi', 'metric', '')) expect(c.name).not.toMatch(/[，。；]|第\s*\d+\s*條/);
  });

  it('refuses a question longer than MAX_QUESTION_CHARS with a clear, private message', async () => {
    const res = await send(command('ask', { question: '預算'.repeat(150) }));
    expect(res.json.data.flags).toBe(64);
    expect(res.json.data.content).toMatch(/太長.*300.*200/);
  });

  it('escapes @everyone, mentions and markdown echoed from the question', async () => {
    const res = await send(command('ask', { question: '@everyone <@123> **粗體** `x` 預算' }));
    const text = JSON.stringify(res.json.data);
    expect(text).not.toMatch(/@everyone|<@123>/);
    expect(text).toContain('@\u200beveryone');
    expect(res.json.data.embeds[0].description).not.toContain('**');
  });

  it('autocompletes names from the data that match what was typed', async () => {
    const res = await send(interaction(4, { name: 'budget', type: 1, options: [{ type: 1, name: 'compare', options: [{ name: 'item', type: 3, value: '產業', focused: true }] }] }));
    expect(res.json.type).toBe(8);
    const names = res.json.data.choices.map((c: { name: string }) => c.name);
    const values = res.json.data.choices.map((c: { value: string }) => c.value);
    expect(values).toContain('數位產業署');
    expect(names.length).toBeLessThanOrEqual(25);
    for (const n of names) expect(n).toContain('產業');
    const ask = await send(interaction(4, { name: 'budget', type: 1, options: [{ type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: '數位產業署 預算', focused: true }] }] }));
    expect(ask.json.data.choices[0]).toEqual({ name: '數位產業署 預算', value: '數位產業署 預算' });
  });
});

describe('buttons', () => {
  const topPlans = () => command('top', { level: '工作計畫', n: 25 });
  const buttonsOf = (data: any) => (data.components ?? []).flatMap((r: any) => r.components) as { custom_id: string; label: string }[];
  const press = (customId: string, message: unknown) => interaction(3, { custom_id: customId, component_type: 2 }, { message });

  /** A question whose answer's table needs more than one page (the data decides which). */
  function longTableQuestion(): string {
    const candidates = [
      '114 年度預算最多的前 25 名工作計畫排名', '114 年度預算最多的前 25 名業務計畫排名', '114 年度歲入排名前 25',
      '數位產業署 112 年度用途別明細', '數位發展部主管 114 年度用途別細分', '數位發展部主管 114 年度預算依經濟性分類細分',
      '數位產業署 112 年度預算依分支計畫細分', '數位發展部 114 年度預算依分支計畫細分',
    ];
    const q = candidates.find((c) => (engine.ask(c).table?.rows.length ?? 0) > MAX_PAGE_ROWS);
    if (!q) throw new Error(`no answer in the data yet has a table of more than ${MAX_PAGE_ROWS} rows`);
    return q;
  }

  it('pages a long table with the next and previous buttons', async () => {
    const question = longTableQuestion();
    const rows = engine.ask(question).table!.rows;
    // a channel of its own: the earlier questions of this file are another conversation
    const first = (await send({ ...command('ask', { question }), channel_id: '70000000001' })).json.data;
    const next = buttonsOf(first).find((b) => b.label.includes('下一頁'));
    expect(next).toBeDefined();
    const second = await send({ ...press(next!.custom_id, first), channel_id: '70000000001' });
    expect(second.json.type).toBe(7);
    const description: string = second.json.data.embeds[0].description;
    expect(description).toMatch(/第 2\/\d+ 頁/);
    // the second page shows the row after the last one of the first page, with its figure whole
    const shown = Number(/第 1–(\d+) 列/.exec(first.embeds[0].description)?.[1]);
    const numeric = engine.ask(question).table!.numeric ?? [];
    for (const i of numeric) expect(description).toContain(rows[shown][i]);
    expect(buttonsOf(second.json.data).some((b) => b.label.includes('上一頁'))).toBe(true);
  });

  it('reads a long question back from the message when the custom_id cannot hold it', async () => {
    const question = '請問民國 114 年度預算最多的前 5 名工作計畫排名是哪些，各有多少預算，謝謝您的協助';
    const first = (await send(command('ask', { question }))).json.data;
    const chart = buttonsOf(first).find((b) => b.label.includes('圖片'));
    expect(chart?.custom_id).toBe('c');
    const payload = press(chart!.custom_id, first);
    expect((await send(payload)).json).toEqual({ type: 5 });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(payload.token)));
    replies.push(edit.json);
    expect(edit.json.content ?? edit.json.embeds[0].author.name).toBeTruthy();
  });

  it('asks a suggestion when its button is pressed', async () => {
    const first = (await send(command('help'))).json.data;
    const answer = engine.command('help', {});
    const button = buttonsOf(first).find((b) => b.label === answer.suggestions[0]);
    expect(button).toBeDefined();
    const res = await send(press(button!.custom_id, first));
    expect(res.json.type).toBe(4);
    expect(res.json.data).toEqual(expect.objectContaining({ embeds: [expect.objectContaining({ author: { name: `❓ ${answer.suggestions[0]}` } })] }));
  });

  it('defers a chart, then edits the original message with the PNG or says charts are unavailable', async () => {
    const first = (await send(topPlans())).json.data;
    const chart = buttonsOf(first).find((b) => b.label.includes('圖片'));
    expect(chart).toBeDefined();
    const payload = press(chart!.custom_id, first);
    const res = await send(payload);
    expect(res.json).toEqual({ type: 5 });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/123456789012/${payload.token}/messages/@original`);
    replies.push(edit.json);
    if (existsSync('src/format/chart/index.ts')) {
      expect(edit.files[0].bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(edit.json.embeds[0].image.url).toBe(`attachment://${edit.files[0].name}`);
    } else {
      expect(edit.json.content).toContain('圖表功能目前無法使用');
    }
  });

  it('says so when a button is not one of ours', async () => {
    const res = await send(press('something-else', {}));
    expect(res.json.data.flags).toBe(64);
  });
});

describe('every reply', () => {
  it('carries allowed_mentions with nothing to parse, and no log line holds an interaction token', () => {
    expect(replies.length).toBeGreaterThan(5);
    for (const r of replies) expect(r.allowed_mentions).toEqual({ parse: [] });
    expect(logs.lines.join('\n')).not.toMatch(/interaction-token-\d+-secret/);
  });
});
