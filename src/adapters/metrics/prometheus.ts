// The metrics in prom-client, in a registry of their own: what the sink is told, plus gauges read
// at scrape time (queues, Redis) and the process's own (memory, CPU, event loop, GC).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Outcome } from '../gap-frame.js';
import type { Surface } from '../question-log.js';
import type { GiveUp, Limit, MetricsSink } from './sink.js';

/** What the gauges read when Prometheus scrapes. */
export interface MetricsSources {
  /** the outbound reply queue and the answers being worked on */
  delivery: { readonly queued: number; readonly workingNow: number; readonly waitingNow: number };
  /** whether Redis is reachable; absent when the state is kept in process */
  redisUp?: () => boolean;
  dataVersion: string;
}

const PREFIX = 'moda_budget_';
const SURFACES: Surface[] = ['slack', 'discord', 'api', 'web', 'mcp', 'terminal'];
const OUTCOMES: (Outcome | 'refused')[] = ['figure', 'choices', 'passages', 'not_found', 'help', 'refused'];
// the core answers in well under a millisecond; a reply waits for the platform too
const CORE_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
const REPLY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const CHART_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A labelled child per label set, made once: the hot path does no label hashing. */
function children<T>(make: (...labels: string[]) => T): (...labels: string[]) => T {
  const made = new Map<string, T>();
  return (...labels) => {
    const key = labels.join('\u0000');
    let child = made.get(key);
    if (child === undefined) made.set(key, (child = make(...labels)));
    return child;
  };
}

function gauge(registry: Registry, name: string, help: string, read: () => number): void {
  new Gauge({ name: PREFIX + name, help, registers: [registry], collect() { this.set(read()); } });
}

function sourceGauges(registry: Registry, src: MetricsSources): void {
  gauge(registry, 'outbound_queue', 'Replies waiting or in flight to Slack or Discord', () => src.delivery.queued);
  gauge(registry, 'answers_in_progress', 'Slack answers being worked on (at most 64 at once)', () => src.delivery.workingNow);
  gauge(registry, 'answers_waiting', 'Slack answers waiting for a turn', () => src.delivery.waitingNow);
  const redisUp = src.redisUp;
  if (redisUp) gauge(registry, 'redis_up', '1 when Redis (REDIS_URL) is reachable, 0 when not', () => (redisUp() ? 1 : 0));
  const info = new Gauge({ name: `${PREFIX}info`, help: 'The data version this process serves', labelNames: ['data_version'], registers: [registry] });
  info.labels(src.dataVersion).set(1);
}

export function createPrometheusMetrics(src: MetricsSources): { sink: MetricsSink; registry: Registry } {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  sourceGauges(registry, src);
  const questions = new Counter({ name: `${PREFIX}questions_total`, help: 'Questions by surface and outcome (refused: by a limit, before the core)', labelNames: ['surface', 'outcome'], registers });
  const refusals = new Counter({ name: `${PREFIX}questions_refused_total`, help: 'Questions refused by a limit', labelNames: ['surface', 'limit'], registers });
  const core = new Histogram({ name: `${PREFIX}answer_core_seconds`, help: 'Time the core took for an answer', labelNames: ['surface'], buckets: CORE_BUCKETS, registers });
  const reply = new Histogram({ name: `${PREFIX}reply_seconds`, help: 'From a question\'s arrival to its reply handed to the platform or client', labelNames: ['surface'], buckets: REPLY_BUCKETS, registers });
  const renders = new Counter({ name: `${PREFIX}chart_renders_total`, help: 'Chart PNG renders', labelNames: ['result'], registers });
  const renderTime = new Histogram({ name: `${PREFIX}chart_render_seconds`, help: 'Time to draw a chart PNG (including loading the renderer the first time)', buckets: CHART_BUCKETS, registers });
  const rendering = new Gauge({ name: `${PREFIX}chart_renders_pending`, help: 'Chart renders asked for and not finished', registers });
  const retried = new Counter({ name: `${PREFIX}deliveries_retried_total`, help: 'Outbound replies tried again (429, 5xx, timeout, reset)', labelNames: ['platform'], registers });
  const givenUp = new Counter({ name: `${PREFIX}deliveries_given_up_total`, help: 'Outbound replies given up', labelNames: ['platform', 'reason'], registers });
  const votes = new Counter({ name: `${PREFIX}feedback_total`, help: 'Votes on answers', labelNames: ['surface', 'vote'], registers });

  const questionsOf = children((surface, outcome) => questions.labels(surface, outcome));
  const coreOf = children((surface) => core.labels(surface));
  const replyOf = children((surface) => reply.labels(surface));
  // every surface and outcome from zero, so rates and ratios exist before the first question
  for (const s of SURFACES) for (const o of OUTCOMES) questionsOf(s, o).inc(0);
  for (const r of ['ok', 'error']) renders.labels(r).inc(0);

  const sink: MetricsSink = {
    answered(surface, outcome, seconds) {
      questionsOf(surface, outcome).inc();
      coreOf(surface).observe(seconds);
    },
    refused(surface, limit: Limit) {
      questionsOf(surface, 'refused').inc();
      refusals.labels(surface, limit).inc();
    },
    replyTimer(surface) {
      const t0 = performance.now();
      return () => replyOf(surface).observe((performance.now() - t0) / 1000);
    },
    chartTimer() {
      const t0 = performance.now();
      rendering.inc();
      return (ok) => {
        rendering.dec();
        renders.labels(ok ? 'ok' : 'error').inc();
        if (ok) renderTime.observe((performance.now() - t0) / 1000);
      };
    },
    retried: (platform) => retried.labels(platform).inc(),
    gaveUp: (platform, why: GiveUp) => givenUp.labels(platform, why).inc(),
    feedback: (surface, vote) => votes.labels(surface, vote).inc(),
  };
  return { sink, registry };
}
