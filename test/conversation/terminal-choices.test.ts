// Choices in the terminal: the prompt prints an unsure answer's choices numbered, with a line saying to
// type the number; typing it answers with exactly that figure, and the next line carries on from it.
// `npm run ask -- --json` prints the answer with its choices as the contract has them.
import { spawnSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import { runPrompt } from '../../src/adapters/cli/prompt.js';
import { typeNumberHint } from '../../src/format/choices.js';
import { formatValue, labelText } from '../../src/format/numbers.js';
import { CHOICES_QUESTION, FOLLOW_UP, answerTo, expectChoices, expectFollowUp, expectPicked } from './choices.js';
import { callFor, recordConversations, turnQueries } from './recording.js';

const engine = createEngine();

/** The prompt fed these lines; what it printed, and the engine's calls. */
async function prompt(lines: string[]): Promise<{ printed: string; rec: ReturnType<typeof recordConversations> }> {
  const rec = recordConversations(engine);
  const input = new PassThrough();
  let printed = '';
  const output = new Writable({ write: (c, _e, cb) => ((printed += String(c)), cb()) });
  const done = runPrompt(rec.engine, 500, input as unknown as typeof process.stdin, output as unknown as typeof process.stdout);
  input.end(`${lines.join('\n')}\nexit\n`);
  await done;
  return { printed, rec };
}

describe('choices at the terminal prompt', () => {
  it('prints the choices numbered with how to pick; the number typed answers with that figure; a follow-up carries on', async () => {
    const { printed, rec } = await prompt([CHOICES_QUESTION, '1', FOLLOW_UP]);
    const choices = expectChoices(answerTo(rec.calls, CHOICES_QUESTION));
    choices.forEach((c, i) => {
      const value = formatValue(c.figure.value, c.figure.unit, 'zh');
      expect(printed).toContain(`  ${i + 1}) ${labelText(c.figure.label, 'zh')}：${value}`);
    });
    expect(printed).toContain(typeNumberHint(choices.length, 'zh'));
    const picked = callFor(rec.calls, '1')!;
    expect(turnQueries(picked.conversation)).toEqual([CHOICES_QUESTION]);
    expectPicked(picked.answer, choices[0]);
    const follow = callFor(rec.calls, FOLLOW_UP)!;
    expect(turnQueries(follow.conversation)).toEqual([CHOICES_QUESTION, CHOICES_QUESTION]);
    expectFollowUp(follow.answer, choices[0].figure);
  });
});

describe('npm run ask -- --json', () => {
  it('prints the answer with its choices and confidence as the contract has them', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/adapters/cli/ask.ts', '--json', CHOICES_QUESTION], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Answer;
    expect(printed.choices).toEqual(expectChoices(engine.ask(CHOICES_QUESTION)));
    expect(printed.confidence).toBe(engine.ask(CHOICES_QUESTION).confidence);
  });
});
