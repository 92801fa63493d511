// The query engine: the one entry point every surface calls. (Placeholder body; being built.)
import type { Answer } from './answer.js';
import { commandToQuestion } from '../../commands/definitions.js';

export type CompletionKind = 'any' | 'agency' | 'item' | 'kpi' | 'plan';

export interface AskOptions {
  /** Copied to the answer's id (batch mode). */
  id?: string | number;
}

export interface Engine {
  /** Answer a natural question. Never throws: bad input gets a `not_found`/`clarify`/`help` answer. */
  ask(query: string, opts?: AskOptions): Answer;
  /** A slash-command call; the same path as the equivalent natural question. */
  command(subcommand: string, options: Record<string, string | number | undefined>): Answer;
  /** Names from the data that match what the user has typed so far (for autocomplete). */
  complete(kind: CompletionKind, typed: string, limit?: number): string[];
  readonly info: { dataVersion: string; records: number; loadMs: number };
}

export function createEngine(): Engine {
  const ask = (query: string, opts: AskOptions = {}): Answer => ({
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    query,
    lang: 'zh',
    intent: 'help',
    summary: '建置中。',
    figures: [],
    sources: [],
    suggestions: [],
  });
  return {
    ask,
    command: (sub, options) => ask(commandToQuestion(sub, options)),
    complete: () => [],
    info: { dataVersion: 'dev', records: 0, loadMs: 0 },
  };
}
