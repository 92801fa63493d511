// Memory back after a burst. V8 returns the heap a burst left behind on its own schedule (tens of
// seconds, sometimes never while idle). When the bot has had no accepted work for a moment and its
// heap holds well more than it uses, or has grown well past what the last full collection left,
// a full collection gives the memory back now; a few, a second apart, since V8 releases pages
// over more than one. Only when node runs with --expose-gc (`npm start` does); otherwise nothing.
import { getHeapStatistics } from 'node:v8';

export interface MemoryReducerOptions {
  /** true while accepted work is in flight: no collection then */
  busy: () => boolean;
  /** when accepted work last started or ended: under steady light load (a request every 10 ms, done in
   * one) a sample of busy() is mostly false, yet the bot is not quiet */
  lastWork?: () => number;
  /** how long the bot must have been quiet first (ms): a collection between two requests of a burst frees little */
  quietMs?: number;
  intervalMs?: number;
  /** heap held beyond what is used, or grown since the last collection, that is worth one (bytes) */
  minGrowth?: number;
  /** growth since the last collection that is worth one even while work is in flight (bytes) */
  busyGrowth?: number;
  now?: () => number;
  heap?: () => { total_heap_size: number; used_heap_size: number };
}

/** Collections for the slack one stretch of work left; then none until there is work again. */
const SLACK_COLLECTIONS = 3;
const BETWEEN_COLLECTIONS_MS = 1000;

export function startMemoryReducer(opts: MemoryReducerOptions): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => {};
  const now = opts.now ?? Date.now;
  const heap = opts.heap ?? getHeapStatistics;
  const minGrowth = opts.minGrowth ?? 16 * 1024 * 1024;
  const quietMs = opts.quietMs ?? 250;
  let after = heap().total_heap_size;
  let quietSince = now();
  let lastCollection = -Infinity;
  let slackCollections = 0;
  const busyGrowth = opts.busyGrowth ?? 64 * 1024 * 1024;
  const timer = setInterval(() => {
    if (opts.busy()) {
      quietSince = now();
      slackCollections = 0;
      // a burst grows the heap faster than V8 gives it back: past a large growth, one collection
      // even while busy (a pause of tens of ms, at most once a second)
      if (heap().total_heap_size - after >= busyGrowth && now() - lastCollection >= BETWEEN_COLLECTIONS_MS) {
        gc();
        after = heap().total_heap_size;
        lastCollection = now();
      }
      return;
    }
    if (opts.lastWork && opts.lastWork() > quietSince) {
      quietSince = opts.lastWork();
      slackCollections = 0;
    }
    if (now() - quietSince < quietMs || now() - lastCollection < BETWEEN_COLLECTIONS_MS) return;
    const h = heap();
    const grown = h.total_heap_size - after >= minGrowth;
    const slack = slackCollections < SLACK_COLLECTIONS && h.total_heap_size - h.used_heap_size >= minGrowth;
    if (!grown && !slack) return;
    gc();
    if (!grown) slackCollections++;
    after = heap().total_heap_size;
    lastCollection = now();
  }, opts.intervalMs ?? 50);
  timer.unref();
  return () => clearInterval(timer);
}
