// Whatever arrives, the core returns a valid answer and never throws or hits its error path.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';

const engine = createEngine();
const errors: string[] = [];
const onWarning = (w: Error) => {
  if (w.message.startsWith('engine error')) errors.push(w.message);
};
beforeAll(() => void process.on('warning', onWarning));
afterAll(() => void process.off('warning', onWarning));

function check(q: string): void {
  const a = engine.ask(q);
  expect(() => Answer.parse(a)).not.toThrow();
  expect(a.query).toBe(q);
  if (a.intent === 'not_found') expect(a.figures).toEqual([]);
  for (const f of a.figures) expect(f.source ?? f.computedFrom, f.label).toBeTruthy();
}

const names = engine.complete('any', '', 200);

describe('core under arbitrary input', () => {
  it('answers arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 300 });
  });
  it('answers full Unicode, emoji and markup', () => {
    const markup = fc.constantFrom('<!channel>', '@everyone', '<script>alert(1)</script>', '**bold**', '`code`', '\u0000', '\u202e', '😀👍🏽', '{"q":1}', '||spoiler||');
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), markup, fc.constantFrom(...names), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 8 }), (parts) => check(parts.join(' '))), { numRuns: 300 });
  });
  it('answers a 10 kB question', () => {
    check('數位產業署預算'.repeat(1500));
    check('x'.repeat(10_240));
  });
  it('never reached its error path', () => {
    expect(errors).toEqual([]);
  });
});
