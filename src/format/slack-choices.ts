// The choices of an unsure answer as Slack buttons, one per choice, under the summary. A button's value
// carries the choice's pick and the question it was offered for, so any replica can answer the press,
// whether or not the presser's conversation holds that answer.
import type { Answer } from '../core/answer.js';
import { choiceTexts, PICK_TOKEN } from './choices.js';
import { escapeSlack, unescapeSlack } from './slack-text.js';

/** action_id of a choice button: `${PICK_PREFIX}${index}`. */
export const PICK_PREFIX = 'budget_pick_';
export const PICK_ACTION = /^budget_pick_\d+$/;

const BUTTON_TEXT = 75;
const BUTTON_VALUE = 2000;

/** `<pick>|<question>`, the question escaped as every text this app sends Slack is. */
export function pickValue(pick: string, query: string): string {
  return `${pick}|${escapeSlack(query.replace(/\s+/g, ' ').trim())}`;
}

export function parsePickValue(value: unknown): { pick: string; question: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const bar = value.indexOf('|');
  const pick = value.slice(0, bar);
  if (bar < 0 || !PICK_TOKEN.test(pick)) return undefined;
  return { pick, question: unescapeSlack(value.slice(bar + 1)) };
}

/** One button per choice ("數位產業署 業務費（經常門）18.18 億元"), or nothing when the answer offers none. */
export function choicesBlock(answer: Answer): Record<string, unknown> | undefined {
  const choices = answer.choices ?? [];
  const texts = choiceTexts(answer, BUTTON_TEXT);
  const elements = choices.flatMap((c, i) => {
    const value = pickValue(c.pick, answer.query);
    if (value.length > BUTTON_VALUE) return [];
    return [{ type: 'button', text: { type: 'plain_text', text: escapeSlack(texts[i]), emoji: false }, action_id: `${PICK_PREFIX}${i}`, value }];
  });
  return elements.length ? { type: 'actions', block_id: 'budget_choices', elements } : undefined;
}
