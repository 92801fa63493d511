// How every surface says a choice: its label and value, the label (never the value) cut to a platform's
// cap, choices that share a label told apart by their figures' own labels, the typed-number hint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import { choiceLabels, choiceText, choiceTexts, otherSuggestions, shortValue, typeNumberHint } from '../../src/format/choices.js';
import { formatValue } from '../../src/format/numbers.js';
import { CHOICES_QUESTION, expectChoices } from '../conversation/choices.js';

const engine = createEngine();
const zh = engine.ask(CHOICES_QUESTION);
const en = engine.ask('What is the approved total of the satellite plan?');

describe('a choice as a button says it', () => {
  it('reads the label, then the value as people say it', () => {
    const [first] = expectChoices(zh);
    expect(shortValue(first, 'zh')).toBe(formatValue(first.figure.value, first.figure.unit, 'zh').split('（')[0]);
    expect(choiceTexts(zh)[0]).toBe(`${first.label}${shortValue(first, 'zh')}`);
    if (!en.choices?.length) return;
    expect(choiceTexts(en)[0]).toBe(`${en.choices[0].label}: ${shortValue(en.choices[0], 'en')}`);
  });

  it('cuts the label, never the value, to any cap the value leaves room in', () => {
    const answers = [zh, en].filter((a): a is Answer & { choices: NonNullable<Answer['choices']> } => Boolean(a.choices?.length));
    fc.assert(fc.property(fc.constantFrom(...answers), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 25, max: 120 }), (a, k, max) => {
      const c = a.choices[k % a.choices.length];
      const text = choiceText(c.label, c, a.lang, max);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text.endsWith(shortValue(c, a.lang))).toBe(true);
      if (text.length < choiceText(c.label, c, a.lang).length) expect(text).toContain('…');
    }));
  });

  it('tells apart choices that share a label by their figures\' labels', () => {
    const [a, b] = expectChoices(zh);
    const same = [a, { ...b, label: a.label }];
    expect(choiceLabels(same, 'zh')).toEqual([a.figure.label, b.figure.label]);
    expect(choiceLabels([a, b], 'zh')).toEqual([a.label, b.label]);
  });

  it('leaves out suggestions that only repeat a choice', () => {
    expect(otherSuggestions(zh).some((s) => zh.choices!.some((c) => c.label === s))).toBe(false);
  });

  it('says how to pick by number', () => {
    expect(typeNumberHint(2, 'zh')).toBe('輸入 1 或 2 選一個。');
    expect(typeNumberHint(3, 'en')).toBe('Type 1, 2 or 3 to choose one.');
  });
});
