// Charts drawn off the main thread, in a bounded pool: at most `maxWorkers` renders at once (fewer
// than the cores: the main thread keeps one for answering), at most `maxQueue` waiting, and past that a ChartBusyError at once (the surface says "try
// again in a moment"), so a burst of presses costs a fixed amount of memory, never one renderer per
// press. A worker whose memory grew past `maxWorkerMb` is replaced after its chart, and every
// worker ends after `idleMs` without work: the WebAssembly memory a burst took goes back whole.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ChartSpec } from '../../core/answer.js';
import { ChartBusyError } from './busy.js';
import type { RenderReply, RenderRequest } from './chart-worker.js';
import type { ChartOptions } from './svg.js';

export interface ChartPoolOptions {
  /** renders at once (default: one core fewer than the machine has, at least one, so answers keep a core) */
  maxWorkers?: number;
  /** charts waiting for a worker; one more is refused with ChartBusyError */
  maxQueue?: number;
  /** a worker with more memory than this after a chart is replaced (MB) */
  maxWorkerMb?: number;
  /** a worker with no chart for this long ends (ms) */
  idleMs?: number;
  /** a chart not drawn within this long fails and its worker is replaced (ms) */
  timeoutMs?: number;
}

interface Job {
  request: Omit<RenderRequest, 'id'>;
  resolve: (png: Buffer) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job & { id: number; timer: NodeJS.Timeout };
  idleTimer?: NodeJS.Timeout;
}

/** tsx's ESM registration entry (its `import` export: the `require` one resolves its parts wrongly from a worker). */
function tsxLoaderUrl(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api'].import.default)).href;
}

/**
 * The worker's file beside this one: the compiled JavaScript (the bundle has it as chart-worker.js
 * next to its chunks), or the TypeScript source, loaded through tsx's loader registered first.
 */
function workerEntry(): { script: URL | string; eval: boolean } {
  const js = new URL('./chart-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { script: js, eval: false };
  const tsx = tsxLoaderUrl();
  const ts = new URL('./chart-worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(ts)}); });`, eval: true };
}

/**
 * WebAssembly compiled by the baseline compiler only (the renderer is the bot's only WebAssembly):
 * optimising it again in the background took 60 MB more per worker, much of which the allocator
 * kept after the worker ended, and for a worker that lives a few dozen charts it was no faster.
 */
function liftoffOnly(): void {
  setFlagsFromString('--liftoff-only');
}

export class ChartPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly o: Required<ChartPoolOptions>;
  private readonly entry = workerEntry();

  constructor(opts: ChartPoolOptions = {}) {
    liftoffOnly();
    this.o = {
      maxWorkers: Math.max(1, availableParallelism() - 1), maxQueue: 32, maxWorkerMb: 160, idleMs: 5_000, timeoutMs: 20_000,
      ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    };
  }

  /** Workers alive and charts waiting, for tests and logs. */
  get stats(): { workers: number; busy: number; queued: number } {
    return { workers: this.slots.size, busy: [...this.slots].filter((s) => s.job).length, queued: this.queue.length };
  }

  render(spec: ChartSpec, opts: ChartOptions = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('chart pool closed'));
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { request: { spec, opts }, resolve, reject };
      const idle = [...this.slots].find((s) => !s.job);
      if (idle) return this.assign(idle, job);
      if (this.slots.size < this.o.maxWorkers) return this.assign(this.spawn(), job);
      if (this.queue.length >= this.o.maxQueue) return reject(new ChartBusyError());
      this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('chart pool closed'));
    await Promise.all([...this.slots].map((s) => this.retire(s)));
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.script, {
      eval: this.entry.eval,
      // the JavaScript heap of a worker stays small; the WebAssembly memory is checked after each chart
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker };
    worker.on('message', (reply: RenderReply) => this.settle(slot, reply));
    worker.on('error', (err) => this.fail(slot, err as Error));
    worker.on('exit', (code) => this.fail(slot, new Error(`chart worker exited with code ${code}`)));
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(slot, new Error(`chart not drawn within ${this.o.timeoutMs} ms`)), this.o.timeoutMs);
    slot.job = { ...job, id, timer };
    slot.worker.postMessage({ id, ...job.request } satisfies RenderRequest);
  }

  private settle(slot: Slot, reply: RenderReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job.reject(new Error(reply.error));
    if (reply.memoryBytes > this.o.maxWorkerMb * 1024 * 1024) {
      void this.retire(slot);
      this.drain();
      return;
    }
    const next = this.queue.shift();
    if (next) return this.assign(slot, next);
    slot.idleTimer = setTimeout(() => void this.retire(slot), this.o.idleMs);
    slot.idleTimer.unref();
  }

  /** A worker that crashed, exited or hung: its chart fails, and the queue goes on with a new worker. */
  private fail(slot: Slot, err: Error): void {
    if (!this.slots.has(slot)) return;
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(err);
    }
    void this.retire(slot);
    this.drain();
  }

  private async retire(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(new Error('chart worker stopped'));
    }
    await slot.worker.terminate().catch(() => undefined);
  }

  /** Start queued charts on new workers while there is room. */
  private drain(): void {
    while (!this.closed && this.queue.length && this.slots.size < this.o.maxWorkers) this.assign(this.spawn(), this.queue.shift()!);
  }
}
