// The App Home tab: what the bot answers, how to ask, and example questions as buttons (bilingual).
import { BUDGET_COMMAND } from '../../commands/definitions.js';
import { ACTION, type Block } from './slack.js';
import { usageLine } from './slack-notices.js';
import { escapeSlack } from './slack-text.js';
import { administrationCountEn, administrationsZh, agency, MINISTRY } from './agencies.js';

/** The agencies the examples ask about, by code. */
const [EXAMPLE, OTHER] = [agency('6220'), agency('6210')];

/** Example questions shown as buttons; pressing one asks it (the answer arrives in the app's DM). */
export const HOME_EXAMPLES = [
  `${EXAMPLE.name} 114 年度預算`,
  `${OTHER.name} 114 年度預算依用途別細分`,
  '114 年度預算最多的業務計畫排名',
  'MyData 介接機關數',
  `${EXAMPLE.short} budget 2025`,
  `Compare the ${OTHER.short} budget of 2024 and 2025`,
] as const;

// verbatim: no automatic parsing of mentions or channel names in text we send.
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

export function homeView(): { type: 'home'; blocks: Block[] } {
  const cmd = `/${BUDGET_COMMAND.name}`;
  const commands = BUDGET_COMMAND.subcommands
    .map((s) => `• \`${usageLine(s)}\` — ${s.description.zh} / ${s.description.en}`)
    .join('\n');
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: `${MINISTRY.proper.name}預算小幫手 · ${MINISTRY.proper.short} Budget Bot`, emoji: false } },
    {
      type: 'section',
      text: mrkdwn(
        `查詢${MINISTRY.proper.name}（含${administrationsZh()}）的預算、決算、員額與績效指標，每個數字都附上出處。\n` +
          `Ask about the budgets, final accounts, staffing and indicators of the ${MINISTRY.proper.official} ` +
          `and its ${administrationCountEn()} administrations; every figure comes with its source.`,
      ),
    },
    { type: 'divider' },
    {
      type: 'section',
      text: mrkdwn(
        '*如何提問 · How to ask*\n' +
          `• 在任何頻道輸入 \`${cmd} 你的問題\`（只有你看得到，可再分享到頻道）· Type \`${cmd} your question\` anywhere (only you see it; share it if you like)\n` +
          '• 在頻道中 @提及我，我會在討論串回答 · @mention me in a channel and I answer in the thread\n' +
          '• 或直接在這裡的「訊息」分頁私訊我 · Or send me a direct message in the Messages tab',
      ),
    },
    { type: 'section', text: mrkdwn(escapeSlack(`*指令 · Commands*\n${commands}`)) },
    { type: 'divider' },
    { type: 'section', text: mrkdwn('*試試看 · Try these*（答案會在私訊中出現 · answers arrive in our DM）') },
    {
      type: 'actions',
      elements: HOME_EXAMPLES.map((q, i) => ({
        type: 'button',
        text: { type: 'plain_text', text: q, emoji: false },
        action_id: `${ACTION.ask}${i}`,
        value: escapeSlack(q),
      })),
    },
    {
      type: 'context',
      elements: [mrkdwn('年度可用民國或西元（114 = 2025）。金額以新臺幣計。 · Years may be ROC or AD (114 = 2025). Money is in NT$.')],
    },
  ];
  return { type: 'home', blocks };
}
