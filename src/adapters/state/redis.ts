// The shared store: Redis through node-redis, so every replica reads the same conversations,
// followed threads, idempotency keys and rate-limit counters. Same expiry as in memory, as a TTL.
// node-redis itself is imported only when REDIS_URL is set (it takes a fifth of a second to load).
import type { Logger } from 'pino';
import type { KeyValueStore } from './store.js';

type RedisModule = typeof import('redis');

function newClient(redis: RedisModule, url: string, connectTimeout: number) {
  return redis.createClient({
    url,
    socket: { connectTimeout, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3_000) },
  });
}

export type RedisClient = ReturnType<typeof newClient>;

export const KEY_PREFIX = 'moda-budget:';

/** Connect, or throw an error that names REDIS_URL (never its value, which may hold a password). */
export async function connectRedis(url: string, logger: Logger, connectTimeoutMs = 5_000): Promise<RedisClient> {
  const client = newClient(await import('redis'), url, connectTimeoutMs);
  let warned = 0;
  client.on('error', (err: Error) => {
    // node-redis emits every failed reconnect; one line per burst is enough
    if (Date.now() - warned > 10_000) logger.warn({ err: { name: err.name, message: err.message } }, 'redis connection error');
    warned = Date.now();
  });
  try {
    await withDeadline(client.connect(), connectTimeoutMs);
  } catch (err) {
    await client.destroy?.();
    throw new Error(`Cannot connect to Redis at REDIS_URL: ${(err as Error).message}`);
  }
  return client;
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

export class RedisStore implements KeyValueStore {
  constructor(
    readonly client: RedisClient,
    private readonly prefix = KEY_PREFIX,
  ) {}

  async get(key: string): Promise<unknown> {
    const raw = await this.client.get(this.prefix + key);
    return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.client.set(this.prefix + key, JSON.stringify(value ?? null), { expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) } });
  }

  async add(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    const res = await this.client.set(this.prefix + key, JSON.stringify(value ?? null), {
      expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) },
      condition: 'NX',
    });
    return res === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}
