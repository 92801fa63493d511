// The chart pool on its own: PNGs drawn in worker threads, a bounded queue whose overflow is a
// ChartBusyError at once, a worker replaced when its memory passed the bound, and idle workers ended.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { ChartBusyError } from '../../src/format/chart/busy.js';
import { ChartPool } from '../../src/format/chart/pool.js';

const answer = createEngine().ask('114 年度哪個機關預算最多');
const isPng = (b: Buffer) => b.subarray(1, 4).toString() === 'PNG';
const pools: ChartPool[] = [];
const pool = (o: ConstructorParameters<typeof ChartPool>[0]) => (pools.push(new ChartPool(o)), pools.at(-1)!);
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

describe('the chart pool', () => {
  it('draws what one worker and its queue hold, and refuses the rest at once as busy', async () => {
    expect(answer.chart).toBeDefined();
    const p = pool({ maxWorkers: 1, maxQueue: 2 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => p.render(answer.chart!, { lang: answer.lang })));
    const drawn = results.filter((r): r is PromiseFulfilledResult<Buffer> => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(drawn).toHaveLength(3);
    expect(drawn.every((r) => isPng(r.value))).toBe(true);
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => r.reason instanceof ChartBusyError)).toBe(true);
  }, 60_000);

  it('replaces a worker whose memory passed the bound, and the next chart gets a new one', async () => {
    const p = pool({ maxWorkers: 1, maxWorkerMb: 32, idleMs: 60_000 });
    expect(isPng(await p.render(answer.chart!, { lang: answer.lang }))).toBe(true);
    expect(p.stats.workers).toBe(0);
    expect(isPng(await p.render(answer.chart!, { lang: answer.lang }))).toBe(true);
  }, 60_000);

  it('ends a worker left idle', async () => {
    const p = pool({ maxWorkers: 2, idleMs: 200 });
    await p.render(answer.chart!, { lang: answer.lang });
    expect(p.stats.workers).toBe(1);
    await new Promise((r) => setTimeout(r, 600));
    expect(p.stats.workers).toBe(0);
  }, 60_000);
});
