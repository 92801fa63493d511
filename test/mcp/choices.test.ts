// Choices through MCP, driven by the SDK's own client over its in-memory transport: `ask` returns an unsure
// answer's `confidence` and `choices` (each figure with its value, unit, year, source and viewer link, and
// its pick) and lists them in its text; `ask` with a `pick` answers with exactly that figure, and in a
// session a follow-up carries on from it. The SDK checks every result against the tool's output schema.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import { loadDataset } from '../../src/dataset/load.js';
import { createMcpServer } from '../../src/adapters/mcp/server.js';
import { createConversationStore } from '../../src/adapters/state/conversations.js';
import { MemoryStore } from '../../src/adapters/state/store.js';
import { sourceUrl } from '../../src/format/source-link.js';
import { formatValue } from '../../src/format/numbers.js';
import { createLogger } from '../../src/log.js';
import { CHOICES_QUESTION, FOLLOW_UP, expectChoices, expectFollowUp, expectPicked } from '../conversation/choices.js';
import { textOf } from './questions.js';

const BASE = 'https://budget.example.tw';
const engine = createEngine();
const choices = expectChoices(engine.ask(CHOICES_QUESTION));
const current = choices.find((c) => c.label.includes('經常門'))!;
let client: Client;

beforeAll(async () => {
  const server = createMcpServer({
    engine, logger: createLogger('warn', new Writable({ write: (_c, _e, cb) => cb() })),
    conversations: createConversationStore(new MemoryStore()), keyOf: (session) => ({ platform: 'api', channel: 'mcp-test', thread: session, user: 'mcp-test' }),
    maxQuestionChars: 500, publicBaseUrl: BASE, sources: loadDataset().sources,
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  client = new Client({ name: 'choices-test', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
});
afterAll(async () => {
  await client?.close();
});

/** The answer as the engine gives it, without the viewer links the server adds. */
function withoutLinks(a: Answer): Answer {
  return { ...a, figures: a.figures.map(({ source, ...f }) => (source ? { ...f, source: { ...source, url: undefined } } : f)) };
}

const ask = async (args: Record<string, string>) => {
  const res = await client.callTool({ name: 'ask', arguments: args });
  expect(res.isError).toBeFalsy();
  return { answer: res.structuredContent as Answer, text: textOf(res) };
};

describe('choices through MCP', () => {
  it('ask returns the confidence and the choices, each cited and linked, and lists them with their picks', async () => {
    const { answer, text } = await ask({ question: CHOICES_QUESTION });
    expect(answer.confidence).toBe(engine.ask(CHOICES_QUESTION).confidence);
    expect(answer.choices).toHaveLength(choices.length);
    for (const [i, c] of choices.entries()) {
      const got = answer.choices![i];
      expect(got).toMatchObject({ label: c.label, pick: c.pick, figure: { value: c.figure.value, unit: c.figure.unit, year: c.figure.year } });
      expect(got.figure.source).toEqual({ ...c.figure.source, url: sourceUrl(BASE, c.figure.source!) });
      expect(text).toContain(`${i + 1}. `);
      expect(text).toContain(`${formatValue(c.figure.value, c.figure.unit, 'zh')}`);
      expect(text).toContain(`(pick: ${c.pick})`);
    }
  });

  it('ask with a pick answers with that figure; in a session a follow-up carries on from it', async () => {
    for (const c of choices) {
      const { answer } = await ask({ question: CHOICES_QUESTION, pick: c.pick });
      expect(answer.figures[0].source).toEqual({ ...c.figure.source, url: sourceUrl(BASE, c.figure.source!) });
      expectPicked(withoutLinks(answer), c);
    }
    const session = 'choices-session';
    expectChoices((await ask({ question: CHOICES_QUESTION, session })).answer);
    const picked = (await ask({ question: CHOICES_QUESTION, session, pick: current.pick })).answer;
    expect(picked.figures[0].value).toBe(current.figure.value);
    expectFollowUp((await ask({ question: FOLLOW_UP, session })).answer, current.figure);
  });

  it('refuses a pick that is not one, as a tool error', async () => {
    const res = await client.callTool({ name: 'ask', arguments: { question: CHOICES_QUESTION, pick: 'not a pick!' } });
    expect(res.isError).toBe(true);
  });
});
