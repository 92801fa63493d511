// `npm run ask -- [--json] [--explain] [--batch <file|->] [--chart out.png] "<question>"`
// In --json mode stdout carries answers only, one JSON object a line; logs go to stderr.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Answer } from '../../core/answer.js';
import type { Conversation } from '../../core/conversation.js';
import { createEngine, type Engine } from '../../core/engine.js';
import { formatTerminal } from '../../format/terminal.js';

interface Args {
  json: boolean;
  /** print the pipeline's trace (frame, candidates, gate) before the answer */
  explain: boolean;
  batch: string | null;
  chart: string | null;
  question: string;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, explain: false, batch: null, chart: null, question: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--explain') args.explain = true;
    else if (a === '--batch') args.batch = argv[++i] ?? '-';
    else if (a === '--chart') args.chart = argv[++i] ?? 'chart.png';
    else words.push(a);
  }
  args.question = words.join(' ');
  return args;
}

export interface BatchLine {
  q: string;
  id?: string | number;
  /** lines with the same thread are one conversation, in order */
  thread?: string;
}

const idLike = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** A batch line: a JSON object with `q` (`id` copied, `thread` groups a conversation) or a plain question. */
export function parseBatchLine(line: string): BatchLine {
  const t = line.trim();
  if (!t.startsWith('{')) return { q: t };
  try {
    const o = JSON.parse(t) as { q?: unknown; id?: unknown; thread?: unknown };
    return {
      q: typeof o.q === 'string' ? o.q : '',
      ...(idLike(o.id) ? { id: o.id } : {}),
      ...(idLike(o.thread) && String(o.thread) !== '' ? { thread: String(o.thread) } : {}),
    };
  } catch {
    return { q: t };
  }
}

/** Answers batch lines in order: a line with a thread continues that thread's conversation. */
export function createBatchAnswerer(engine: Engine): (line: BatchLine) => Answer {
  const threads = new Map<string, Conversation>();
  return ({ q, id, thread }) => {
    const opts = id !== undefined ? { id } : {};
    if (thread === undefined) return engine.ask(q, opts);
    const { answer, conversation } = engine.converse(q, threads.get(thread) ?? null, opts);
    threads.set(thread, conversation);
    return answer;
  };
}

async function runBatch(engine: Engine, source: string): Promise<void> {
  const input = source === '-' ? process.stdin : (await import('node:fs')).createReadStream(source, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  const answer = createBatchAnswerer(engine);
  for await (const line of rl) {
    if (!line.trim() || line.trim().startsWith('//')) continue;
    process.stdout.write(JSON.stringify(answer(parseBatchLine(line))) + '\n');
  }
}

async function renderChart(engine: Engine, question: string, path: string): Promise<void> {
  const answer = engine.ask(question);
  if (!answer.chart) {
    process.stderr.write(answer.lang === 'zh' ? '這個答案沒有圖表。\n' : 'This answer has no chart.\n');
    return;
  }
  const { renderChartPng } = await import('../../format/chart/index.js');
  await writeFile(path, await renderChartPng(answer.chart, { lang: answer.lang }));
  process.stderr.write(`chart: ${path}\n`);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const args = parseArgs(argv);
  const engine = createEngine();
  if (args.batch !== null) return runBatch(engine, args.batch);
  const question = args.question || (!process.stdin.isTTY ? readFileSync(0, 'utf8').trim() : '');
  if (args.explain) process.stdout.write(`${JSON.stringify(engine.explain(question), null, 1)}\n`);
  const answer = engine.ask(question);
  process.stdout.write((args.json ? JSON.stringify(answer) : formatTerminal(answer)) + '\n');
  if (args.chart) await renderChart(engine, question, args.chart);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
