// One log line per question, whatever surface asked: request id, surface, intent, latency, outcome.
// A decorator on the engine, so every adapter gets it by being handed the wrapped engine.
// A question that got no figure or got choices also carries its text (redacted), the answer's id
// and what the frame understood, for the gap report (`npm run report`).
import type { Logger } from 'pino';
import type { Answer } from '../core/answer.js';
import type { Engine } from '../core/engine.js';
import { answerId } from '../format/answer-id.js';
import { redactText } from '../log.js';
import { answerOutcome, gapFrame, isGap, type Outcome } from './gap-frame.js';

export type Surface = 'slack' | 'discord' | 'api' | 'web' | 'mcp' | 'terminal';

/** Longest question text a log line holds. */
const LOGGED_CHARS = 200;

/** The question, answer id and frame of a gap; nothing for an answer with a figure or a search asked for. */
function gapFields(engine: Engine, answer: Answer, outcome: Outcome): Record<string, unknown> | undefined {
  if (!isGap(outcome)) return undefined;
  const { frame, searchAsked } = gapFrame(engine, answer.query);
  if (outcome === 'passages' && searchAsked) return undefined;
  return { q: redactText(answer.query, LOGGED_CHARS), answerId: answerId(answer), frame };
}

/** Request ids unique within the process: its start time and a counter (no entropy to draw per question). */
const ID_PREFIX = Date.now().toString(36).slice(-4);
let seq = 0;

export function withQuestionLog(engine: Engine, logger: Logger, surface: Surface): Engine {
  // the line holds only the fixed fields below, and a gap's text already redacted: redaction paths with
  // wildcards cost more than the rest of the line
  const lines = logger.child({}, { redact: [] });
  const log = (kind: string, run: () => Answer): Answer => {
    const reqId = `${ID_PREFIX}${(++seq).toString(36)}`;
    const t0 = performance.now();
    const answer = run();
    const ms = Math.round((performance.now() - t0) * 100) / 100;
    const outcome = answerOutcome(answer);
    if (!lines.isLevelEnabled('info')) return answer;
    lines.info(
      { reqId, surface, kind, intent: answer.intent, outcome, figures: answer.figures.length, lang: answer.lang, chars: answer.query.length, ms, ...gapFields(engine, answer, outcome) },
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
