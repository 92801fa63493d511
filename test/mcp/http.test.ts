// The MCP endpoint of the running bot (src/main.ts with MCP_TOKEN set), driven by the SDK's own
// Streamable HTTP client: the bearer token is required, the answers are the engine's, the shared
// rate limit applies, and without MCP_TOKEN there is no /mcp at all.
import type { Source } from '../../src/core/answer.js';
import { sourceWords } from '../../src/format/citations.js';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/dataset/load.js';
import { start, type Running } from '../../src/main.js';
import { adiQuestion, cliAnswer, textOf } from './questions.js';

const TOKEN = 'mcp-test-token-0123456789abcdef';
const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const data = loadDataset();
const running: Running[] = [];

async function bot(env: Record<string, string>): Promise<string> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
  const r = await start(config, { logDestination: quiet, prompt: false });
  running.push(r);
  return `http://127.0.0.1:${(r.server!.address() as AddressInfo).port}`;
}

async function connect(base: string, token = TOKEN): Promise<Client> {
  const client = new Client({ name: 'http-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers: { authorization: `Bearer ${token}` } } });
  await client.connect(transport);
  return client;
}

const initialize = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }),
  });

let base: string;
beforeAll(async () => {
  base = await bot({ MCP_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(async () => {
  for (const r of running) await r.stop();
});

describe('MCP over HTTP', () => {
  it('refuses /mcp without the bearer token, or with another, with 401', async () => {
    const tries: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-wrong-token-wrong' }, { authorization: TOKEN }];
    for (const headers of tries) {
      const res = await initialize(base, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await fetch(`${base}/mcp`)).status).toBe(401);
    await expect(connect(base, 'not-the-token-not-the-token')).rejects.toThrow();
  });

  it('lists the tools and answers ask with the figures of npm run ask --json, each with its document and line', async () => {
    const client = await connect(base);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['ask', 'lookup', 'sources']);
      const q = adiQuestion(data);
      const res = await client.callTool({ name: 'ask', arguments: { question: q } });
      const figures = (res.structuredContent as { figures: { value: number; source?: { doc: string; title: string; line?: number } }[] }).figures;
      expect(figures).toEqual(cliAnswer(q).figures);
      for (const f of figures) expect(f.source?.doc).toMatch(/^\d{3}_/);
      expect(textOf(res)).toContain(sourceWords(figures[0].source as Source, 'zh'));
      const bad = await client.callTool({ name: 'lookup', arguments: { agency: 'Ministry of Magic' } });
      expect(bad.isError).toBe(true);
      const again = await client.callTool({ name: 'sources', arguments: {} });
      expect((again.structuredContent as { documents: unknown[] }).documents).toHaveLength(data.sources.length);
    } finally {
      await client.close();
    }
  });

  it('links every source to the viewer when PUBLIC_BASE_URL is set', async () => {
    const other = await bot({ MCP_TOKEN: TOKEN, PUBLIC_BASE_URL: 'https://budget.example.tw' });
    const client = await connect(other);
    try {
      const res = await client.callTool({ name: 'lookup', arguments: { agency: '數產署', year: 114 } });
      const figures = (res.structuredContent as { figures: { source?: { doc: string; line?: number; url?: string } }[] }).figures;
      for (const f of figures) expect(f.source?.url).toBe(`https://budget.example.tw/sources/${f.source!.doc}#L${f.source!.line}`);
      expect(textOf(res)).toContain('https://budget.example.tw/sources/');
    } finally {
      await client.close();
    }
  });

  it('answers malformed bodies with a client error and keeps serving', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    for (const body of ['{"jsonrpc":', '[]', 'null', '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"ask","arguments":7}}', 'x'.repeat(300_000)]) {
      const res = await fetch(`${base}/mcp`, { method: 'POST', headers: auth, body });
      expect(res.status, body.slice(0, 40)).toBeLessThan(500);
      await res.arrayBuffer();
    }
    expect((await initialize(base, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('applies the shared rate limit to /mcp', async () => {
    const limited = await bot({ MCP_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '2' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await initialize(limited, { authorization: `Bearer ${TOKEN}` })).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.slice(2)).toEqual([429, 429]);
  });

  it('has no /mcp, and loads none of it, when MCP_TOKEN is not set', async () => {
    const before = process.env.PORT;
    process.env.PORT = '0'; // the web surface alone keeps the server up
    try {
      const plain = await bot({});
      expect((await initialize(plain)).status).toBe(404);
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
    // the endpoint and the SDK are imported lazily, only behind MCP_TOKEN
    const main = readFileSync('src/main.ts', 'utf8');
    expect(main).not.toMatch(/^import .*(adapters\/mcp|@modelcontextprotocol)/m);
    expect(main).toMatch(/if \(config\.MCP_TOKEN\) \{\s*const \{ createMcpRoutes \} = await import\('\.\/adapters\/mcp\/http\.js'\)/);
  });
});
