// Choosing records beyond the best candidate: an agency's own line, the other reading of
// 數位發展部, the same line across agencies, alternatives worth offering.
import { group, type Item } from './catalog.js';
import type { Candidate } from './features.js';
import { agencyFilter } from './candidates.js';
import { agencyInfo } from './lexicon.js';
import type { Understood } from './understand.js';
import { GATE } from './weights.js';
import { itemTitle, type Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';
import type { Lang } from './answer.js';


/** The agency's own line when the question names an agency and nothing else. */
export function agencyItem(ctx: Context, u: Understood): Item | undefined {
  // every figure here is the ministry's: a budget asked of no agency and nothing else (114 年歲入預算) is
  // the ministry total's; a word left unread ("NCC's budget") may name another body
  const allowed = agencyFilter(u) ?? (u.foreignBody || u.residual ? null : ['62' as const]);
  if (!allowed) return undefined;
  const code = u.ministryAmbiguous ? '62' : allowed[0];
  const family = u.asks.has('revenue') ? 'revenue' : 'expenditure';
  if (u.staffWords) {
    // staff actually employed (實際員額, "actually have") are the final account's people, not the budget's posts
    const family = u.measures.includes('final') ? 'staff' : 'positions';
    const positions = group(ctx.catalog, `fam:${family}:${code}`).filter((i) => i.category === '合計');
    const pos = positions.find((i) => i.subject === agencyInfo(code).zh) ?? positions[0];
    if (pos) return pos;
  }
  return group(ctx.catalog, `fam:${family}:${code}`).find((i) => i.kind === 'line' && (i.level === 'agency' || (family === 'revenue' && i.level === 'total' && code === '62')));
}

/** The same line or figure under the other reading of 數位發展部 (ministry proper ↔ ministry total). */
export function otherReading(ctx: Context, best: Item): Item | undefined {
  if (best.agency !== '62' && best.agency !== '6201') return undefined;
  const other = best.agency === '62' ? '6201' : '62';
  const subjects = new Set([agencyInfo(other).zh, '合計', '總計']);
  const ownSubject = best.subject === agencyInfo(best.agency).zh ? '合計' : best.subject ?? '';
  return group(ctx.catalog, `fam:${best.family}:${other}`).find((i) =>
    i.kind === best.kind &&
    (best.kind === 'line'
      ? i.name === best.name || (i.level === 'agency' && best.level === 'agency')
      : i.category === best.category && i.nature === best.nature && subjects.has(i.subject ?? '') === subjects.has(ownSubject)));
}

/** A question that asks for the other reading, in the question's words. */
function readingQuestion(u: Understood, item: Item): string {
  const what = item.kind === 'line' ? (item.level === 'agency' ? '' : item.name) : (item.category ?? '').replace(/^(合計|總計)$/, '');
  const measure = item.family === 'positions' ? 'positions' : u.measures.includes('final') ? 'final' : 'budget';
  return phrase(u.lang).records.readingQuestion({ total: item.agency === '62', what, year: u.years.at(-1), measure });
}

export function alternativesFor(ctx: Context, u: Understood, best: Item, others: Candidate[]): string[] {
  const out: string[] = [];
  const other = u.ministryAmbiguous ? otherReading(ctx, best) : undefined;
  if (other) out.push(readingQuestion(u, other));
  const top = others[0]?.score ?? 0;
  for (const o of others.slice(0, 4)) {
    if (o.item !== best && o.item !== other && o.item.kind === best.kind && o.score >= top - GATE.alternativeMargin) out.push(itemTitle(o.item, u.lang));
  }
  return out;
}

/**
 * "114 年度一般行政預算" with no agency named: the line exists under each agency but not at the
 * ministry level, so the answer is their sum (each part shown), not one agency's line.
 */
export function acrossAgencies(ctx: Context, u: Understood, best: Item): Item[] | undefined {
  if (u.agencies.length || u.ministryAmbiguous || u.breakdown || best.kind !== 'line' || best.level === 'agency' || best.level === 'plan') return undefined;
  const same = group(ctx.catalog, `name:${best.match[0]}`).filter((i) => i.kind === 'line' && i.family === best.family && i.level === best.level);
  const agencies = new Set(same.map((i) => i.agency));
  if (agencies.has('62') || agencies.size < 2) return undefined;
  return same;
}

/** Which "數位發展部" the answer used, said once. */
export function readingNote(code: string, lang: Lang): string {
  return phrase(lang).records.readingNote(code === '62');
}
