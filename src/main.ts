// `npm start`: runs whatever is configured (Slack, Discord, the HTTP API) and the terminal prompt when no chat is.
import type { Server } from 'node:http';
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './log.js';
import { createEngine } from './core/engine.js';
import { warmNormalizer } from './core/normalize.js';
import { createHttpServer, type RouteHandler } from './adapters/http/server.js';
import { createAskApi } from './adapters/http/api.js';
import { RateLimiter } from './adapters/limits.js';
import { runPrompt } from './adapters/cli/prompt.js';
import { createDiscordInteractionsHandler } from './adapters/discord/http.js';
import { startDiscordGateway } from './adapters/discord/gateway.js';
import { createSlackApp } from './adapters/slack/app.js';

export interface Running {
  server?: Server;
  stop(): Promise<void>;
}

export async function start(config: Config): Promise<Running> {
  const logger = createLogger(config.LOG_LEVEL);
  const engine = createEngine();
  warmNormalizer();
  logger.info({ records: engine.info.records, loadMs: engine.info.loadMs, dataVersion: engine.info.dataVersion }, 'data loaded');
  const limiter = new RateLimiter(config.RATE_LIMIT_PER_MINUTE);
  const routes: Record<string, RouteHandler> = {
    'GET /api/ask': createAskApi({ engine, logger, limiter, maxQuestionChars: config.MAX_QUESTION_CHARS }),
  };
  const stops: (() => Promise<void>)[] = [];
  const chat = Boolean(config.SLACK_MODE || config.DISCORD_MODE);

  if (config.SLACK_MODE) {
    const slack = await createSlackApp({ engine, config, logger, limiter });
    Object.assign(routes, slack.routes);
    await slack.start();
    stops.push(() => slack.stop());
  }
  if (config.DISCORD_MODE === 'http') {
    routes['POST /discord/interactions'] = createDiscordInteractionsHandler({ engine, config, logger, limiter });
  } else if (config.DISCORD_MODE === 'gateway') {
    const gateway = await startDiscordGateway({ engine, config, logger, limiter });
    stops.push(() => gateway.stop());
  }

  let server: Server | undefined;
  if (chat || process.env.PORT) {
    server = createHttpServer({ routes, isReady: () => true, dataVersion: engine.info.dataVersion, logger });
    await new Promise<void>((resolve) => server!.listen(config.PORT, config.HOST, resolve));
    logger.info({ port: config.PORT }, 'http listening');
    stops.push(() => new Promise<void>((resolve) => server!.close(() => resolve())));
  }
  if (!chat) await runPrompt(engine, config.MAX_QUESTION_CHARS);
  return { server, stop: async () => void (await Promise.all(stops.map((s) => s()))) };
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
