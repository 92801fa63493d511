// Memory back after a burst. V8 returns the heap a burst left behind on its own schedule (tens of
// seconds, sometimes never while idle). When the bot has had no accepted work for a moment and its
// heap has grown well past what the last full collection left, one full collection gives the
// memory back now. Only when node runs with --expose-gc (`npm start` does); otherwise nothing.
import { getHeapStatistics } from 'node:v8';

export interface MemoryReducerOptions {
  /** true while accepted work is in flight: no collection then */
  busy: () => boolean;
  /** how long the bot must have been quiet first (ms): a collection between two requests of a burst frees little */
  quietMs?: number;
  intervalMs?: number;
  /** heap growth since the last full collection that is worth one (bytes) */
  minGrowth?: number;
  now?: () => number;
}

export function startMemoryReducer(opts: MemoryReducerOptions): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => {};
  const now = opts.now ?? Date.now;
  const minGrowth = opts.minGrowth ?? 16 * 1024 * 1024;
  const quietMs = opts.quietMs ?? 250;
  let after = getHeapStatistics().total_heap_size;
  let quietSince = now();
  const timer = setInterval(() => {
    if (opts.busy()) {
      quietSince = now();
      return;
    }
    if (now() - quietSince < quietMs || getHeapStatistics().total_heap_size - after < minGrowth) return;
    gc();
    after = getHeapStatistics().total_heap_size;
  }, opts.intervalMs ?? 50);
  timer.unref();
  return () => clearInterval(timer);
}
