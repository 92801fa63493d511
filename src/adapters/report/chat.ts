// `/budget report` in Slack and Discord: the gap report's top groups, for the admins listed in
// REPORT_ADMIN_IDS only, read from this process's QUESTION_LOG_FILE. Always a private reply.
import type { Lang } from '../../core/answer.js';
import { DEFAULT_SINCE, gapReport, logLines, parseSince, reportChat, SINCE_HELP } from './index.js';

export interface GapReporter {
  /** The reply to `userId` asking for the report of `since` (default 7d), as plain text. */
  reply(userId: string, since: string | undefined, lang: Lang): Promise<string>;
}

const TEXT = {
  notAdmin: { zh: '只有管理員可以看缺口報告（REPORT_ADMIN_IDS）。', en: 'Only admins can see the gap report (REPORT_ADMIN_IDS).' },
  noLog: {
    zh: '缺口報告需要問題紀錄檔：請設定 QUESTION_LOG_FILE。',
    en: 'The gap report reads the question log: set QUESTION_LOG_FILE.',
  },
};

/** Chat messages are short: at most this many characters of report. */
const CHAT_CHARS = 1800;

export function createGapReporter(o: { admins?: string[]; file?: string }): GapReporter {
  const admins = new Set(o.admins ?? []);
  return {
    async reply(userId, sinceText, lang) {
      if (!admins.has(userId)) return TEXT.notAdmin[lang];
      if (!o.file) return TEXT.noLog[lang];
      const since = (sinceText ?? '').trim() || DEFAULT_SINCE;
      const from = parseSince(since);
      if (from === undefined) return SINCE_HELP[lang];
      const { summary, groups } = await gapReport(logLines([o.file]), from);
      return reportChat(summary, groups, since, lang, CHAT_CHARS);
    },
  };
}
