// One chart worker thread: ChartSpec in, PNG out, rendered by the same code as in process (SVG
// laid out here, resvg in WebAssembly, zlib). After each chart it reports this thread's memory
// (its heap and the WebAssembly memory, which never shrinks), so the pool can replace it.
import { parentPort } from 'node:worker_threads';
import type { ChartSpec } from '../../core/answer.js';
import { renderChartPng, type ChartOptions } from './index.js';

export interface RenderRequest {
  id: number;
  spec: ChartSpec;
  opts: ChartOptions;
}

export type RenderReply =
  | { id: number; png: Uint8Array; memoryBytes: number }
  | { id: number; error: string; memoryBytes: number };

/** This thread's own memory: in a worker, heapTotal and external count this thread only. */
function memoryBytes(): number {
  const m = process.memoryUsage();
  return m.heapTotal + m.external;
}

parentPort?.on('message', (req: RenderRequest) => {
  renderChartPng(req.spec, req.opts).then(
    (png) => {
      // a copy of exactly the PNG's bytes, whose buffer is handed over rather than cloned
      const out = new Uint8Array(png);
      parentPort!.postMessage({ id: req.id, png: out, memoryBytes: memoryBytes() } satisfies RenderReply, [out.buffer]);
    },
    (err: unknown) => parentPort!.postMessage({ id: req.id, error: (err as Error)?.message ?? String(err), memoryBytes: memoryBytes() } satisfies RenderReply),
  );
});
