// The choices an unsure answer offers, as every surface says them: a button or chip reads the choice's
// label and its value ("數位產業署 業務費（經常門）18.18 億元"), the label shortened where a platform caps
// the text so the value always shows. Formatting only: every value comes from the choice's figure.
import type { Answer, Choice, Lang } from '../core/answer.js';
import { formatValue, labelText } from './numbers.js';

/** A token a surface may send back (the core's picks are short: `i1234`); anything else is refused unread. */
export const PICK_TOKEN = /^[A-Za-z0-9_-]{1,32}$/;

/** What an answer answered, as a button under it says: a question, or one of the choices offered for it. */
export interface Asked {
  question: string;
  pick?: string;
}

/** "18.18 億元" of "18.18 億元（1,818,079 千元）": the value as people say it, without the exact part. */
export function shortValue(c: Choice, lang: Lang): string {
  const f = c.figure;
  const full = formatValue(f.value, f.unit, lang, f.unitLabel);
  return full.replace(/\s*[（(][^（()）]*[）)]$/, '') || full;
}

/**
 * What tells the choices apart: their labels, or the figures' own labels (with year and measure) where two
 * choices share a label, say one item's budget and final account.
 */
export function choiceLabels(choices: readonly Choice[], lang: Lang): string[] {
  const shared = (c: Choice) => choices.filter((o) => o.label === c.label).length > 1;
  return choices.map((c) => labelText(shared(c) ? c.figure.label : c.label, lang));
}

function joined(label: string, value: string, lang: Lang): string {
  if (lang === 'en') return `${label}: ${value}`;
  return /[）)]$/.test(label) ? `${label}${value}` : `${label} ${value}`;
}

/** A choice as a button says it, in at most `max` characters: the label cut (with …) before the value is. */
export function choiceText(label: string, c: Choice, lang: Lang, max = Infinity): string {
  const value = shortValue(c, lang);
  const whole = joined(label, value, lang);
  if (whole.length <= max) return whole;
  const room = max - joined('', value, lang).length;
  if (room < 4) return whole.slice(0, Math.max(0, max - 1)) + '…';
  const cut = label.slice(0, room - 1).replace(/[\ud800-\udbff]$/, '');
  return joined(`${cut.trimEnd()}…`, value, lang);
}

/** Each choice's text for an answer, the choices told apart, within `max` characters. */
export function choiceTexts(a: Pick<Answer, 'choices' | 'lang'>, max = Infinity): string[] {
  const choices = a.choices ?? [];
  const labels = choiceLabels(choices, a.lang);
  return choices.map((c, i) => choiceText(labels[i], c, a.lang, max));
}

/** The suggestions that are not one of the choices by another name (a choice is offered as itself). */
export function otherSuggestions(a: Pick<Answer, 'choices' | 'suggestions'>): string[] {
  const labels = new Set((a.choices ?? []).map((c) => c.label));
  return a.suggestions.filter((s) => !labels.has(s));
}

/** The line under numbered choices that says how to pick one by typing. */
export function typeNumberHint(n: number, lang: Lang): string {
  const numbers = Array.from({ length: n }, (_, i) => String(i + 1));
  const last = numbers.pop()!;
  if (lang === 'zh') return `輸入 ${numbers.length ? `${numbers.join('、')} 或 ${last}` : last} 選一個。`;
  return `Type ${numbers.length ? `${numbers.join(', ')} or ${last}` : last} to choose one.`;
}
