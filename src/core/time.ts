// Years the question names by a word (今年, 去年, 上年度): resolved against the data's own latest
// budget year, never the calendar, and the answer says how it read them.
import type { Context } from './answers/context.js';
import type { Understood } from './understand.js';

const latest = new WeakMap<Context['catalog'], number>();

/** The latest year any budget line has a budget for: the year the newest budget book is for. */
export function latestBudgetYear(ctx: Context): number {
  let year = latest.get(ctx.catalog);
  if (year === undefined) {
    year = Math.max(...ctx.catalog.items.filter((i) => i.kind === 'line').flatMap((i) => i.obs.filter((o) => o.measure === 'budget').map((o) => o.year)));
    latest.set(ctx.catalog, year);
  }
  return year;
}

/** Operations over many records: a year word names one year for all of them, not each record's own book's. */
const OVER_MANY = new Set<Understood['operation']>(['rank', 'count', 'breakdown']);

/**
 * A calendar word (今年, 去年) counts from the data's latest budget year; a book's word (上年度) is each
 * record's own book's, except where many records are compared. Returns the frame with the year filled in,
 * and the year read for the answer to say.
 */
export function resolveYearWords(ctx: Context, u: Understood): { frame: Understood; read?: number } {
  if (u.relative === null || u.years.length) return { frame: u };
  if (!u.asks.has('calendarYear') && !OVER_MANY.has(u.operation)) return { frame: u };
  const year = latestBudgetYear(ctx) + u.relative;
  return { frame: { ...u, years: [year], relative: null }, read: year };
}
