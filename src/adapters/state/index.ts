// The state a replica keeps between requests — conversations, followed threads, idempotency keys,
// rate-limit counters — in one place: in process by default, in Redis when REDIS_URL is set, so
// that any replica can take the next turn and a limit holds across all of them.
import type { Logger } from 'pino';
import { RateLimiter } from '../limits.js';
import { createConversationStore, type ConversationStore } from './conversations.js';
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
  close(): Promise<void>;
}

export interface StateConfig {
  REDIS_URL?: string;
  RATE_LIMIT_PER_MINUTE: number;
}

/** The embedded default: nothing to run, nothing shared. */
export function memoryState(perMinute: number, store: KeyValueStore = new MemoryStore()): State {
  return {
    store,
    conversations: createConversationStore(store),
    limiter: new RateLimiter(perMinute),
    shared: false,
    close: () => store.close(),
  };
}

export async function createState(config: StateConfig, logger: Logger): Promise<State> {
  if (!config.REDIS_URL) return memoryState(config.RATE_LIMIT_PER_MINUTE);
  const client = await connectRedis(config.REDIS_URL, logger.child({ component: 'redis' }));
  const store = new RedisStore(client);
  logger.info({ store: 'redis' }, 'state shared through redis');
  return {
    store,
    conversations: createConversationStore(store),
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE, client),
    shared: true,
    redisUp: () => client.isReady,
    close: () => store.close(),
  };
}

export { type ConversationStore, type ConversationKey, type Place, converseAt, answerAgain } from './conversations.js';
export { MemoryStore, type KeyValueStore } from './store.js';
