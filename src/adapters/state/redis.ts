// The shared store: Redis through node-redis, so every replica reads the same conversations,
// followed threads, idempotency keys and rate-limit counters. Same expiry as in memory, as a TTL.
// Redis is a helper, not a single point of failure: every call has a short deadline, calls fail at
// once while the connection is down (no offline queue), the client reconnects in the background,
// and one log line says when Redis went and one when it is back (see fallback.ts for what stands in).
// node-redis itself is imported only when REDIS_URL is set (it takes a fifth of a second to load).
import type { Logger } from 'pino';
import type { KeyValueStore } from './store.js';

type RedisModule = typeof import('redis');

/** A reconnect every second at most while Redis is away: back within about a second of its return. */
const RECONNECT_MAX_MS = 1_000;
/** How often a connection that stopped answering (but did not close) is tried with a PING. */
const PROBE_MS = 1_000;
export const DEFAULT_CALL_TIMEOUT_MS = 300;

function newClient(redis: RedisModule, url: string, connectTimeout: number) {
  return redis.createClient({
    url,
    // a call while the connection is down fails at once instead of waiting for the reconnect
    disableOfflineQueue: true,
    socket: { connectTimeout, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, RECONNECT_MAX_MS) },
  });
}

export type RedisClient = ReturnType<typeof newClient>;

export const KEY_PREFIX = 'moda-budget:';

export class RedisUnavailable extends Error {
  constructor(why: string) {
    super(`redis unavailable: ${why}`);
  }
}

/**
 * The connection and whether it may be used: down from the moment it closes or a call passes its
 * deadline, up again when it is ready (after a reconnect) or answers a PING.
 */
export class RedisLink {
  private isUp = true;
  private downSince = 0;
  private probe: NodeJS.Timeout | undefined;
  private closing = false;
  /** until the first connection, failures are the caller's to report */
  private connecting = true;
  /** calls in a row that passed their deadline on an open connection */
  private slowCalls = 0;
  lastError: Error | undefined;

  constructor(
    readonly client: RedisClient,
    private readonly logger: Logger,
    readonly callTimeoutMs = DEFAULT_CALL_TIMEOUT_MS,
  ) {
    client.on('ready', () => this.markUp());
    // node-redis emits an error for every failed reconnect: the state change is logged once, in markDown
    client.on('error', (err: Error) => {
      this.lastError = err;
      this.markDown(err.message);
    });
    client.on('reconnecting', () => this.markDown('connection lost'));
    client.on('end', () => this.markDown('connection closed'));
  }

  get up(): boolean {
    return this.isUp && this.client.isReady;
  }

  /** The first connection is made: from now on a failure is an outage. */
  connected(): void {
    this.connecting = false;
  }

  /** One Redis call with the deadline; rejects at once while Redis is down. */
  async call<T>(run: (client: RedisClient) => Promise<T>): Promise<T> {
    if (!this.up) throw new RedisUnavailable('down');
    try {
      const result = await withDeadline(run(this.client), this.callTimeoutMs);
      this.answered();
      return result;
    } catch (err) {
      if (err instanceof DeadlineError) this.timedOut();
      else if (!this.client.isReady) this.markDown((err as Error).message);
      throw err;
    }
  }

  /** A call was answered in time. */
  answered(): void {
    this.slowCalls = 0;
  }

  /**
   * A call passed its deadline (here, or the rate limiter's own): that call is served in process;
   * a second in a row is an outage (one slow answer on a busy machine is not).
   */
  timedOut(): void {
    if (++this.slowCalls >= 2) this.markDown(`no answer within ${this.callTimeoutMs} ms`);
  }

  private markDown(why: string): void {
    if (this.connecting || this.closing || (!this.isUp && this.downSince)) return;
    this.isUp = false;
    this.downSince = Date.now();
    this.logger.warn({ why }, 'redis unreachable: conversations, limits and delivery checks kept in process until it is back');
    // a connection that closed reconnects by itself ('ready'); one that stopped answering is probed
    this.probe ??= setInterval(() => void this.tryPing(), PROBE_MS).unref();
  }

  private async tryPing(): Promise<void> {
    if (!this.client.isReady) return;
    const answered = await withDeadline(this.client.ping(), this.callTimeoutMs).then(() => true, () => false);
    if (answered) this.markUp();
  }

  private markUp(): void {
    clearInterval(this.probe);
    this.probe = undefined;
    if (this.isUp && !this.downSince) return;
    const downMs = this.downSince ? Date.now() - this.downSince : 0;
    this.slowCalls = 0;
    this.isUp = true;
    this.downSince = 0;
    if (downMs) this.logger.info({ downMs }, 'redis back: state shared again');
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.probe);
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
  }
}

/** Connect, or throw an error that names REDIS_URL (never its value, which may hold a password). */
export async function connectRedis(url: string, logger: Logger, connectTimeoutMs = 5_000, callTimeoutMs = DEFAULT_CALL_TIMEOUT_MS): Promise<RedisLink> {
  const client = newClient(await import('redis'), url, connectTimeoutMs);
  // the link listens from the start: node-redis's client is a prototype proxy, and a listener
  // removed from it again leaves later listeners where the client never emits
  const link = new RedisLink(client, logger, callTimeoutMs);
  try {
    await withDeadline(client.connect(), connectTimeoutMs);
  } catch (err) {
    client.destroy();
    throw new Error(`Cannot connect to Redis at REDIS_URL: ${(link.lastError ?? (err as Error)).message}`);
  }
  link.connected();
  return link;
}

export class DeadlineError extends Error {}

export function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

export class RedisStore implements KeyValueStore {
  constructor(
    readonly link: RedisLink,
    private readonly prefix = KEY_PREFIX,
  ) {}

  get client(): RedisClient {
    return this.link.client;
  }

  async get(key: string): Promise<unknown> {
    const raw = await this.link.call((c) => c.get(this.prefix + key));
    return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    const json = JSON.stringify(value ?? null);
    await this.link.call((c) => c.set(this.prefix + key, json, { expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) } }));
  }

  async add(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    const json = JSON.stringify(value ?? null);
    const res = await this.link.call((c) => c.set(this.prefix + key, json, {
      expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) },
      condition: 'NX',
    }));
    return res === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.link.call((c) => c.del(this.prefix + key));
  }

  async close(): Promise<void> {
    await this.link.close();
  }
}
