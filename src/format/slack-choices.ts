// The choices of an unsure answer as Slack buttons, one per choice, under the summary. A button's value
// carries the choice's pick and the question it was offered for, so any replica can answer the press,
// whether or not the presser's conversation holds that answer. The buttons under the answer to a pick
// (share, chart, 👍/👎) carry both the same way, so that what they answer again is that figure.
import type { Answer } from '../core/answer.js';
import { choiceTexts, PICK_TOKEN, type Asked } from './choices.js';
import { escapeSlack, unescapeSlack } from './slack-text.js';

/** action_id of a choice button: `${PICK_PREFIX}${index}`. */
export const PICK_PREFIX = 'budget_pick_';
export const PICK_ACTION = /^budget_pick_\d+$/;

const BUTTON_TEXT = 75;
const BUTTON_VALUE = 2000;

/**
 * The question escaped as every text this app sends Slack is, after `<pick>` when a pick was made: an escaped
 * question never holds a raw `<`, so a value that starts with one carries a pick.
 */
export function askedValue(query: string, pick?: string): string {
  const question = escapeSlack(query);
  return pick ? `<${pick}>${question}` : question;
}

const PICKED = /^<([A-Za-z0-9_-]{1,32})>([\s\S]*)$/;

export function parseAsked(value: string): Asked {
  const m = PICKED.exec(value);
  return m && PICK_TOKEN.test(m[1]) ? { pick: m[1], question: unescapeSlack(m[2]) } : { question: unescapeSlack(value) };
}

/** A choice button's value: its pick, and the question it was offered for. */
export function parsePickValue(value: unknown): Required<Asked> | undefined {
  if (typeof value !== 'string') return undefined;
  const asked = parseAsked(value);
  return asked.pick ? { pick: asked.pick, question: asked.question } : undefined;
}

/** One button per choice ("數位產業署 業務費（經常門）18.18 億元"), or nothing when the answer offers none. */
export function choicesBlock(answer: Answer): Record<string, unknown> | undefined {
  const choices = answer.choices ?? [];
  const texts = choiceTexts(answer, BUTTON_TEXT);
  const elements = choices.flatMap((c, i) => {
    const value = askedValue(answer.query, c.pick);
    if (value.length > BUTTON_VALUE) return [];
    const text = { type: 'plain_text', text: escapeSlack(texts[i]), emoji: false };
    return [{ type: 'button', text, action_id: `${PICK_PREFIX}${i}`, value }];
  });
  return elements.length ? { type: 'actions', block_id: 'budget_choices', elements } : undefined;
}
