// The memory reducer collects only when no accepted work is in flight and the heap has grown.
import { afterEach, describe, expect, it } from 'vitest';
import { startMemoryReducer } from '../../src/adapters/memory-reducer.js';

const g = globalThis as { gc?: () => void };
const original = g.gc;
afterEach(() => {
  g.gc = original;
});
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('memory reducer', () => {
  it('waits while work is in flight, then collects once the bot is quiet', async () => {
    let collections = 0;
    g.gc = () => collections++;
    let busy = true;
    let checks = 0;
    const stop = startMemoryReducer({ busy: () => (checks++, busy), intervalMs: 1, minGrowth: 0, quietMs: 0 });
    await until(() => checks > 20);
    expect(collections).toBe(0);
    busy = false;
    await until(() => collections > 0);
    stop();
    expect(collections).toBeGreaterThan(0);
  });

  it('waits until the bot has been quiet for a while', async () => {
    let collections = 0;
    g.gc = () => collections++;
    let checks = 0;
    let clock = 0;
    const stop = startMemoryReducer({ busy: () => (checks++, false), intervalMs: 1, minGrowth: 0, quietMs: 1000, now: () => clock });
    await until(() => checks > 20);
    expect(collections).toBe(0);
    clock = 1000;
    await until(() => collections > 0);
    stop();
    expect(collections).toBeGreaterThan(0);
  });

  it('collects the slack of a stretch of work a few times, a second apart, then waits for new work', async () => {
    let collections = 0;
    g.gc = () => collections++;
    let clock = 0;
    let busy = false;
    let checks = 0;
    // the heap holds 100 MB and uses 40: slack that V8 gives back over more than one collection
    const heap = () => ({ total_heap_size: 100e6, used_heap_size: 40e6 });
    const stop = startMemoryReducer({ busy: () => (checks++, busy), intervalMs: 1, quietMs: 0, minGrowth: 16e6, now: () => clock, heap });
    for (let second = 1; second <= 5; second++) {
      clock = second * 1000;
      const seen = checks;
      await until(() => checks > seen + 5);
    }
    expect(collections).toBe(3);
    busy = true;
    const seen = checks;
    await until(() => checks > seen + 5);
    busy = false;
    clock = 7000;
    await until(() => collections > 3);
    stop();
    expect(collections).toBe(4);
  });

  it('does nothing when the heap has not grown enough', async () => {
    let collections = 0;
    g.gc = () => collections++;
    let checks = 0;
    const stop = startMemoryReducer({ busy: () => (checks++, false), intervalMs: 1, minGrowth: 1e15, quietMs: 0 });
    await until(() => checks > 20);
    stop();
    expect(collections).toBe(0);
  });
});
