// The footer of a Slack answer: its sources, one context element per document (linked to the
// source viewer when a base URL is set), and Slack's feedback buttons.
import type { Answer, Lang } from '../core/answer.js';
import { answerId } from './answer-id.js';
import { citationGroups, groupText, type CiteOptions } from './citations.js';
import type { Asked } from './choices.js';
import { askedValue, parseAsked } from './slack-choices.js';
import { escapeSlack } from './slack-text.js';

type Block = Record<string, unknown>;

const CONTEXT_ELEMENTS = 10;
/** Our cap on one context element, well under Slack's 2000, so a footer stays a footer. */
const ELEMENT_CHARS = 700;

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
/** A link in mrkdwn; the text is already escaped, a URL never holds `|` or `>` (source-link encodes). */
const slackLink = (text: string, url: string) => `<${url.replace(/[|>]/g, encodeURIComponent)}|${text}>`;

function moreNote(n: number, lang: Lang): string {
  return lang === 'zh' ? `另有 ${n} 處出處` : `${n} more sources`;
}

/** One document's citation within the element budget: lines dropped from the end, and counted. */
function fittedGroup(g: ReturnType<typeof citationGroups>[number], lang: Lang): string {
  let text = groupText(g, lang, escapeSlack, slackLink);
  let dropped = 0;
  while (text.length > ELEMENT_CHARS && g.tables.some((t) => t.lines.length > 1)) {
    const t = [...g.tables].reverse().find((x) => x.lines.length > 1)!;
    t.lines = t.lines.slice(0, -1);
    dropped++;
    text = `${groupText(g, lang, escapeSlack, slackLink)}${lang === 'zh' ? `等（另 ${dropped} 行）` : ` and ${dropped} more lines`}`;
  }
  return text.length > ELEMENT_CHARS ? escapeSlack(g.title) : text;
}

export function sourcesBlock(answer: Answer, opts: CiteOptions): Block | undefined {
  const groups = citationGroups(answer, opts);
  if (groups.length === 0) return undefined;
  const lang = answer.lang;
  const label = lang === 'zh' ? '📄 出處：' : '📄 Sources: ';
  const shown = groups.length > CONTEXT_ELEMENTS ? groups.slice(0, CONTEXT_ELEMENTS - 1) : groups;
  const elements = shown.map((g, i) => mrkdwn(`${i === 0 ? label : ''}${fittedGroup(g, lang)}`));
  if (groups.length > shown.length) elements.push(mrkdwn(moreNote(groups.length - shown.length, lang)));
  return { type: 'context', elements };
}

export const FEEDBACK_ACTION = 'budget_feedback';

/** A vote's value: `+` or `-`, the answer's id, and the question (with the pick it answered), so any replica can log it. */
export function feedbackValue(vote: '+' | '-', answer: Answer, pick?: string): string {
  return `${vote}|${answerId(answer)}|${askedValue(answer.query, pick)}`.slice(0, 2000);
}

export function parseFeedbackValue(value: unknown): { vote: 'up' | 'down'; answerId: string; asked: Asked } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([+-])\|([A-Za-z0-9_-]{1,32})\|([\s\S]*)$/.exec(value);
  return m ? { vote: m[1] === '+' ? 'up' : 'down', answerId: m[2], asked: parseAsked(m[3]) } : undefined;
}

/** 👍 / 👎 under an answer (Slack's `context_actions` with `feedback_buttons`). */
export function feedbackBlock(answer: Answer, pick?: string): Block | undefined {
  if (answer.intent === 'help') return undefined;
  const zh = answer.lang === 'zh';
  const button = (emoji: string, vote: '+' | '-', label: string) => ({
    text: { type: 'plain_text', text: emoji, emoji: true },
    value: feedbackValue(vote, answer, pick),
    accessibility_label: label,
  });
  return {
    type: 'context_actions',
    elements: [{
      type: 'feedback_buttons',
      action_id: FEEDBACK_ACTION,
      positive_button: button('👍', '+', zh ? '這個答案有幫助' : 'This answer helped'),
      negative_button: button('👎', '-', zh ? '這個答案有問題' : 'Something is wrong with this answer'),
    }],
  };
}
