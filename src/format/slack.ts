// An Answer as a Slack message: Block Kit blocks plus a plain-text fallback. Formatting only:
// every figure shown comes from the answer; text that came from a person is escaped.
import type { Answer, Lang } from '../core/answer.js';
import { fullWidthBrackets, formatValue, labelText } from './numbers.js';
import { readableTable } from './readable-table.js';
import { dataVisualization } from './slack-chart.js';
import { otherSuggestions } from './choices.js';
import { askedValue, choicesBlock } from './slack-choices.js';
import { feedbackBlock, sourcesBlock } from './slack-sources.js';
import { moreRowsNote, tableBlocks } from './slack-table.js';
import { escapeSlack, truncateLabel, truncateProse } from './slack-text.js';

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  contextText: 2000,
  fallbackText: 3000,
  suggestions: 5,
  figures: 10,
} as const;

/** action_id of each button; a suggestion button's id is `${ASK}${index}`. */
export const ACTION = {
  share: 'budget_share',
  chart: 'budget_chart',
  ask: 'budget_ask_',
} as const;
export const ASK_ACTION = /^budget_ask_\d+$/;

export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
  /** The same answer without the newer blocks (native chart, data table): sent when Slack rejects those. */
  fallback?: SlackMessage;
}

export interface SlackFormatOptions {
  /** The message is visible only to the asker: offer "Share to channel". */
  ephemeral?: boolean;
  /** Leave out every button (for a message that is itself the result of sharing, say). */
  noActions?: boolean;
  /** PUBLIC_BASE_URL: citations link to the source viewer. */
  baseUrl?: string;
  /** The choice this answer was picked by: its buttons answer that figure again, not the question. */
  pick?: string;
}

const L = {
  share: { zh: '分享到頻道', en: 'Share to channel' },
  chart: { zh: '🖼️ 圖片（簡報用）', en: '🖼️ Image (for slides)' },
  sources: { zh: '來源', en: 'Sources' },
  help: { zh: '使用說明', en: 'Help' },
  moreFigures: { zh: (n: number) => `另有 ${n} 項數字未列出。`, en: (n: number) => `${n} more figures not listed.` },
} as const;

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const plain = (text: string) => ({ type: 'plain_text', text, emoji: false });
// verbatim: no automatic parsing of mentions or channel names in text we send.
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string, lang: Lang): Block => ({ type: 'section', text: mrkdwn(truncateProse(text, SLACK_LIMITS.sectionText, lang)) });

function headerText(answer: Answer): string {
  const title = answer.intent === 'help' ? L.help[answer.lang] : answer.query.replace(/\s+/g, ' ').trim() || L.help[answer.lang];
  return truncateLabel(escapeSlack(title), SLACK_LIMITS.headerText);
}

function figureLines(answer: Answer): Block | undefined {
  if (answer.figures.length === 0) return undefined;
  const lines: string[] = [];
  let used = 0;
  for (const f of answer.figures.slice(0, SLACK_LIMITS.figures)) {
    const l = `• ${escapeSlack(labelText(f.label, answer.lang))}${colon(answer.lang)}*${formatValue(f.value, f.unit, answer.lang, f.unitLabel)}*`;
    if ([...lines, l].join('\n').length > SLACK_LIMITS.sectionText - 100) break;
    lines.push(l);
    used++;
  }
  const left = answer.figures.length - used;
  if (left > 0) lines.push(`_${L.moreFigures[answer.lang](left)}_`);
  return { type: 'section', text: mrkdwn(lines.join('\n')) };
}

function button(text: string, actionId: string, value: string, style?: 'primary'): Block | undefined {
  if (value.length > SLACK_LIMITS.buttonValue) return undefined;
  return { type: 'button', text: plain(truncateLabel(text, SLACK_LIMITS.buttonText)), action_id: actionId, value, ...(style ? { style } : {}) };
}

function actions(answer: Answer, opts: SlackFormatOptions): Block | undefined {
  if (opts.noActions) return undefined;
  const query = askedValue(answer.query, opts.pick);
  const elements = [
    opts.ephemeral && answer.intent !== 'help' ? button(L.share[answer.lang], ACTION.share, query, 'primary') : undefined,
    answer.chart ? button(L.chart[answer.lang], ACTION.chart, query) : undefined,
    ...otherSuggestions(answer).slice(0, SLACK_LIMITS.suggestions).map((s, i) => button(escapeSlack(s), `${ACTION.ask}${i}`, escapeSlack(s))),
  ].filter((b): b is Block => b !== undefined);
  return elements.length ? { type: 'actions', elements } : undefined;
}

/** The plain-text fallback: what notifications and screen readers without Block Kit show. */
export function fallbackText(answer: Answer): string {
  const text = `${headerText(answer)}\n${summaryText(answer)}`;
  return truncateProse(text, SLACK_LIMITS.fallbackText, answer.lang);
}

/** The summary as it reads in Slack: escaped, Chinese with full-width brackets. */
function summaryText(answer: Answer): string {
  return escapeSlack(answer.lang === 'zh' ? fullWidthBrackets(answer.summary) : answer.summary);
}

function body(answer: Answer, basic: boolean, room: number): Block[] {
  const lang = answer.lang;
  const out: Block[] = [];
  const chart = !basic && answer.chart ? dataVisualization(answer.chart, lang) : undefined;
  if (chart) out.push(chart.block);
  const table = readableTable(answer);
  if (table && table.columns.length > 0) {
    const t = tableBlocks(table, { plain: basic, caption: answer.chart?.title ?? answer.query });
    out.push(...t.blocks.slice(0, Math.max(0, room - out.length - 1)));
    if (t.omittedRows > 0) out.push({ type: 'context', elements: [mrkdwn(moreRowsNote(t.omittedRows, lang))] });
  } else {
    const figs = figureLines(answer);
    if (figs) out.push(figs);
  }
  return out;
}

function compose(answer: Answer, opts: SlackFormatOptions, basic: boolean): SlackMessage {
  const blocks: Block[] = [{ type: 'header', text: plain(headerText(answer)) }];
  if (answer.summary.trim()) blocks.push(section(summaryText(answer), answer.lang));
  // the choices of an unsure answer, one press away, right under the summary that names them
  const choices = opts.noActions ? undefined : choicesBlock(answer);
  if (choices) blocks.push(choices);
  const tail = [
    sourcesBlock(answer, { baseUrl: opts.baseUrl }),
    actions(answer, opts),
    opts.noActions ? undefined : feedbackBlock(answer, opts.pick),
  ].filter((b): b is Block => b !== undefined);
  blocks.push(...body(answer, basic, SLACK_LIMITS.blocks - blocks.length - tail.length), ...tail);
  return { text: fallbackText(answer), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

export function formatSlackMessage(answer: Answer, opts: SlackFormatOptions = {}): SlackMessage {
  const rich = compose(answer, opts, false);
  const newer = rich.blocks.some((b) => b.type === 'data_visualization' || b.type === 'data_table');
  if (!newer) return rich;
  // built when first read (Slack refused the newer blocks): most answers are never sent without them
  let fallback: SlackMessage | undefined;
  return Object.defineProperty(rich, 'fallback', { enumerable: true, get: () => (fallback ??= compose(answer, opts, true)) });
}

/** A short notice (an error, a limit) as a message, with the same escaping and limits. */
export function noticeMessage(text: string, lang: Lang): SlackMessage {
  const body = truncateProse(text, SLACK_LIMITS.sectionText, lang);
  return { text: body, blocks: [{ type: 'section', text: mrkdwn(body) }] };
}
