// Answer → Discord message: one embed (question, summary, table page, key figures, sources) and
// buttons (an unsure answer's choices, pages, chart, suggestions). Formatting only: every figure comes
// from the answer.
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder,
  type APIActionRowComponent, type APIButtonComponent, type APIEmbed,
} from 'discord.js';
import type { Answer, Figure } from '../core/answer.js';
import { citationTexts } from './citations.js';
import { formatValue, fullWidthBrackets, labelText } from './numbers.js';
import { readableTable } from './readable-table.js';
import { renderTablePage } from './discord-table.js';
import { chartId, pageId, pickId, QUESTION_PREFIX, suggestionId, CUSTOM_ID_MAX } from './discord-ids.js';
import { choiceTexts, otherSuggestions, PICK_TOKEN } from './choices.js';
import { clip, escapeDiscord, fitItems, neutralizeMentions } from './discord-text.js';

export const LIMITS = {
  content: 2000, embedTotal: 6000, description: 4096, fieldName: 256, fieldValue: 1024,
  fields: 25, title: 256, footer: 2048, author: 256, buttonLabel: 80, buttonsPerRow: 5,
} as const;
/** Summary plus table stay under this, leaving room for fields and sources within 6000. */
const DESCRIPTION_BUDGET = 3400;
const COLOR = 0x2b6cb0;

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

export interface FormatOptions {
  page?: number;
  /** PUBLIC_BASE_URL: citations link to the source viewer. */
  baseUrl?: string;
  /** Only the person who asked sees the answer (the `private` option). */
  ephemeral?: boolean;
  /** The choice this answer was picked by: its buttons answer that figure again, not the question. */
  pick?: string;
}

/** Discord's message flag for a reply only its asker sees. */
export const EPHEMERAL = 64;

const INTENT_TITLE: Record<Answer['intent'], [string, string]> = {
  amount: ['預算數字', 'Budget figure'], compare: ['年度比較', 'Comparison'], ranking: ['排名', 'Ranking'],
  breakdown: ['細分', 'Breakdown'], staffing: ['員額', 'Staffing'], revenue: ['歲入', 'Revenue'],
  execution: ['執行情形', 'Execution'], plan: ['重大計畫', 'Major plan'], kpi: ['績效指標', 'Indicator'],
  search: ['搜尋結果', 'Search results'], help: ['使用說明', 'Help'], not_found: ['查無資料', 'Not found'],
  clarify: ['需要再確認', 'Please clarify'],
};

/** Whether a press on a button of this answer can recover the question (see discord-ids.ts). */
function questionRecoverable(query: string, pick?: string): boolean {
  return pageId(0, query, pick).includes(':') || authorLine(query).length <= LIMITS.author;
}

function authorLine(query: string): string {
  return QUESTION_PREFIX + neutralizeMentions(query.replace(/\s+/g, ' ').trim());
}

function figureValue(f: Figure, lang: Answer['lang']): string {
  const computed = f.computedFrom?.length ? (lang === 'zh' ? '（計算值）' : ' (computed)') : '';
  return `${formatValue(f.value, f.unit, lang, f.unitLabel)}${computed}`;
}

/** Summary, then one page of the table with a note on the rows not shown. */
function describe(answer: Answer, page: number): { description: string; page: number; pages: number } {
  const zh = answer.lang === 'zh';
  const table = readableTable(answer);
  const text = zh ? fullWidthBrackets(answer.summary) : answer.summary;
  const summary = clip(escapeDiscord(text || '…'), table?.rows.length ? 1500 : DESCRIPTION_BUDGET);
  if (!table || !table.rows.length) return { description: summary, page: 0, pages: 0 };
  const tp = renderTablePage(table, page, DESCRIPTION_BUDGET - summary.length - 80);
  const more = tp.total - tp.to;
  const note = tp.pages === 0
    ? (zh ? `（表格共 ${tp.total} 列，太寬無法在此顯示）` : `(The table has ${tp.total} rows, too wide to show here.)`)
    : tp.pages > 1 || more > 0
      ? zh
        ? `第 ${tp.page + 1}/${tp.pages} 頁・第 ${tp.from + 1}–${tp.to} 列，共 ${tp.total} 列${more > 0 ? `；還有 ${more} 列` : ''}`
        : `Page ${tp.page + 1}/${tp.pages} · rows ${tp.from + 1}–${tp.to} of ${tp.total}${more > 0 ? `; ${more} more rows` : ''}`
      : '';
  return { description: [summary, tp.block, note].filter(Boolean).join('\n'), page: tp.page, pages: tp.pages };
}

/** The sources as one field: a line per document, linked to the source viewer when a base URL is set. */
function sourcesField(answer: Answer, baseUrl: string | undefined): { name: string; value: string; inline: boolean } | undefined {
  const link = (text: string, url: string) => `[${text}](${url})`;
  const items = citationTexts(answer, { baseUrl, esc: escapeDiscord, link }).map((t) => `• ${t}`);
  if (!items.length) return undefined;
  const { text, kept } = fitItems(items, '\n', LIMITS.fieldValue - 40);
  const rest = items.length - kept;
  const tail = rest > 0 ? (answer.lang === 'zh' ? `\n另有 ${rest} 份文件` : `\n+${rest} more documents`) : '';
  const value = kept ? text + tail : clip(citationTexts(answer).map((t) => `• ${escapeDiscord(t)}`).join('\n'), LIMITS.fieldValue);
  return { name: answer.lang === 'zh' ? '📄 出處' : '📄 Sources', value, inline: false };
}

/** Key figures as fields, only when there is no table: each figure is shown in the summary and once more at most. */
function figureFields(answer: Answer, budget: number): { name: string; value: string; inline: boolean }[] {
  if (answer.table?.rows.length) return [];
  const fields: { name: string; value: string; inline: boolean }[] = [];
  for (const f of answer.figures.slice(0, LIMITS.fields - 2)) {
    const field = { name: clip(escapeDiscord(labelText(f.label, answer.lang)), LIMITS.fieldName), value: clip(figureValue(f, answer.lang), LIMITS.fieldValue), inline: true };
    if (field.name.length + field.value.length > budget - 40) break;
    budget -= field.name.length + field.value.length;
    fields.push(field);
  }
  const notShown = answer.figures.length - fields.length;
  if (notShown > 0 && fields.length) {
    fields.push({ name: '…', value: answer.lang === 'zh' ? `還有 ${notShown} 項數字未列出` : `${notShown} more figures not shown`, inline: false });
  }
  return fields;
}

export function formatDiscordMessage(answer: Answer, opts: FormatOptions = {}): DiscordMessage {
  const zh = answer.lang === 'zh';
  const embed = new EmbedBuilder().setColor(COLOR);
  if (answer.query.trim()) embed.setAuthor({ name: clip(authorLine(answer.query), LIMITS.author) });
  const title = answer.chart?.title ?? (answer.figures[0] ? labelText(answer.figures[0].label, answer.lang) : undefined) ?? INTENT_TITLE[answer.intent][zh ? 0 : 1];
  embed.setTitle(clip(escapeDiscord(title), LIMITS.title));
  const { description, page, pages } = describe(answer, opts.page ?? 0);
  embed.setDescription(clip(description, LIMITS.description));
  const sources = sourcesField(answer, opts.baseUrl);
  const used = (embed.data.title?.length ?? 0) + (embed.data.description?.length ?? 0) + (embed.data.author?.name.length ?? 0)
    + (sources ? sources.name.length + sources.value.length : 0);
  const fields = [...figureFields(answer, LIMITS.embedTotal - used), ...(sources ? [sources] : [])];
  if (fields.length) embed.addFields(fields);
  return {
    embeds: [embed.toJSON()], components: buttons(answer, page, pages, opts.pick), allowed_mentions: { parse: [] },
    ...(opts.ephemeral ? { flags: EPHEMERAL } : {}),
  };
}

function buttons(answer: Answer, page: number, pages: number, pick?: string): APIActionRowComponent<APIButtonComponent>[] {
  const zh = answer.lang === 'zh';
  const q = answer.query;
  const recoverable = questionRecoverable(q, pick);
  const nav = new ActionRowBuilder<ButtonBuilder>();
  const navButton = (id: string, label: string, style = ButtonStyle.Secondary) =>
    nav.addComponents(new ButtonBuilder().setCustomId(id).setStyle(style).setLabel(label));
  if (recoverable && pages > 1 && page > 0) navButton(pageId(page - 1, q, pick), zh ? '◀ 上一頁' : '◀ Previous');
  if (recoverable && pages > 1 && page < pages - 1) navButton(pageId(page + 1, q, pick), zh ? '下一頁 ▶' : 'Next ▶');
  if (recoverable && answer.chart) navButton(chartId(q, pick), zh ? '🖼️ 圖片（簡報用）' : '🖼️ Image (for slides)', ButtonStyle.Primary);
  const suggest = new ActionRowBuilder<ButtonBuilder>();
  const seen = new Set<string>();
  otherSuggestions(answer).forEach((text, i) => {
    const id = suggestionId(text, i, q, pick);
    const usable = id.startsWith('a:') || recoverable;
    if (!text.trim() || seen.has(id) || !usable || id.length > CUSTOM_ID_MAX || suggest.components.length >= LIMITS.buttonsPerRow) return;
    seen.add(id);
    suggest.addComponents(new ButtonBuilder().setCustomId(id).setStyle(ButtonStyle.Secondary).setLabel(clip(text, LIMITS.buttonLabel)));
  });
  return [choicesRow(answer), nav, suggest].filter((r) => r.components.length > 0).map((r) => r.toJSON() as APIActionRowComponent<APIButtonComponent>);
}

/** One button per choice of an unsure answer: its label and value, its pick (and the question, when it fits) in the id. */
function choicesRow(answer: Answer): ActionRowBuilder<ButtonBuilder> {
  const row = new ActionRowBuilder<ButtonBuilder>();
  const texts = choiceTexts(answer, LIMITS.buttonLabel);
  (answer.choices ?? []).forEach((c, i) => {
    if (!PICK_TOKEN.test(c.pick) || row.components.length >= LIMITS.buttonsPerRow) return;
    const id = pickId(i + 1, c.pick, answer.query);
    row.addComponents(new ButtonBuilder().setCustomId(id).setStyle(ButtonStyle.Primary).setLabel(texts[i]));
  });
  return row;
}

/** A short plain message (limits, errors, notices): escaped, ≤ 2000 characters, optionally ephemeral. */
export function formatDiscordText(text: string, opts: { ephemeral?: boolean } = {}): DiscordMessage {
  return {
    content: clip(escapeDiscord(text), LIMITS.content),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
    ...(opts.ephemeral ? { flags: EPHEMERAL } : {}),
  };
}

/** The message that carries a rendered chart, attached as `fileName`. */
export function formatDiscordChart(answer: Answer, fileName: string): DiscordMessage {
  const chart = answer.chart!;
  const embed = new EmbedBuilder()
    .setColor(COLOR)
    .setTitle(clip(escapeDiscord(chart.title), LIMITS.title))
    .setImage(`attachment://${fileName}`);
  if (answer.query.trim()) embed.setAuthor({ name: clip(authorLine(answer.query), LIMITS.author) });
  if (chart.caption.trim()) embed.setFooter({ text: clip(chart.caption, LIMITS.footer) });
  return { embeds: [embed.toJSON()], components: [], allowed_mentions: { parse: [] } };
}
