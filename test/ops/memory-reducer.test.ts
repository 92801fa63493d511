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
