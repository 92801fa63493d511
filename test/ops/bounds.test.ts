// In-process state stays bounded whatever is stored: by entries and by the size of what they hold.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/adapters/state/store.js';

describe('the in-process store', () => {
  it('drops the oldest entries once what it holds passes maxChars, and keeps the newest', async () => {
    const store = new MemoryStore({ maxChars: 10_000 });
    const big = 'x'.repeat(1_000);
    for (let i = 0; i < 50; i++) await store.set(`k${i}`, big, 60_000);
    expect(store.size).toBeLessThanOrEqual(10);
    expect(await store.get('k49')).toBe(big);
    expect(await store.get('k0')).toBeUndefined();
  });

  it('counts a replaced or deleted value once', async () => {
    const store = new MemoryStore({ maxChars: 3_000 });
    for (let i = 0; i < 100; i++) await store.set('same', 'y'.repeat(1_000), 60_000);
    await store.set('other', 'z'.repeat(1_000), 60_000);
    await store.delete('other');
    await store.set('third', 'w'.repeat(1_000), 60_000);
    expect(await store.get('same')).toBeDefined();
    expect(await store.get('third')).toBeDefined();
  });
});
