// The query engine: the one entry point every surface calls. Question → understand → resolve → answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from './answer.js';
import { commandToQuestion } from '../../commands/definitions.js';
import { loadDataset } from '../dataset/load.js';
import { DATA_DIR } from '../dataset/paths.js';
import { buildCatalog } from './catalog.js';
import { MODEL } from './model.js';
import { loadSearchIndex } from './search/search.js';
import { INDEX_FILES } from './search/build.js';
import { runPipeline, type Trace } from './pipeline.js';
import type { Context } from './answers/context.js';
import { completeNames } from './complete.js';
import { understand } from './understand.js';
import { baseAnswer } from './answers/context.js';
import { emptyConversation, remember, reviveConversation, type Conversation } from './conversation.js';
import { answerInConversation } from './converse.js';
import { answerPick, pickByNumber } from './pick.js';
import { correctNames } from './correct.js';
import { commandFrame, type CommandOptions } from './command-frame.js';
import { detectLanguage } from './normalize.js';
import { phrase } from '../format/phrases.js';
import type { Understood } from './understand.js';

export type CompletionKind = 'any' | 'agency' | 'item' | 'kpi' | 'plan';

export interface AskOptions {
  /** Copied to the answer's id (batch mode). */
  id?: string | number;
}

/** A question as a surface received it: typed text, a slash command with its options, or one of the
 * choices an answer offered (its `pick`, with the question it was offered for when no conversation is kept). */
export type Question = string | { command: string; options: Record<string, string | number | undefined> } | { pick: string; query?: string };

export interface Engine {
  /** Answer a natural question. Never throws: bad input gets a `not_found`/`clarify`/`help` answer. */
  ask(query: string, opts?: AskOptions): Answer;
  /** A slash-command call; the same path as the equivalent natural question. */
  command(subcommand: string, options: Record<string, string | number | undefined>): Answer;
  /** One of the choices an answer offered, picked outside a conversation: answered with that figure. */
  pick(token: string, query: string): Answer;
  /**
   * A question inside a conversation: read in the context of the earlier turns, and the
   * conversation returned with this turn added. Surfaces store the conversation by thread.
   */
  converse(question: Question, conversation?: Conversation | null, opts?: AskOptions): { answer: Answer; conversation: Conversation };
  /** The pipeline's trace for a question: its frame, top candidates with features, the gate's decision. */
  explain(query: string): Trace;
  /** Names from the data that match what the user has typed so far (for autocomplete). */
  complete(kind: CompletionKind, typed: string, limit?: number): string[];
  readonly info: { dataVersion: string; records: number; loadMs: number };
}

/** Longest question the core reads; surfaces cap lower and say so. */
export const MAX_CORE_CHARS = 2000;

/** The data, catalog and indexes every question is answered from, and what was loaded. */
export function loadContext(dataDir: string): { ctx: Context; info: Engine['info'] } {
  const t0 = performance.now();
  const data = loadDataset(dataDir);
  const readIndex = (file: string) => loadSearchIndex(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  const index = readIndex(INDEX_FILES.items);
  let passages: ReturnType<typeof readIndex> | undefined;
  const ctx: Context = {
    data,
    catalog: buildCatalog(data),
    model: MODEL,
    index,
    passageIndex: () => (passages ??= readIndex(INDEX_FILES.passages)),
    titles: new Map(data.sources.map((s) => [s.doc, s.title])),
    titlesEn: new Map(data.sources.map((s) => [s.doc, s.titleEn])),
  };
  const pkg = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as { version?: string };
  const records = data.budget_lines.length + data.facts.length + data.kpis.length + data.major_plans.length + data.passages.length;
  return { ctx, info: { dataVersion: pkg.version ?? 'unversioned', records, loadMs: Math.round(performance.now() - t0) } };
}

/** Runs a question through `answerOf`; a bug must not take the surface down: say so, keep the question. */
function safely(query: unknown, opts: AskOptions, answerOf: (text: string) => Answer): Answer {
  const text = typeof query === 'string' ? query : String(query ?? '');
  let answer: Answer;
  try {
    answer = answerOf(text.slice(0, MAX_CORE_CHARS));
    if (text.length > MAX_CORE_CHARS) answer = { ...answer, query: text };
  } catch (err) {
    const u = { query: text, lang: detectLanguage(text) } as Parameters<typeof baseAnswer>[0];
    answer = {
      ...baseAnswer(u, 'not_found'),
      summary: phrase(u.lang).records.error,
      suggestions: [],
    };
    process.emitWarning(`engine error: ${(err as Error).stack ?? err}`);
  }
  return opts.id !== undefined ? { id: opts.id, ...answer } : answer;
}

const pickGone = (query: string): Answer => ({ ...baseAnswer(understand(query), 'not_found'), summary: phrase(detectLanguage(query)).records.pickGone });

/** The text a question stands for: what was typed, the command as a sentence, or the question a pick answers. */
function questionText(q: Question, c: Conversation): string {
  if (typeof q === 'string') return q;
  if ('pick' in q) return q.query ?? [...c.turns].reverse().find((t) => t.picks?.includes(q.pick))?.query ?? '';
  return commandToQuestion(q.command, q.options);
}

/** One turn: a pick (a token, or "1"–"3" typed after choices), a command, or a question read in context. */
function turnOf(ctx: Context, q: Question, text: string, before: Conversation): { answer: Answer; frame?: Understood; about?: string } {
  const typed = typeof q === 'string' ? correctNames(ctx, understand(text)) : undefined;
  const token = typeof q === 'object' && 'pick' in q ? q.pick : typed?.choiceNumber ? pickByNumber(before, typed.choiceNumber) : undefined;
  if (token) return answerPick(ctx, token, before, typeof q === 'object' && 'pick' in q ? q.query : undefined) ?? { answer: pickGone(text) };
  const u = typed ?? commandFrame((q as { command: string }).command, (q as { options: CommandOptions }).options);
  const turn = answerInConversation(ctx, u, before);
  return { answer: { ...turn.answer, query: text }, frame: turn.frame, about: turn.about };
}

export function createEngine(dataDir = DATA_DIR): Engine {
  const { ctx, info } = loadContext(dataDir);
  const read = (text: string) => correctNames(ctx, understand(text));
  const ask = (query: string, opts: AskOptions = {}): Answer => safely(query, opts, (text) => runPipeline(ctx, read(text)).answer);

  // the frame is built from the options; the answer repeats the call as a question a person can read
  const command = (sub: string, options: CommandOptions) =>
    safely(commandToQuestion(sub, options), {}, (t) => ({ ...runPipeline(ctx, commandFrame(sub, options)).answer, query: t }));
  return {
    ask,
    command,
    explain: (query) => runPipeline(ctx, read(String(query ?? '').slice(0, MAX_CORE_CHARS))).trace,
    pick: (token, query) => safely(query, {}, () => answerPick(ctx, token, emptyConversation(), query)?.answer ?? pickGone(query)),
    converse: (question, conversation, opts = {}) => {
      const before = conversation ? reviveConversation(conversation) : emptyConversation();
      let turn: { frame?: Understood; about?: string } = {};
      const answer = safely(questionText(question, before), opts, (t) => {
        const result = turnOf(ctx, question, t, before);
        turn = result;
        return result.answer;
      });
      return { answer, conversation: remember(before, answer, turn.frame, turn.about) };
    },
    complete: (kind, typed, limit = 25) => completeNames(ctx, kind, typed, limit),
    info,
  };
}
