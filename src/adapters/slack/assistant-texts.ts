// What the assistant pane says of its own, in Traditional Chinese and English.
import type { Lang } from '../../core/answer.js';
import { administrationCountEn, MINISTRY } from '../../format/agencies.js';

export const ASSISTANT_TEXT = {
  greeting: {
    zh: `你好！我可以查${[MINISTRY.proper, ...MINISTRY.administrations].map((a) => a.name).join('、')}的預算、決算、員額與績效指標，每個數字都附上出處與行號。直接提問，或點選下方的建議問題；接著追問（例如「那 113 年呢？」）也可以。`,
    en: `Hello! I answer questions about the budgets, final accounts, staffing and performance indicators of the ${MINISTRY.proper.official} and its ${administrationCountEn()} administrations, each figure with its source and line. Ask away or pick a suggestion below; follow-ups such as "and for 2024?" work too.`,
  },
  promptsTitle: { zh: '試試這些問題', en: 'Try asking' },
  status: { zh: '正在查詢預算資料…', en: 'Looking up the figures…' },
} satisfies Record<string, Record<Lang, string>>;

/** The greeting in the person's language, or in both when it is not known. */
export function greeting(lang: Lang | undefined): string {
  return lang ? ASSISTANT_TEXT.greeting[lang] : `${ASSISTANT_TEXT.greeting.zh}\n\n${ASSISTANT_TEXT.greeting.en}`;
}

/** A Slack locale (zh-TW, en-US …) as a language the bot speaks; undefined for any other. */
export function localeLang(locale: unknown): Lang | undefined {
  if (typeof locale !== 'string') return undefined;
  if (/^zh/i.test(locale)) return 'zh';
  if (/^en/i.test(locale)) return 'en';
  return undefined;
}

/** A thread title from the question that opened it. */
export function threadTitle(question: string): string {
  const max = 60;
  return question.length > max ? `${question.slice(0, max - 1)}…` : question;
}
