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
  /** Most characters of keys and values kept (a conversation is a few thousand); past it the oldest go first. */
  maxChars?: number;
  now?: () => number;
}

interface Entry {
  json: string;
  expires: number;
}

export const DEFAULT_MAX_ENTRIES = 50_000;
/** Thousands of conversations, and at most ~32 MB of strings (UTF-16). */
export const DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

const sizeOf = (key: string, e: Entry) => key.length + e.json.length;

/** The embedded default: a Map in write order, so the oldest entry is always first (O(1) eviction). */
export class MemoryStore implements KeyValueStore {
  private entries = new Map<string, Entry>();
  private readonly max: number;
  private readonly maxChars: number;
  private chars = 0;
  private readonly now: () => number;

  constructor(opts: MemoryStoreOptions = {}) {
    this.max = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<unknown> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return JSON.parse(e.json) as unknown;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.remove(key); // re-inserted last: the Map stays in write order
    const entry = { json: JSON.stringify(value ?? null), expires: this.now() + ttlMs };
    this.entries.set(key, entry);
    this.chars += sizeOf(key, entry);
    this.trim();
  }

  async add(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    if ((await this.get(key)) !== undefined) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.remove(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.chars = 0;
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.chars -= sizeOf(key, e);
    this.entries.delete(key);
  }

  /** Drop expired entries at the front, then the oldest while over either bound. */
  private trim(): void {
    const t = this.now();
    for (const [key, e] of this.entries) {
      if (e.expires > t && this.entries.size <= this.max && this.chars <= this.maxChars) break;
      this.remove(key);
    }
  }
}
