// The MCP server as a desktop assistant runs it: a child process on stdio, driven by the SDK's own
// Client. Its answers are the command line's answers; unknown names and malformed arguments are
// tool errors, and the server keeps serving.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/answer.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sourceWords } from '../../src/format/citations.js';
import { adiQuestion, cliAnswer, kpiQuestion, textOf } from './questions.js';

const data = loadDataset();
let client: Client;
let transport: StdioClientTransport;

beforeAll(async () => {
  transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', 'src/adapters/mcp/stdio.ts'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...(process.env.DATA_DIR ? { DATA_DIR: process.env.DATA_DIR } : {}) },
    stderr: 'pipe',
  });
  client = new Client({ name: 'stdio-test', version: '1.0.0' });
  await client.connect(transport);
}, 60_000);
afterAll(async () => {
  await client?.close();
});

const alive = () => {
  const pid = transport.pid;
  if (pid === null) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('MCP over stdio', () => {
  it('lists the three tools with their input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['ask', 'lookup', 'sources']);
    const ask = tools.find((t) => t.name === 'ask')!;
    expect(ask.inputSchema.required).toEqual(['question']);
    expect(ask.outputSchema).toBeDefined();
  });

  it.each([adiQuestion(data), kpiQuestion(data), 'ADI budget 2025'])('ask returns the figures of npm run ask -- --json: %s', async (q) => {
    const res = await client.callTool({ name: 'ask', arguments: { question: q } });
    expect(res.isError).toBeFalsy();
    const cli = cliAnswer(q);
    const structured = res.structuredContent as { figures: { value: number; source?: { doc: string; title: string; line?: number } }[] };
    expect(cli.figures.length).toBeGreaterThan(0);
    expect(structured.figures).toEqual(cli.figures);
    // the text keeps every figure's citation: its document, and its printed page or section
    for (const f of structured.figures) if (f.source) expect(textOf(res)).toContain(sourceWords(f.source as Source, cli.lang));
  });

  it('follows a conversation within a session, and not without one', async () => {
    const q = adiQuestion(data);
    const year = Number(/(\d{3}) 年度/.exec(q)![1]) - 1;
    await client.callTool({ name: 'ask', arguments: { question: q, session: 's1' } });
    const follow = await client.callTool({ name: 'ask', arguments: { question: `那 ${year} 年呢？`, session: 's1' } });
    const figures = (follow.structuredContent as { figures: { year?: number; label: string }[] }).figures;
    expect(figures[0].year).toBe(year);
    expect(figures[0].label).toContain('數位產業署');
  });

  it('lookup: named fields give figures; an unknown agency is a tool error and the server stays up', async () => {
    const ok = await client.callTool({ name: 'lookup', arguments: { agency: 'ADI', year: 2025 } });
    const adi = data.budget_lines.find((l) => l.level === 'agency' && l.agency === '6220' && l.year === 114 && l.budget !== null)!;
    expect((ok.structuredContent as { figures: { value: number }[] }).figures[0].value).toBe(adi.budget);
    const bad = await client.callTool({ name: 'lookup', arguments: { agency: '交通部', year: 114 } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/Unknown agency "交通部".*數位產業署/);
    expect(alive()).toBe(true);
    const again = await client.callTool({ name: 'lookup', arguments: { agency: '資安署', year: 114 } });
    expect(again.isError).toBeFalsy();
  });

  it('sources lists every document with its title', async () => {
    const res = await client.callTool({ name: 'sources', arguments: {} });
    const docs = (res.structuredContent as { documents: { doc: string; title: string }[] }).documents;
    expect(docs.map((d) => d.doc)).toEqual(data.sources.map((s) => s.doc));
    for (const s of data.sources) expect(textOf(res)).toContain(s.title);
  });

  it('survives malformed tool arguments (fuzz)', async () => {
    const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    const args = fc.oneof(
      fc.dictionary(fc.constantFrom('question', 'session', 'agency', 'item', 'plan', 'indicator', 'year', 'measure', '__proto__', 'x'), junk),
      fc.record({ question: fc.string({ maxLength: 3000 }) }),
      fc.record({ agency: fc.string(), year: fc.oneof(fc.integer(), fc.double()), measure: fc.string() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('ask', 'lookup', 'sources', 'nope'), args, async (name, a) => {
        const res = await client.callTool({ name, arguments: a as Record<string, unknown> }).catch((err: Error) => ({ rejected: err.message }));
        expect(res).toBeDefined();
      }),
      { numRuns: 200 },
    );
    expect(alive()).toBe(true);
    const after = await client.callTool({ name: 'ask', arguments: { question: adiQuestion(data) } });
    expect((after.structuredContent as { figures: unknown[] }).figures.length).toBeGreaterThan(0);
  }, 120_000);
});
