// The web surface: the lookup page (GET /), the source viewer (GET /sources/<doc>), the data package
// (GET /data/…), answers as CSV and PNG (GET /api/ask.csv, /api/ask.png) and the static files, as routes for createHttpServer.
// Every path is known when the routes are made (the documents and resources are listed in data/),
// so the server's exact "METHOD /path" keys are enough.
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Engine } from '../../core/engine.js';
import { DATA_DIR } from '../../dataset/paths.js';
import type { RouteHandler } from '../http/server.js';
import type { LimitVerdict } from '../limits.js';
import { createAskFile } from './ask-file.js';
import { createDataRoutes } from './data.js';
import { createLookupPage } from './lookup.js';
import { socketAddress } from './respond.js';
import { SessionStore } from './sessions.js';
import { createStaticRoutes } from './static.js';
import { createViewerRoutes, readManifest } from './viewer.js';

export { answerCsv, sendAnswerCsv } from './csv.js';
export { sourcePath, sourceUrl } from '../../format/source-link.js';
export { SessionStore } from './sessions.js';

/** The API's rate limiter, sync or async. */
export interface WebLimiter {
  check(key: string): LimitVerdict | Promise<LimitVerdict>;
}

export interface WebDeps {
  engine: Engine;
  logger: Logger;
  dataDir?: string;
  /** the address people reach this server at, for permalinks (e.g. https://budget.example.tw) */
  publicBaseUrl?: string;
  /** the JSON API's limiter and length cap, shared so the page is held to the same limits */
  limiter?: WebLimiter;
  maxQuestionChars?: number;
  /** who is asking, for the rate limit (pass the API's client address, which knows the trusted proxies) */
  clientKey?: (req: IncomingMessage) => string;
  /** lookup-page conversations kept at once (the oldest idle one is dropped first) */
  maxSessions?: number;
}

export function createWebRoutes(deps: WebDeps): Record<string, RouteHandler> {
  const dataDir = deps.dataDir ?? DATA_DIR;
  const sessions = new SessionStore(deps.maxSessions ?? 1000);
  const maxQuestionChars = deps.maxQuestionChars ?? 500;
  const clientKey = deps.clientKey ?? socketAddress;
  const onChartError = (err: unknown) => deps.logger.warn({ err }, 'chart module failed to load');
  const files = { engine: deps.engine, limiter: deps.limiter, maxQuestionChars, sessions, clientKey, onChartError };
  const lookup = createLookupPage({ ...deps, sessions, maxQuestionChars, clientKey, secureCookie: deps.publicBaseUrl?.startsWith('https:') });
  return {
    'GET /': lookup,
    'GET /api/ask.csv': createAskFile(files),
    'GET /api/ask.png': createAskFile(files, 'png'),
    ...createViewerRoutes(dataDir, readManifest(dataDir)),
    ...createDataRoutes(dataDir),
    ...createStaticRoutes(),
  };
}
