// The state a replica keeps between requests — conversations, followed threads, idempotency keys,
// rate-limit counters — in one place: in process by default, in Redis when REDIS_URL is set, so
// that any replica can take the next turn and a limit holds across all of them. With Redis, the
// same state is kept in process while Redis is away (see fallback.ts), and `up()` says which.
import type { Logger } from 'pino';
import { RateLimiter } from '../limits.js';
import { createConversationStore, type ConversationStore } from './conversations.js';
import { FallbackStore } from './fallback.js';
import { connectRedis, RedisStore } from './redis.js';
import { MemoryStore, type KeyValueStore } from './store.js';

export interface State {
  readonly store: KeyValueStore;
  readonly conversations: ConversationStore;
  readonly limiter: RateLimiter;
  /** true when the state lives in Redis, shared by every replica */
  readonly shared: boolean;
  /** with Redis: whether it is reachable now (for the metrics) */
  readonly redisUp?: () => boolean;
  /** false while shared state is configured but Redis cannot be used (state kept in process meanwhile) */
  up(): boolean;
  close(): Promise<void>;
}

export interface StateConfig {
  REDIS_URL?: string;
  REDIS_TIMEOUT_MS?: number;
  RATE_LIMIT_PER_MINUTE: number;
}

/** The embedded default: nothing to run, nothing shared. */
export function memoryState(perMinute: number, store: KeyValueStore = new MemoryStore()): State {
  return {
    store,
    conversations: createConversationStore(store),
    limiter: new RateLimiter(perMinute),
    shared: false,
    up: () => true,
    close: () => store.close(),
  };
}

export async function createState(config: StateConfig, logger: Logger): Promise<State> {
  if (!config.REDIS_URL) return memoryState(config.RATE_LIMIT_PER_MINUTE);
  const link = await connectRedis(config.REDIS_URL, logger.child({ component: 'redis' }), undefined, config.REDIS_TIMEOUT_MS);
  const store = new FallbackStore(new RedisStore(link), new MemoryStore(), () => link.up);
  logger.info({ store: 'redis' }, 'state shared through redis');
  return {
    store,
    conversations: createConversationStore(store, { stateDown: () => !link.up }),
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE, link),
    shared: true,
    redisUp: () => link.up,
    up: () => link.up,
    close: () => store.close(),
  };
}

export { type ConversationStore, type ConversationKey, type Place, converseAt, answerAgain } from './conversations.js';
export { MemoryStore, type KeyValueStore } from './store.js';
