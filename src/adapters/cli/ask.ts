// `npm run ask -- [--json] [--batch <file|->] [--chart out.png] "<question>"`
// In --json mode stdout carries answers only, one JSON object a line; logs go to stderr.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createEngine, type Engine } from '../../core/engine.js';
import { formatTerminal } from '../../format/terminal.js';

interface Args {
  json: boolean;
  batch: string | null;
  chart: string | null;
  question: string;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, batch: null, chart: null, question: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--batch') args.batch = argv[++i] ?? '-';
    else if (a === '--chart') args.chart = argv[++i] ?? 'chart.png';
    else words.push(a);
  }
  args.question = words.join(' ');
  return args;
}

/** A batch line: a JSON object with `q` (other fields kept, `id` copied) or a plain question. */
export function parseBatchLine(line: string): { q: string; id?: string | number } {
  const t = line.trim();
  if (t.startsWith('{')) {
    try {
      const o = JSON.parse(t) as { q?: unknown; id?: unknown };
      const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : undefined;
      return { q: typeof o.q === 'string' ? o.q : '', ...(id !== undefined ? { id } : {}) };
    } catch {
      return { q: t };
    }
  }
  return { q: t };
}

async function runBatch(engine: Engine, source: string): Promise<void> {
  const input = source === '-' ? process.stdin : (await import('node:fs')).createReadStream(source, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim() || line.trim().startsWith('//')) continue;
    const { q, id } = parseBatchLine(line);
    process.stdout.write(JSON.stringify(engine.ask(q, id !== undefined ? { id } : {})) + '\n');
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
