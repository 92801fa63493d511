// The context store: the in-process default (bounded, idle expiry on an injected clock) and Redis
// (a real server on loopback) keep the same contract; conversations are kept per place and person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { emptyConversation, remember } from '../../src/core/conversation.js';
import { createEngine } from '../../src/core/engine.js';
import { MemoryStore, type KeyValueStore } from '../../src/adapters/state/store.js';
import { connectRedis, RedisStore } from '../../src/adapters/state/redis.js';
import { createConversationStore, IDLE_MS, type ConversationKey } from '../../src/adapters/state/conversations.js';
import { RateLimiter } from '../../src/adapters/limits.js';
import { REDIS_MISSING, redisBinary, startRedis, type RedisServer } from './redis-server.js';

const engine = createEngine();
const turn = (q: string) => remember(emptyConversation(), engine.ask(q));
const place = { platform: 'slack', workspace: 'T1', channel: 'C1', thread: '1700000000.000100' } as const;

function contract(name: string, make: () => KeyValueStore) {
  describe(name, () => {
    it('keeps a conversation per place and person: another user or thread never reads it', async () => {
      const conversations = createConversationStore(make());
      const alice: ConversationKey = { ...place, user: 'UALICE' };
      const c = turn('數位產業署 114 年度預算');
      await conversations.set(alice, c);
      expect(await conversations.get(alice)).toEqual(c);
      expect(await conversations.get({ ...alice, user: 'UBOB' })).toBeNull();
      expect(await conversations.get({ ...alice, thread: '1700000000.000200' })).toBeNull();
      expect(await conversations.get({ ...alice, workspace: 'T2' })).toBeNull();
      // a separator in an id cannot forge another key
      expect(await conversations.get({ ...alice, channel: 'C1:1700000000.000100', thread: '' })).toBeNull();
    });

    it('claims a key once', async () => {
      const store = make();
      const id = `claim-${Math.random()}`;
      expect(await store.add(id, 1, 60_000)).toBe(true);
      expect(await store.add(id, 1, 60_000)).toBe(false);
      await store.delete(id);
      expect(await store.add(id, 1, 60_000)).toBe(true);
    });

    it('follows a thread once the bot answered there', async () => {
      const conversations = createConversationStore(make());
      const p = { ...place, thread: `${Math.random()}` };
      expect(await conversations.follows(p)).toBe(false);
      await conversations.follow(p);
      expect(await conversations.follows(p)).toBe(true);
    });
  });
}

contract('in-process store', () => new MemoryStore());

describe('in-process store bounds', () => {
  it('forgets a conversation after 30 idle minutes, not before', async () => {
    let now = 1_000_000;
    const conversations = createConversationStore(new MemoryStore({ now: () => now }));
    const key: ConversationKey = { ...place, user: 'U1' };
    await conversations.set(key, turn('資安署 114 年度預算'));
    now += IDLE_MS - 1;
    expect(await conversations.get(key)).not.toBeNull();
    await conversations.set(key, turn('資安署 113 年度預算')); // a new turn restarts the idle time
    now += IDLE_MS - 1;
    expect(await conversations.get(key)).not.toBeNull();
    now += 1;
    expect(await conversations.get(key)).toBeNull();
  });

  it('keeps at most maxEntries, dropping the least recently written', async () => {
    const store = new MemoryStore({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) await store.set(k, k, 60_000);
    await store.set('a', 'a2', 60_000);
    await store.set('d', 'd', 60_000);
    expect(store.size).toBe(3);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('a2');
  });

  it('hands back a copy: changing what was read changes nothing stored', async () => {
    const store = new MemoryStore();
    await store.set('k', { turns: [1] }, 60_000);
    ((await store.get('k')) as { turns: number[] }).turns.push(2);
    expect(await store.get('k')).toEqual({ turns: [1] });
  });
});

const binary = redisBinary();
if (!binary) console.warn(REDIS_MISSING);

describe.skipIf(!binary)('Redis store (real redis-server on loopback; skipped when redis-server is not installed)', () => {
  let server: RedisServer;
  const stores: RedisStore[] = [];
  const logger = pino({ level: 'silent' });
  beforeAll(async () => {
    server = await startRedis(binary!);
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await server?.stop();
  });
  const connect = async () => {
    const s = new RedisStore(await connectRedis(server.url, logger));
    stores.push(s);
    return s;
  };

  it('connects', async () => {
    const s = await connect();
    expect(s.client.isReady).toBe(true);
  });
  contract('Redis store contract', () => stores[0]);

  it('gives every conversation the idle expiry as a TTL', async () => {
    const s = await connect();
    await createConversationStore(s).set({ ...place, user: 'UTTL' }, turn('資安署 114 年度預算'));
    const keys = await s.client.keys('moda-budget:conv:*UTTL');
    expect(keys).toHaveLength(1);
    const ttl = await s.client.pTTL(keys[0]);
    expect(ttl).toBeGreaterThan(IDLE_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(IDLE_MS);
  });

  it('shares one rate limit between two replicas', async () => {
    const [a, b] = [await connect(), await connect()];
    const limitA = new RateLimiter(2, a.link);
    const limitB = new RateLimiter(2, b.link);
    const key = `slack:T1:U${Math.random()}`;
    expect((await limitA.check(key)).ok).toBe(true);
    expect((await limitB.check(key)).ok).toBe(true);
    const third = await limitA.check(key);
    expect(third.ok).toBe(false);
    expect(third.message?.zh).toMatch(/秒後再試/);
    expect((await limitB.check(key)).ok).toBe(false);
  });

  it('says which setting is at fault when Redis cannot be reached, without its value', async () => {
    const url = 'redis://:hunter2-password@127.0.0.1:1';
    const err = await connectRedis(url, logger, 1_000).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/REDIS_URL/);
    expect((err as Error).message).not.toContain('hunter2');
  });
});
