// Started as a fresh process by the benchmark: reports the time from process start to a ready engine,
// the index load alone, and the resident memory after answering the sample questions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/core/engine.js';

const ready = performance.now(); // ms since the process started (performance.timeOrigin)
const engine = createEngine();
const readyMs = performance.now();
const questions = readFileSync(join(import.meta.dirname, '../test/eval/sample-questions.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q);
for (let i = 0; i < 20; i++) for (const q of questions) engine.ask(q);
process.stdout.write(JSON.stringify({ importMs: ready, coldStartMs: readyMs, engineLoadMs: engine.info.loadMs, rssMb: process.memoryUsage().rss / 1e6 }) + '\n');
