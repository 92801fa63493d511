// `npm run ask -- [--json] [--explain] [--batch <file|->] [--chart out.png] "<question>"`; `--help`
// (or no question at all) prints the usage. In --json mode stdout carries answers only, one JSON object
// a line; logs go to stderr. Settings (PUBLIC_BASE_URL for links to the source viewer) come from `.env`
// as the bot reads them.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Answer } from '../../core/answer.js';
import type { Conversation } from '../../core/conversation.js';
import { createEngine, type Engine } from '../../core/engine.js';
import { formatTerminal } from '../../format/terminal.js';
import { loadEnvFile } from '../../env-file.js';
import { agency, MINISTRY } from '../../format/agencies.js';

export const USAGE = `查詢${MINISTRY.proper.name}預算：npm run ask -- [選項] "問題"
Ask about the budgets of Taiwan's ${MINISTRY.proper.en.replace(/\s*\(.*\)$/, '')}: npm run ask -- [options] "question"

  --json             一個 JSON 答案（docs/answer-contract.md） / one JSON answer
  --batch <file|->   每行一題（- 讀 stdin），每行輸出一個 JSON 答案；同一 "thread" 為同一段對話
                     one question a line (- reads stdin), one JSON answer a line; lines of one "thread" are a conversation
  --chart <out.png>  另將答案畫成 PNG / also draw the answer as a PNG
  --explain          先印出問題如何被解讀 / first print how the question was read and why the answer won
  -h, --help         本說明 / this help

例 / e.g.  npm run ask -- "${agency('6220').name} 114 年度預算"
           npm run ask -- --json "${agency('6220').short} budget 2025"
設定 / settings: .env (PUBLIC_BASE_URL links every citation to the source viewer)
`;

interface Args {
  /** --help or -h: print the usage */
  help: boolean;
  /** options this command does not know */
  unknown: string[];
  json: boolean;
  /** print the pipeline's trace (frame, candidates, gate) before the answer */
  explain: boolean;
  batch: string | null;
  chart: string | null;
  question: string;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { help: false, unknown: [], json: false, explain: false, batch: null, chart: null, question: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--explain') args.explain = true;
    else if (a === '--batch') args.batch = argv[++i] ?? '-';
    else if (a === '--chart') args.chart = argv[++i] ?? 'chart.png';
    else if (a === '--help' || a === '-h') args.help = true;
    else if (/^--\S|^-[A-Za-z]$/.test(a)) args.unknown.push(a);
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

export async function main(argv = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) return void process.stdout.write(USAGE);
  if (args.unknown.length) {
    process.stderr.write(`不認得的選項 / unknown option: ${args.unknown.join(' ')}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const question = args.batch !== null ? '' : args.question || (!process.stdin.isTTY ? readFileSync(0, 'utf8').trim() : '');
  if (args.batch === null && !question) return void process.stdout.write(USAGE);
  const engine = createEngine();
  if (args.batch !== null) return runBatch(engine, args.batch);
  if (args.explain) process.stdout.write(`${JSON.stringify(engine.explain(question), null, 1)}\n`);
  const answer = engine.ask(question);
  process.stdout.write((args.json ? JSON.stringify(answer) : formatTerminal(answer, { baseUrl: env.PUBLIC_BASE_URL || undefined })) + '\n');
  if (args.chart) await renderChart(engine, question, args.chart);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  loadEnvFile();
  // output piped into a command that stops reading (| head) ends the command quietly
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : undefined));
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
