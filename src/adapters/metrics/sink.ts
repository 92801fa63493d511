// Where the adapters report what happened, for the Prometheus metrics. Until metrics are turned on
// (METRICS_TOKEN or METRICS_PORT) every call is a no-op and prom-client is never loaded. Labels are
// a handful of fixed words: never a question, a user or a channel.
import type { Outcome } from '../gap-frame.js';
import type { Surface } from '../question-log.js';

export type Limit = 'rate' | 'length';
export type GiveUp = 'exhausted' | 'not_retryable' | 'queue_full';

export interface MetricsSink {
  /** an answer from the core, with the core's time for it */
  answered(surface: Surface, outcome: Outcome, coreSeconds: number): void;
  /** a question refused by a limit before it reached the core */
  refused(surface: Surface, limit: Limit): void;
  /** started when a question arrives; call the result when its reply has been handed over */
  replyTimer(surface: Surface): () => void;
  /** started when a chart render is asked for; call the result when it is done or failed */
  chartTimer(): (ok: boolean) => void;
  /** an outbound reply tried again, or given up */
  retried(platform: string): void;
  gaveUp(platform: string, why: GiveUp): void;
  feedback(surface: Surface, vote: 'up' | 'down'): void;
}

const done = () => undefined;

export const NO_METRICS: MetricsSink = {
  answered: done,
  refused: done,
  replyTimer: () => done,
  chartTimer: () => done,
  retried: done,
  gaveUp: done,
  feedback: done,
};

/** The sink in use: read at each call, so a sink set at start-up reaches every adapter. */
export let metrics: MetricsSink = NO_METRICS;

export function useMetrics(sink: MetricsSink): void {
  metrics = sink;
}

/** The platform of a delivery label (`slack:slash` → slack), from a fixed list. */
export function platformOf(what: string): 'slack' | 'discord' | 'other' {
  const p = what.slice(0, what.indexOf(':'));
  return p === 'slack' || p === 'discord' ? p : 'other';
}
