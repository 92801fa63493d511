// The engine, counted: each answer's outcome and the core's time for it, by surface. A decorator
// like the question log, so every surface is counted by being handed the wrapped engine.
import type { Answer } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import { answerOutcome } from '../gap-frame.js';
import type { Surface } from '../question-log.js';
import type { MetricsSink } from './sink.js';

export function withMetrics(engine: Engine, sink: MetricsSink, surface: Surface): Engine {
  const counted = (run: () => Answer): Answer => {
    const t0 = performance.now();
    const answer = run();
    sink.answered(surface, answerOutcome(answer), (performance.now() - t0) / 1000);
    return answer;
  };
  return {
    ask: (q, opts) => counted(() => engine.ask(q, opts)),
    command: (sub, options) => counted(() => engine.command(sub, options)),
    pick: (token, query) => counted(() => engine.pick(token, query)),
    converse: (question, conversation, opts) => {
      let next!: ReturnType<Engine['converse']>;
      counted(() => (next = engine.converse(question, conversation, opts)).answer);
      return next;
    },
    explain: (q) => engine.explain(q),
    complete: (kind, typed, limit) => engine.complete(kind, typed, limit),
    get info() {
      return engine.info;
    },
  };
}
