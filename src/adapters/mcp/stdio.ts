// `npm run mcp`: the MCP server over stdio, for a desktop assistant that starts it as a subprocess.
// stdout carries only the protocol; logs go to stderr. Conversations live in this process.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadConfig } from '../../config.js';
import { loadEnvFile } from '../../env-file.js';
import { createEngine } from '../../core/engine.js';
import { createLogger } from '../../log.js';
import { withQuestionLog } from '../question-log.js';
import { createConversationStore } from '../state/conversations.js';
import { MemoryStore } from '../state/store.js';
import { createMcpServer } from './server.js';
import { readSources } from './sources.js';

export async function serveStdio(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL); // stderr
  const engine = withQuestionLog(createEngine(), logger, 'terminal');
  const server = createMcpServer({
    engine,
    logger,
    conversations: createConversationStore(new MemoryStore()),
    keyOf: (session) => ({ platform: 'terminal', channel: 'mcp', thread: session, user: 'local' }),
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    sources: readSources(),
  });
  await server.connect(new StdioServerTransport());
  logger.info({ records: engine.info.records, dataVersion: engine.info.dataVersion }, 'mcp server on stdio');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  // a bug in one call must not end the server a desktop assistant is talking to
  process.on('uncaughtException', (err) => process.stderr.write(`uncaught: ${err.stack ?? err}\n`));
  process.on('unhandledRejection', (err) => process.stderr.write(`unhandled rejection: ${String(err)}\n`));
  loadEnvFile();
  serveStdio().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}
