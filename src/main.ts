// `npm start`: runs whatever is configured (Slack, Discord, the HTTP API) and the terminal prompt when no chat is.
import type { Server } from 'node:http';
import type { DestinationStream } from 'pino';
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './log.js';
import { createEngine } from './core/engine.js';
import { warmNormalizer } from './core/normalize.js';
import { createHttpServer, type RouteHandler } from './adapters/http/server.js';
import { createAskApi } from './adapters/http/api.js';
import { createState } from './adapters/state/index.js';
import { trustedProxies } from './adapters/http/client.js';
import { runPrompt } from './adapters/cli/prompt.js';
import { withQuestionLog } from './adapters/question-log.js';
import { createDiscordInteractionsHandler } from './adapters/discord/http.js';
import { startDiscordGateway } from './adapters/discord/gateway.js';
import { createSlackApp } from './adapters/slack/app.js';

export interface Running {
  server?: Server;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** where logs go (stderr by default) */
  logDestination?: DestinationStream;
  /** open the terminal prompt when no chat platform is configured (default: yes) */
  prompt?: boolean;
}

export async function start(config: Config, opts: StartOptions = {}): Promise<Running> {
  const logger = createLogger(config.LOG_LEVEL, opts.logDestination);
  const engine = createEngine();
  warmNormalizer();
  logger.info({ records: engine.info.records, loadMs: engine.info.loadMs, dataVersion: engine.info.dataVersion }, 'data loaded');
  const state = await createState(config, logger);
  const { limiter, conversations, store } = state;
  const routes: Record<string, RouteHandler> = {
    'GET /api/ask': createAskApi({
      engine: withQuestionLog(engine, logger, 'api'), logger, limiter, conversations,
      maxQuestionChars: config.MAX_QUESTION_CHARS, trustedProxy: trustedProxies(config.TRUST_PROXY),
    }),
  };
  const stops: (() => Promise<void>)[] = [() => state.close()];
  const chat = Boolean(config.SLACK_MODE || config.DISCORD_MODE);

  if (config.SLACK_MODE) {
    const slack = await createSlackApp({ engine: withQuestionLog(engine, logger, 'slack'), config, logger, limiter, store, conversations });
    Object.assign(routes, slack.routes);
    await slack.start();
    stops.unshift(() => slack.stop());
  }
  if (config.DISCORD_MODE === 'http') {
    routes['POST /discord/interactions'] = createDiscordInteractionsHandler({ engine: withQuestionLog(engine, logger, 'discord'), config, logger, limiter, conversations });
  } else if (config.DISCORD_MODE === 'gateway') {
    const gateway = await startDiscordGateway({ engine: withQuestionLog(engine, logger, 'discord'), config, logger, limiter, conversations });
    stops.unshift(() => gateway.stop());
  }

  let server: Server | undefined;
  if (chat || process.env.PORT) {
    server = createHttpServer({ routes, isReady: () => true, dataVersion: engine.info.dataVersion, logger });
    await new Promise<void>((resolve) => server!.listen(config.PORT, config.HOST, resolve));
    logger.info({ port: config.PORT }, 'http listening');
    stops.unshift(() => closeServer(server!, SHUTDOWN_GRACE_MS));
  }
  if (!chat && opts.prompt !== false) await runPrompt(withQuestionLog(engine, logger, 'terminal'), config.MAX_QUESTION_CHARS);
  // the HTTP server first (stop accepting, finish requests in flight), then the chat clients
  return {
    server,
    stop: async () => {
      for (const s of stops) await s().catch((err: unknown) => logger.warn({ err }, 'shutdown step failed'));
    },
  };
}

const SHUTDOWN_GRACE_MS = 10_000;

/** Stop accepting, let requests in flight finish (bounded), then drop what is left. */
export function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  }
  start(config).then(
    (running) => {
      const shutdown = () => void running.stop().then(() => process.exit(0));
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
      if (!running.server) process.exit(0);
    },
    (err: unknown) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
