// Delivery that survives: every outbound reply goes through `send`, retried on 429 (after the
// Retry-After the platform gives), 5xx, timeouts and dropped connections — at most `maxTries`
// within `maxWaitMs` — then given up with one warn line. Accepted work is tracked, so a shutdown
// can stop taking new requests and drain what was promised (bounded) before the process exits.
import type { Logger } from 'pino';
import { metrics, platformOf } from './metrics/sink.js';

export interface DeliveryOptions {
  logger: Logger;
  maxTries?: number;
  maxWaitMs?: number;
  /** most replies waiting or in flight at once; past it a reply is given up at once (memory stays bounded) */
  maxPending?: number;
  /** most answers worked on at once; the rest wait their turn holding only what was asked, so a
   * burst of a thousand questions holds a few dozen answers and their outbound calls, not a thousand */
  maxWorking?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** What a failed call says about trying again: not at all, or after at least `afterMs`. */
export function retryAdvice(err: unknown): { retry: boolean; afterMs: number } {
  const e = (err ?? {}) as Record<string, unknown> & { data?: { error?: unknown } };
  const status = Number(e.status ?? e.statusCode ?? NaN);
  if (typeof e.retryAfter === 'number') {
    // Slack gives seconds (WebAPIRateLimitedError); discord.js gives milliseconds (RateLimitError)
    return { retry: true, afterMs: e.code === 'slack_webapi_rate_limited_error' ? e.retryAfter * 1000 : e.retryAfter };
  }
  if (status === 429 || e.data?.error === 'ratelimited') return { retry: true, afterMs: 1000 };
  if (status >= 500 && status < 600) return { retry: true, afterMs: 0 };
  const transient = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'slack_webapi_request_error'];
  const cause = (e.cause ?? {}) as { code?: unknown };
  if (transient.includes(String(e.code)) || transient.includes(String(cause.code))) return { retry: true, afterMs: 0 };
  if (['AbortError', 'TimeoutError'].includes(String(e.name))) return { retry: true, afterMs: 0 };
  return { retry: false, afterMs: 0 };
}

/** A reply that could not be delivered within the bounds; already logged, nothing more to tell anyone. */
export class GiveUpError extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`reply given up: ${what}`, options);
  }
}

export class Delivery {
  private readonly inflight = new Set<Promise<unknown>>();
  private pending = 0;
  private working = 0;
  private readonly waiting: (() => void)[] = [];
  /** when accepted work last started or settled (ms since the epoch) */
  lastWorkAt = 0;
  private readonly o: Required<Omit<DeliveryOptions, 'logger'>> & { logger: Logger };

  constructor(opts: DeliveryOptions) {
    this.o = {
      maxTries: 3, maxWaitMs: 30_000, maxPending: 2_000, maxWorking: 64,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      ...opts,
    };
  }

  /** Work accepted from a user: counted until it settles, so a shutdown can wait for it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.inflight.add(work);
    this.lastWorkAt = Date.now();
    const forget = () => {
      this.inflight.delete(work);
      this.lastWorkAt = Date.now();
    };
    work.then(forget, forget);
    return work;
  }

  /** Runs accepted work (answer and reply) when one of `maxWorking` turns is free, in arrival order. */
  async turn<T>(work: () => Promise<T>): Promise<T> {
    if (this.working < this.o.maxWorking) this.working++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // a finished turn hands its slot over
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.working--;
    }
  }

  get inFlight(): number {
    return this.inflight.size;
  }

  /** replies waiting or in flight (the outbound queue) */
  get queued(): number {
    return this.pending;
  }

  /** answers being worked on, and those waiting for a turn */
  get workingNow(): number {
    return this.working;
  }

  get waitingNow(): number {
    return this.waiting.length;
  }

  /** One outbound call with bounded retries; rejects (after a warn line) when it could not be delivered. */
  async send<T>(what: string, call: () => Promise<T>): Promise<T> {
    if (this.pending >= this.o.maxPending) {
      this.o.logger.warn({ what, pending: this.pending }, 'reply given up: outbound queue full');
      metrics.gaveUp(platformOf(what), 'queue_full');
      throw new GiveUpError(what);
    }
    this.pending++;
    try {
      return await this.attempt(what, call);
    } finally {
      this.pending--;
    }
  }

  private async attempt<T>(what: string, call: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    for (let n = 1; ; n++) {
      try {
        return await call();
      } catch (err) {
        const advice = retryAdvice(err);
        const waitMs = Math.max(advice.afterMs, 500 * 2 ** (n - 1));
        const spent = Date.now() - t0;
        if (!advice.retry || n >= this.o.maxTries || spent + waitMs > this.o.maxWaitMs) {
          this.o.logger.warn({ err, what, tries: n, ms: spent, retryable: advice.retry }, 'reply given up');
          metrics.gaveUp(platformOf(what), advice.retry ? 'exhausted' : 'not_retryable');
          throw new GiveUpError(what, { cause: err });
        }
        metrics.retried(platformOf(what));
        await this.o.sleep(waitMs);
      }
    }
  }

  /** Wait for accepted work to settle, at most `deadlineMs`; returns how many were left unfinished. */
  async drain(deadlineMs: number): Promise<number> {
    const until = Date.now() + deadlineMs;
    while (this.inflight.size && Date.now() < until) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise((r) => (timer = setTimeout(r, until - Date.now())));
      await Promise.race([Promise.allSettled([...this.inflight]), deadline]);
      clearTimeout(timer);
    }
    const left = this.inflight.size;
    if (left) this.o.logger.warn({ unfinished: left }, 'shutdown: accepted work left unfinished');
    return left;
  }
}
