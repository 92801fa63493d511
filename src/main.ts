// `npm start`: runs whatever is configured (Slack, Discord, the HTTP API) and the terminal prompt when no chat is.
import type { Server } from 'node:http';
import type { Readable, Writable } from 'node:stream';
import type { DestinationStream } from 'pino';
import { loadConfig, ConfigError, type Config } from './config.js';
import { loadEnvFile } from './env-file.js';
import { createLogger, maskSecrets, openQuestionFile } from './log.js';
import { createEngine } from './core/engine.js';
import { warmNormalizer } from './core/normalize.js';
import { createHttpServer, listen, type RouteHandler } from './adapters/http/server.js';
import { createAskApi } from './adapters/http/api.js';
import { createState } from './adapters/state/index.js';
import { clientAddress, trustedProxies } from './adapters/http/client.js';
import { createWebRoutes } from './adapters/web/index.js';
import { withQuestionLog, type Surface } from './adapters/question-log.js';
import { Delivery } from './adapters/delivery.js';
import { startMemoryReducer } from './adapters/memory-reducer.js';
import { createGapReporter } from './adapters/report/chat.js';
import { closeCharts, configureCharts } from './adapters/chart.js';

export interface Running {
  server?: Server;
  delivery: Delivery;
  /** open QUESTION_LOG_FILE again under its name (after logrotate moved it) */
  reopenLogs(): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** where logs go (stderr by default) */
  logDestination?: DestinationStream;
  /** open the terminal prompt when no chat platform is configured (default: yes) */
  prompt?: boolean;
  /** the prompt's input and output (the process's own by default) */
  promptIO?: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream };
}

/** Log levels by how much they say; while a person types at the prompt, only warnings and worse reach the screen. */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const PROMPT_LOG_LEVEL = 'warn';

function logLevelFor(config: Config, interactivePrompt: boolean): string {
  if (!interactivePrompt) return config.LOG_LEVEL;
  return LEVELS.indexOf(config.LOG_LEVEL) > LEVELS.indexOf(PROMPT_LOG_LEVEL) ? config.LOG_LEVEL : PROMPT_LOG_LEVEL;
}

export async function start(config: Config, opts: StartOptions = {}): Promise<Running> {
  const chat = Boolean(config.SLACK_MODE || config.DISCORD_MODE);
  const promptIO = opts.promptIO ?? { input: process.stdin, output: process.stdout };
  const prompting = !chat && opts.prompt !== false;
  const questionFile = config.QUESTION_LOG_FILE ? openQuestionFile(config.QUESTION_LOG_FILE) : undefined;
  const logger = createLogger(logLevelFor(config, prompting && Boolean(promptIO.input.isTTY)), opts.logDestination, questionFile?.stream);
  const engine = createEngine();
  warmNormalizer();
  // sinceStartMs: from process start (performance.timeOrigin), so cold start is visible in the log
  const since = () => Math.round(performance.now());
  logger.info({ records: engine.info.records, loadMs: engine.info.loadMs, dataVersion: engine.info.dataVersion, sinceStartMs: since() }, 'data loaded');
  configureCharts({ maxWorkers: config.CHART_WORKERS, maxQueue: config.CHART_QUEUE, maxWorkerMb: config.CHART_WORKER_MAX_MB });
  const state = await createState(config, logger);
  const delivery = new Delivery({ logger });
  const stopMemoryReducer = startMemoryReducer({ busy: () => delivery.inFlight > 0, lastWork: () => delivery.lastWorkAt });
  const reporter = createGapReporter({ admins: config.REPORT_ADMIN_IDS, file: config.QUESTION_LOG_FILE });
  const shared = { config, logger, limiter: state.limiter, conversations: state.conversations, store: state.store, delivery, reporter };
  // prom-client loads only when metrics are asked for
  const measured = config.METRICS_TOKEN || config.METRICS_PORT
    ? await (await import('./adapters/metrics/index.js')).startMetrics({
      token: config.METRICS_TOKEN, port: config.METRICS_PORT, host: config.HOST, logger,
      sources: { delivery, redisUp: state.redisUp, dataVersion: engine.info.dataVersion },
    })
    : undefined;
  const asked = (surface: Surface) => withQuestionLog(measured?.counted(engine, surface) ?? engine, logger, surface);
  const routes: Record<string, RouteHandler> = {
    ...measured?.routes,
    'GET /api/ask': createAskApi({
      ...shared, engine: asked('api'), maxQuestionChars: config.MAX_QUESTION_CHARS, trustedProxy: trustedProxies(config.TRUST_PROXY),
    }),
  };
  const trusted = trustedProxies(config.TRUST_PROXY);
  Object.assign(routes, createWebRoutes({
    engine: asked('web'), logger, limiter: state.limiter, maxQuestionChars: config.MAX_QUESTION_CHARS,
    clientKey: (req) => clientAddress(req, trusted), publicBaseUrl: config.PUBLIC_BASE_URL,
  }));
  const clients: (() => Promise<void>)[] = [];

  // discord.js loads only when Discord is configured.
  if (config.DISCORD_MODE === 'http') {
    const { createDiscordInteractionsHandler } = await import('./adapters/discord/http.js');
    routes['POST /discord/interactions'] = createDiscordInteractionsHandler({ ...shared, engine: asked('discord') });
  } else if (config.DISCORD_MODE === 'gateway') {
    const { startDiscordGateway } = await import('./adapters/discord/gateway.js');
    const gateway = await startDiscordGateway({ ...shared, engine: asked('discord') });
    clients.push(() => gateway.stop());
  }

  // The MCP endpoint (and its SDK) loads only when a token is set for it.
  if (config.MCP_TOKEN) {
    const { createMcpRoutes } = await import('./adapters/mcp/http.js');
    Object.assign(routes, createMcpRoutes({
      engine: asked('mcp'), logger, token: config.MCP_TOKEN, limiter: state.limiter, conversations: state.conversations,
      clientKey: (req) => clientAddress(req, trusted), maxQuestionChars: config.MAX_QUESTION_CHARS, publicBaseUrl: config.PUBLIC_BASE_URL,
    }));
  }

  // Bolt loads only when Slack is configured.
  if (config.SLACK_MODE) {
    const { createSlackApp } = await import('./adapters/slack/app.js');
    const slack = await createSlackApp({ ...shared, engine: asked('slack') });
    Object.assign(routes, slack.routes);
    await slack.start();
    clients.push(() => slack.stop());
  }
  let server: Server | undefined;
  if (chat || process.env.PORT || config.MCP_TOKEN || Object.keys(measured?.routes ?? {}).length) {
    const degraded = () => (state.up() ? [] : ['redis']);
    server = createHttpServer({ routes, isReady: () => true, degraded, dataVersion: engine.info.dataVersion, logger });
    await listen(server, config.PORT, config.HOST);
    logger.info({ port: (server.address() as { port?: number } | null)?.port ?? config.PORT, sinceStartMs: since() }, 'http listening');
  }
  if (prompting) {
    const { runPrompt } = await import('./adapters/cli/prompt.js');
    await runPrompt(asked('terminal'), config.MAX_QUESTION_CHARS, promptIO.input, promptIO.output, config.PUBLIC_BASE_URL);
  }
  // Stop accepting and finish requests in flight; then deliver the answers already promised
  // (bounded); then close the chat clients and the store.
  const steps: (() => Promise<unknown>)[] = [
    ...(server ? [() => closeServer(server!, SHUTDOWN_GRACE_MS)] : []),
    () => delivery.drain(DRAIN_MS),
    ...clients,
    () => closeCharts(),
    () => state.close(),
    async () => stopMemoryReducer(),
    ...(measured ? [() => measured.stop()] : []),
    ...(questionFile ? [() => questionFile.close()] : []),
  ];
  return {
    server,
    delivery,
    reopenLogs: () => questionFile?.reopen(),
    stop: async () => {
      for (const step of steps) await step().catch((err: unknown) => logger.warn({ err }, 'shutdown step failed'));
    },
  };
}

/** Requests in flight may finish for this long after SIGTERM. */
const SHUTDOWN_GRACE_MS = 10_000;
/** Then answers already accepted may be delivered (with their retries) for this long. */
const DRAIN_MS = 20_000;

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

/** Last resort: whatever escapes every guard is logged, and the bot keeps serving. */
function keepServing(log: (what: string, err: unknown) => void): void {
  process.on('unhandledRejection', (err) => log('unhandled rejection', err));
  process.on('uncaughtException', (err) => log('uncaught exception', err));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  // settings from .env when there is one (see .env.example)
  loadEnvFile();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  }
  const fallback = createLogger(config.LOG_LEVEL);
  keepServing((what, err) => fallback.error({ err }, what));
  start(config).then(
    (running) => {
      const shutdown = (signal: string) => {
        fallback.info({ signal, inFlight: running.delivery.inFlight }, 'shutting down');
        void running.stop().then(() => process.exit(0));
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
      // logrotate moved QUESTION_LOG_FILE: write to a new file under its name
      process.on('SIGHUP', () => running.reopenLogs());
      if (!running.server) process.exit(0);
    },
    (err: unknown) => {
      process.stderr.write(`${maskSecrets((err as Error).message)}\n`);
      process.exit(1);
    },
  );
}
