// The Slack app: a real Bolt App in HTTP mode (mounted on the shared server at POST /slack/events,
// Bolt checks every request's signature) or in Socket Mode (an outbound WebSocket, no public URL).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import type { RouteHandler } from '../http/server.js';
import type { Limiter } from '../limits.js';
import { createConversationStore, type ConversationStore } from '../state/conversations.js';
import { MemoryStore, type KeyValueStore } from '../state/store.js';
import { registerActions } from './actions.js';
import { createAssistant } from './assistant.js';
import { loadChartRenderer } from '../chart.js';
import { maskSecrets } from '../../log.js';
import { Delivery } from '../delivery.js';
import type { GapReporter } from '../report/chat.js';
import { dedupeMiddleware } from './dedupe.js';
import { guardSlackEvents, guardSocketEvents } from './guard.js';
import { registerListeners } from './listeners.js';
import { boltLogger, webClientOptions } from './runtime.js';

/** The arguments of Bolt's extended error handler (the last overload of `app.error`). */
type ExtendedErrorHandlerArgs = Parameters<Parameters<App['error']>[0]>[0];

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  engine: Engine;
  config: Pick<
    Config,
    'SLACK_MODE' | 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'MAX_QUESTION_CHARS' | 'OUTBOUND_TIMEOUT_MS'
  >;
  logger: Logger;
  /** Questions per person per minute, shared with the other surfaces; none when absent. */
  limiter?: Limiter;
  /** Where conversations and delivery claims live (shared through Redis); in process when absent. */
  store?: KeyValueStore;
  conversations?: ConversationStore;
  /** Outbound replies with bounded retries, and accepted work tracked for shutdown. */
  delivery?: Delivery;
  /** `/budget report` for the admins */
  reporter?: GapReporter;
}

export interface SlackApp {
  readonly mode: 'http' | 'socket';
  readonly app: App;
  /** HTTP mode: routes for the shared server (`POST /slack/events`). Empty in Socket Mode. */
  readonly routes: Record<string, RouteHandler>;
  /** Socket Mode: open the WebSocket. HTTP mode: nothing to do (the shared server listens). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Build the app and check the bot token with auth.test; throws when the configuration cannot work. */
export async function createSlackApp({ engine, config, logger, limiter, reporter, ...state }: SlackAppOptions): Promise<SlackApp> {
  const mode = config.SLACK_MODE;
  if (!mode) throw new Error('SLACK_MODE is not set (http or socket)');
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is required');
  const log = logger.child({ surface: 'slack', mode });
  const bLogger = boltLogger(log);
  const clientOptions = webClientOptions(config.SLACK_API_URL, config.OUTBOUND_TIMEOUT_MS);

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (mode === 'http') {
    if (!config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode');
    receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      // the front door (guardSlackEvents) checks every signature before Bolt sees the request
      signatureVerification: false,
      endpoints: SLACK_EVENTS_PATH,
      // Long-running server: ack() answers Slack at once, the work continues afterwards.
      processBeforeResponse: false,
      logger: bLogger,
    });
  } else {
    if (!config.SLACK_APP_TOKEN) throw new Error('SLACK_APP_TOKEN is required in Socket Mode');
    receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger: bLogger,
      // apps.connections.open goes to the same API base (GovSlack or slack.com).
      installerOptions: { clientOptions },
    });
  }

  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    logger: bLogger,
    clientOptions,
    extendedErrorHandler: true,
    deferInitialization: true,
    // conversations are kept by the bot's own store (state/conversations.ts), not Bolt's
    convoStore: false,
  });

  if (mode === 'socket') guardSocketEvents(app, log);

  const store = state.store ?? new MemoryStore();
  const conversations = state.conversations ?? createConversationStore(store);
  const delivery = state.delivery ?? new Delivery({ logger: log });
  const deps = { engine, config, logger: log, limiter, conversations, delivery, chart: loadChartRenderer, reporter };
  // every accepted request is tracked until its answer is out, so a shutdown can wait for it
  app.use(async ({ next }) => void (await delivery.track(next())));
  app.use(dedupeMiddleware(store, log));
  // the assistant pane: its threads' messages go to the Assistant, every other event to the listeners
  app.assistant(createAssistant(deps));
  registerListeners(app, deps);
  registerActions(app, deps);

  // Whatever a listener lets through ends here: logged with a reference, never a crash.
  app.error(async ({ error, body }: ExtendedErrorHandlerArgs) => {
    const ref = randomUUID().slice(0, 8);
    const kind = (body as { type?: string; event?: { type?: string } } | undefined)?.event?.type ?? (body as { type?: string })?.type;
    log.error({ err: error, ref, kind }, 'unhandled slack error');
  });

  try {
    await app.init();
  } catch (err) {
    throw new Error(`Slack: could not verify SLACK_BOT_TOKEN with auth.test at SLACK_API_URL (${maskSecrets((err as Error).message)}); check the token and that Slack is reachable`);
  }

  const routes: Record<string, RouteHandler> = {};
  if (receiver instanceof HTTPReceiver) {
    const listener = receiver.requestListener;
    routes[`POST ${SLACK_EVENTS_PATH}`] = guardSlackEvents(config.SLACK_SIGNING_SECRET!, (req: IncomingMessage, res: ServerResponse) => listener(req, res));
  }

  return {
    mode,
    app,
    routes,
    start: async () => {
      if (mode !== 'socket') return;
      try {
        await app.start();
      } catch (err) {
        throw new Error(`Slack Socket Mode could not connect with SLACK_APP_TOKEN (${maskSecrets((err as Error).message)})`);
      }
    },
    stop: async () => {
      if (mode === 'socket') await app.stop();
    },
  };
}
