// The memory reducer collects only when no accepted work is in flight, the bot has been quiet for a
// moment, and the heap holds (or has grown by) enough to be worth a collection.
import { afterEach, describe, expect, it } from 'vitest';
import { startMemoryReducer, type MemoryReducerOptions } from '../../src/adapters/memory-reducer.js';

const g = globalThis as { gc?: () => void };
const original = g.gc;
afterEach(() => {
  g.gc = original;
});

/** A reducer on a fake gc, clock and busy flag, checking every millisecond. */
function reducer(opts: Omit<MemoryReducerOptions, 'busy' | 'now' | 'intervalMs'>) {
  const s = { collections: 0, checks: 0, busy: false, clock: 0 };
  g.gc = () => s.collections++;
  const stop = startMemoryReducer({ ...opts, intervalMs: 1, busy: () => (s.checks++, s.busy), now: () => s.clock });
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  };
  /** wait until the reducer has looked a few more times */
  const ticks = (n = 5) => {
    const seen = s.checks;
    return until(() => s.checks > seen + n);
  };
  return { s, stop, until, ticks };
}

describe('memory reducer', () => {
  it('waits while work is in flight, then collects once the bot is quiet', async () => {
    const { s, stop, until, ticks } = reducer({ minGrowth: 0, quietMs: 0 });
    s.busy = true;
    await ticks(20);
    expect(s.collections).toBe(0);
    s.busy = false;
    await until(() => s.collections > 0);
    stop();
    expect(s.collections).toBeGreaterThan(0);
  });

  it('waits until the bot has been quiet for a while', async () => {
    const { s, stop, until, ticks } = reducer({ minGrowth: 0, quietMs: 1000 });
    await ticks(20);
    expect(s.collections).toBe(0);
    s.clock = 1000;
    await until(() => s.collections > 0);
    stop();
    expect(s.collections).toBeGreaterThan(0);
  });

  it('collects the slack of a stretch of work a few times, a second apart, then waits for new work', async () => {
    // the heap holds 100 MB and uses 40: slack that V8 gives back over more than one collection
    const heap = () => ({ total_heap_size: 100e6, used_heap_size: 40e6 });
    const { s, stop, until, ticks } = reducer({ quietMs: 0, minGrowth: 16e6, heap });
    for (let second = 1; second <= 5; second++) {
      s.clock = second * 1000;
      await ticks();
    }
    expect(s.collections).toBe(3);
    s.busy = true;
    await ticks();
    s.busy = false;
    s.clock = 7000;
    await until(() => s.collections > 3);
    stop();
    expect(s.collections).toBe(4);
  });

  it('is not fooled by steady light load: work every 10 ms that is never in flight when looked at', async () => {
    const g2 = globalThis as { gc?: () => void };
    let collections = 0;
    let clock = 0;
    let checks = 0;
    g2.gc = () => collections++;
    // every check finds nothing in flight, but work started 10 ms before it
    const stop = startMemoryReducer({ intervalMs: 1, quietMs: 250, minGrowth: 0, busy: () => (checks++, false), lastWork: () => clock - 10, now: () => clock });
    for (let i = 0; i < 100; i++) {
      clock += 50;
      const seen = checks;
      for (let k = 0; k < 200 && checks <= seen + 1; k++) await new Promise((r) => setTimeout(r, 2));
    }
    stop();
    expect(collections).toBe(0);
  });

  it('collects once a second while busy when a burst has grown the heap a lot', async () => {
    let size = 50e6;
    const heap = () => ({ total_heap_size: size, used_heap_size: size });
    const { s, stop, ticks } = reducer({ quietMs: 1000, minGrowth: 16e6, busyGrowth: 64e6, heap });
    s.busy = true;
    size = 100e6; // grown 50 MB: not yet
    await ticks(10);
    expect(s.collections).toBe(0);
    size = 130e6; // grown 80 MB
    s.clock = 2000;
    await ticks(10);
    expect(s.collections).toBe(1);
    stop();
  });

  it('does nothing when the heap has not grown enough', async () => {
    const { s, stop, ticks } = reducer({ minGrowth: 1e15, quietMs: 0 });
    await ticks(20);
    stop();
    expect(s.collections).toBe(0);
  });
});
