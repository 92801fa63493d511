// Prometheus metrics at GET /metrics, loaded only when METRICS_TOKEN or METRICS_PORT is set: behind
// the bearer token on the bot's own port, or on a port of its own (with the token too when set).
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { hasBearer, refuseUnauthorized } from '../http/auth.js';
import { createHttpServer, listen, type RouteHandler } from '../http/server.js';
import { createPrometheusMetrics, type MetricsSources } from './prometheus.js';
import { NO_METRICS, useMetrics, type MetricsSink } from './sink.js';
import { withMetrics } from './engine.js';
import type { Engine } from '../../core/engine.js';
import type { Surface } from '../question-log.js';


export const METRICS_PATH = '/metrics';

export interface MetricsOptions {
  /** when set, a scrape needs `Authorization: Bearer <token>` */
  token?: string;
  /** when set, /metrics is served on this port (and HOST) instead of the bot's */
  port?: number;
  host: string;
  logger: Logger;
  sources: MetricsSources;
}

export interface RunningMetrics {
  sink: MetricsSink;
  /** the engine as one surface uses it, each answer counted and timed */
  counted(engine: Engine, surface: Surface): Engine;
  /** routes for the bot's own server (empty when metrics have a port of their own) */
  routes: Record<string, RouteHandler>;
  /** the metrics port's server, when there is one */
  server?: Server;
  stop(): Promise<void>;
}

export async function startMetrics(o: MetricsOptions): Promise<RunningMetrics> {
  const { sink, registry } = createPrometheusMetrics(o.sources);
  const scrape: RouteHandler = async (req, res) => {
    if (o.token && !hasBearer(req, o.token)) return refuseUnauthorized(res, 'metrics');
    const text = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const routes = { [`GET ${METRICS_PATH}`]: scrape };
  const stop = async () => useMetrics(NO_METRICS);
  const counted = (engine: Engine, surface: Surface) => withMetrics(engine, sink, surface);
  if (o.port === undefined) {
    useMetrics(sink);
    return { sink, counted, routes, stop };
  }
  const server = createHttpServer({ routes, isReady: () => true, dataVersion: o.sources.dataVersion, logger: o.logger });
  await listen(server, o.port, o.host, 'METRICS_PORT');
  useMetrics(sink);
  return {
    sink, counted, routes: {}, server,
    stop: async () => {
      await stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
