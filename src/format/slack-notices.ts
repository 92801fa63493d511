// Short messages the Slack app sends that are not answers: errors, limits, usage.
import type { Lang } from '../core/answer.js';
import { BUDGET_COMMAND, type Subcommand } from '../../commands/definitions.js';
import { escapeSlack } from './slack-text.js';

export function errorNotice(lang: Lang, ref: string): string {
  return lang === 'zh'
    ? `抱歉，處理這個問題時發生錯誤。請稍後再試；若問題持續，請將參考編號 \`${ref}\` 提供給管理者。`
    : `Sorry, something went wrong while answering. Please try again later; if it keeps happening, give the administrators reference \`${ref}\`.`;
}

export function chartUnavailableNotice(lang: Lang): string {
  return lang === 'zh' ? '目前無法產生圖表，請先參考上方的表格。' : 'Charts are not available right now; the table above has the same figures.';
}

export function noChartNotice(lang: Lang): string {
  return lang === 'zh' ? '這個答案沒有可以畫成圖表的數字。' : 'This answer has no figures to chart.';
}

export function chartSentToDmNotice(lang: Lang): string {
  return lang === 'zh' ? '圖表已傳到你與我的私訊。' : 'The chart is in our direct messages.';
}

/** Options a Slack user types: `private` is Discord's (a Slack /budget answer is always private). */
const typed = (sub: Subcommand) => sub.options.filter((o) => o.type !== 'boolean');

/** How to call one subcommand: `/budget compare <item> [from] [to]`. */
export function usageLine(sub: Subcommand): string {
  const args = typed(sub).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
  return `/${BUDGET_COMMAND.name} ${sub.name}${args ? ` ${args}` : ''}`;
}

export function usageNotice(sub: Subcommand, lang: Lang): string {
  const opts = typed(sub).map((o) => `• \`${o.name}\`${o.required ? (lang === 'zh' ? '（必填）' : ' (required)') : ''}：${o.description[lang]}`);
  return escapeSlack([`\`${usageLine(sub)}\``, sub.description[lang], ...opts].join('\n'));
}

/** The usage hint of the whole command, for the manifest and the Home tab. */
export function commandUsageHint(): string {
  return `[question] | ${BUDGET_COMMAND.subcommands.filter((s) => s.name !== 'ask').map((s) => s.name).join(' | ')}`;
}
