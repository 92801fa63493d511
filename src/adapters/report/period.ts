// The report's period: `7d`, `24h`, `2w` (or a bare number of days) back from now, or a date
// (`2025-06-01`, UTC) until now.
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export const DEFAULT_SINCE = '7d';

/** The start of the period, or undefined when the text is none of the accepted forms. */
export function parseSince(text: string, now = Date.now()): number | undefined {
  const t = text.trim().toLowerCase();
  const span = /^(\d{1,4})\s*([hdw]?)$/.exec(t);
  if (span) {
    const n = Number(span[1]);
    return n > 0 ? now - n * UNIT_MS[span[2] || 'd'] : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const ms = Date.parse(`${t}T00:00:00Z`);
    return Number.isFinite(ms) && ms < now ? ms : undefined;
  }
  return undefined;
}

export const SINCE_HELP = {
  zh: '期間請寫成 7d、24h、2w（天、小時、週）或日期 2025-06-01。',
  en: 'Give the period as 7d, 24h or 2w (days, hours, weeks) or a date such as 2025-06-01.',
};
