// What stands in while Redis is away: every read and write goes to the shared store while it is up,
// and to a bounded in-process store while it is not (or when a call fails), so a question is still
// answered, a delivery still claimed once (locally) and a conversation still kept (locally, from the
// first turn after Redis went). When Redis is back the shared store is used again.
import type { KeyValueStore } from './store.js';

export class FallbackStore implements KeyValueStore {
  constructor(
    private readonly shared: KeyValueStore,
    private readonly local: KeyValueStore,
    /** whether the shared store may be used now */
    readonly sharedUp: () => boolean,
  ) {}

  private use<T>(run: (s: KeyValueStore) => Promise<T>): Promise<T> {
    if (!this.sharedUp()) return run(this.local);
    return run(this.shared).catch(() => run(this.local));
  }

  get(key: string): Promise<unknown> {
    return this.use((s) => s.get(key));
  }

  set(key: string, value: unknown, ttlMs: number): Promise<void> {
    return this.use((s) => s.set(key, value, ttlMs));
  }

  add(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    return this.use((s) => s.add(key, value, ttlMs));
  }

  delete(key: string): Promise<void> {
    return this.use((s) => s.delete(key));
  }

  async close(): Promise<void> {
    await Promise.all([this.shared.close(), this.local.close()]);
  }
}
