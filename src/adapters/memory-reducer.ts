// Memory back after a burst. V8 returns the heap a burst left behind on its own schedule (tens of
// seconds, sometimes never while idle). When the bot has no accepted work left and its heap has
// grown well past what the last full collection left, one full collection gives the memory back
// now. Only when node runs with --expose-gc (`npm start` does); otherwise this does nothing.
import { getHeapStatistics } from 'node:v8';

export interface MemoryReducerOptions {
  /** true while accepted work is in flight: no collection then */
  busy: () => boolean;
  intervalMs?: number;
  /** heap growth since the last full collection that is worth one (bytes) */
  minGrowth?: number;
}

export function startMemoryReducer(opts: MemoryReducerOptions): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => {};
  const minGrowth = opts.minGrowth ?? 24 * 1024 * 1024;
  let after = getHeapStatistics().total_heap_size;
  const timer = setInterval(() => {
    if (opts.busy() || getHeapStatistics().total_heap_size - after < minGrowth) return;
    gc();
    after = getHeapStatistics().total_heap_size;
  }, opts.intervalMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}
