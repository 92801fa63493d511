// A short id for an answer as shown: the same question answered the same way gets the same id on
// every replica, so a vote or a report can be matched to the figures the person saw.
import { createHash } from 'node:crypto';
import type { Answer } from '../core/answer.js';

// one answer is shown with several buttons and a log line, each needing its id: hashed once
const ids = new WeakMap<Answer, string>();

export function answerId(answer: Answer): string {
  let id = ids.get(answer);
  if (id === undefined) ids.set(answer, (id = hashShown(answer)));
  return id;
}

function hashShown(answer: Answer): string {
  const shown = {
    q: answer.query.replace(/\s+/g, ' ').trim(),
    lang: answer.lang,
    intent: answer.intent,
    figures: answer.figures.map((f) => [f.label, f.value, f.unit]),
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 12);
}

/** The figures of an answer in a log line: label, value, unit, and where each was read. */
export function figuresForLog(answer: Answer): { label: string; value: number; unit: string; source?: string }[] {
  return answer.figures.slice(0, 20).map((f) => ({
    label: f.label,
    value: f.value,
    unit: f.unit,
    ...(f.source ? { source: `${f.source.doc}${f.source.line ? `#L${f.source.line}` : ''}` } : {}),
  }));
}
