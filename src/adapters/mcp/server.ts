// The Model Context Protocol server: three read-only tools for AI assistants, every figure with
// the document and line it came from. `ask` takes a question, `lookup` named fields, `sources` lists
// the documents. The same server runs over stdio (npm run mcp) and Streamable HTTP (/mcp).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import type { Engine } from '../../core/engine.js';
import type { SourceDoc } from '../../dataset/schema.js';
import { cleanQuestion } from '../limits.js';
import { converseAt, type ConversationDeps, type ConversationKey, type ConversationStore } from '../state/conversations.js';
import { lookup, type LookupArgs } from './lookup.js';
import { answerText, figuresText, withLinks } from './render.js';
import { AskOutput, askInput, LookupOutput, lookupInput, SourcesOutput } from './schemas.js';
import { metrics } from '../metrics/sink.js';
import { sourcesOutput, sourcesText } from './sources.js';
import { administrationCountEn, MINISTRY } from '../../format/agencies.js';
import type { Agency } from '../../dataset/schema.js';

export interface McpDeps {
  engine: Engine;
  logger: Logger;
  conversations: ConversationStore;
  /** The conversation of a session id, keyed with the caller so that callers never share one. */
  keyOf: (session: string) => ConversationKey;
  maxQuestionChars: number;
  /** PUBLIC_BASE_URL: every source then carries its source-viewer link. */
  publicBaseUrl?: string;
  sources: SourceDoc[];
}

const { proper, total, administrations } = MINISTRY;
/** Each agency as its names: "數位產業署 ADI". */
const named = (as: Agency[]) => as.map((a) => `${a.name} ${a.short}`).join(', ');

const INSTRUCTIONS =
  `Exact figures from the official budget books and reports of Taiwan's ${proper.official} (${proper.name}) ` +
  `and its ${administrationCountEn()} administrations (${named(administrations)}). Money is whole NT$, years are ROC years (114 = 2025). ` +
  'When you use a figure, quote it with its source (document title, table and line, or the link) as returned; ' +
  'do not round it into a different unit without saying so. An answer with no figures means the documents do not say, ' +
  'unless it offers choices: then ask which one is meant and send that choice\'s pick back with the question.';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

const text = (t: string) => [{ type: 'text' as const, text: t }];
const toolError = (message: string): CallToolResult => ({ content: text(message), isError: true });

function registerAsk(server: McpServer, deps: McpDeps): void {
  const talk: ConversationDeps = {
    engine: deps.engine,
    conversations: deps.conversations,
    onStoreError: (err, what) => deps.logger.warn({ err: { message: (err as Error)?.message }, what }, 'conversation store failed'),
  };
  server.registerTool('ask', {
    title: `Ask about ${proper.short} budgets / 查詢${proper.name}預算`,
    description:
      'Answer a question about the budgets, final accounts, staffing, major plans or performance indicators of the ' +
      `${proper.official}, in Traditional Chinese or English. Returns the answer contract: a summary, ` +
      'figures (each with its source document, table and line), an optional table, sources and follow-up suggestions, ' +
      'and `confidence`, the calibrated probability that the figure is right. When no figure is likely enough alone, ' +
      'the answer has no figures but up to three `choices`: ask the person which they mean, then call ask again with ' +
      'the same question and that choice\'s `pick` to get exactly that figure.',
    inputSchema: askInput(deps.maxQuestionChars),
    outputSchema: AskOutput,
    annotations: READ_ONLY,
  }, async ({ question, session, pick }): Promise<CallToolResult> => {
    const q = cleanQuestion(question);
    if (!q) return toolError('The question is empty.');
    const replied = metrics.replyTimer('mcp');
    const answer = session
      ? await converseAt(talk, deps.keyOf(session), pick ? { pick, query: q } : q)
      : pick ? deps.engine.pick(pick, q) : deps.engine.ask(q);
    const out = withLinks(answer, deps.publicBaseUrl);
    const result = { content: text(answerText(out, deps.publicBaseUrl)), structuredContent: out };
    replied();
    return result;
  });
}

function registerLookup(server: McpServer, deps: McpDeps): void {
  server.registerTool('lookup', {
    title: 'Look up a figure / 查數字',
    description:
      `Figures for named things, no free text: an agency (${total.name}, ${proper.name}, ${named(administrations)}), ` +
      'optionally with an item (budget line, object class, revenue item), or a major plan, or an indicator; ' +
      'a year (ROC or AD) and a measure. Unknown names are an error that lists known ones.',
    inputSchema: lookupInput,
    outputSchema: LookupOutput,
    annotations: READ_ONLY,
  }, async (args: LookupArgs): Promise<CallToolResult> => {
    const replied = metrics.replyTimer('mcp');
    const found = lookup(deps.engine, args);
    replied();
    if (!found.ok) return toolError(found.error);
    const answer = withLinks(found.answer, deps.publicBaseUrl);
    if (!answer.figures.length) {
      const next = answer.suggestions.length ? `\n${answer.suggestions.map((s) => `- ${s}`).join('\n')}` : '';
      return toolError(`No figure for "${answer.query}": ${answer.summary}${next}`);
    }
    const out: LookupOutput = { query: answer.query, figures: answer.figures, sources: answer.sources };
    return { content: text(`${answer.query}\n${figuresText(answer.figures, answer.lang)}`), structuredContent: out };
  });
}

function registerSources(server: McpServer, deps: McpDeps): void {
  const out = sourcesOutput(deps.sources, deps.publicBaseUrl);
  server.registerTool('sources', {
    title: 'Source documents / 資料來源',
    description:
      'The official documents every figure is read from: file name (the `doc` of each citation), title, kind, year and agency.',
    outputSchema: SourcesOutput,
    annotations: READ_ONLY,
  }, async (): Promise<CallToolResult> => ({ content: text(sourcesText(out)), structuredContent: out }));
}

/** A server with the three tools; connect it to a transport. */
export function createMcpServer(deps: McpDeps): McpServer {
  const server = new McpServer(
    { name: 'moda-budget', title: `${proper.short} budget figures`, version: deps.engine.info.dataVersion },
    { instructions: INSTRUCTIONS },
  );
  registerAsk(server, deps);
  registerLookup(server, deps);
  registerSources(server, deps);
  return server;
}
