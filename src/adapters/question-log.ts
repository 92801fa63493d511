// One log line per question, whatever surface asked: request id, surface, intent, latency, outcome.
// A decorator on the engine, so every adapter gets it by being handed the wrapped engine.
import type { Logger } from 'pino';
import type { Answer } from '../core/answer.js';
import type { Engine } from '../core/engine.js';

export type Surface = 'slack' | 'discord' | 'api' | 'web' | 'mcp' | 'terminal';

function outcome(a: Answer): string {
  if (a.intent === 'not_found' || a.intent === 'clarify') return a.intent;
  return a.figures.length ? 'answered' : 'no_figure';
}

/** Request ids unique within the process: its start time and a counter (no entropy to draw per question). */
const ID_PREFIX = Date.now().toString(36).slice(-4);
let seq = 0;

export function withQuestionLog(engine: Engine, logger: Logger, surface: Surface): Engine {
  // the line holds only the fixed fields below, never text or tokens: nothing to redact, and redaction
  // paths with wildcards cost more than the rest of the line
  const lines = logger.child({}, { redact: [] });
  const log = (kind: string, run: () => Answer): Answer => {
    const reqId = `${ID_PREFIX}${(++seq).toString(36)}`;
    const t0 = performance.now();
    const answer = run();
    lines.info(
      { reqId, surface, kind, intent: answer.intent, outcome: outcome(answer), figures: answer.figures.length, lang: answer.lang, chars: answer.query.length, ms: Math.round((performance.now() - t0) * 100) / 100 },
      'question',
    );
    return answer;
  };
  return {
    ask: (q, opts) => log('ask', () => engine.ask(q, opts)),
    command: (sub, options) => log(`command:${sub}`, () => engine.command(sub, options)),
    pick: (token, query) => log('pick', () => engine.pick(token, query)),
    converse: (question, conversation, opts) => {
      let next!: ReturnType<Engine['converse']>;
      const kind = typeof question === 'string' ? 'converse' : 'pick' in question ? 'converse:pick' : `converse:${question.command}`;
      log(kind, () => (next = engine.converse(question, conversation, opts)).answer);
      return next;
    },
    explain: (q) => engine.explain(q),
    complete: (kind, typed, limit) => engine.complete(kind, typed, limit),
    get info() {
      return engine.info;
    },
  };
}
