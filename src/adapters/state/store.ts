// A small key-value store with expiry: what conversations, followed threads and idempotency keys
// live in. In-process by default (bounded, oldest dropped first); Redis when REDIS_URL is set.
// Values are plain JSON; a value read back is a copy, never the object that was stored.

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  /** Store a value for ttlMs; a later set of the same key replaces it and restarts its expiry. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Store only when the key is absent; true when this call stored it (a claim, for idempotency). */
  add(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  /** Most entries kept; past it the least recently written go first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  json: string;
  expires: number;
}

export const DEFAULT_MAX_ENTRIES = 50_000;

/** The embedded default: a Map in write order, so the oldest entry is always first (O(1) eviction). */
export class MemoryStore implements KeyValueStore {
  private entries = new Map<string, Entry>();
  private readonly max: number;
  private readonly now: () => number;

  constructor(opts: MemoryStoreOptions = {}) {
    this.max = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<unknown> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return JSON.parse(e.json) as unknown;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.entries.delete(key); // re-inserted last: the Map stays in write order
    this.entries.set(key, { json: JSON.stringify(value ?? null), expires: this.now() + ttlMs });
    this.trim();
  }

  async add(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    if ((await this.get(key)) !== undefined) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  /** Drop expired entries at the front, then the oldest while over the bound. */
  private trim(): void {
    const t = this.now();
    for (const [key, e] of this.entries) {
      if (e.expires > t && this.entries.size <= this.max) break;
      this.entries.delete(key);
    }
  }
}
