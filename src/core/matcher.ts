// The one reading of a question's words: every row of the concept table and every agency name,
// compiled once, matched over the question; where matches overlap the longest wins, so a word is never
// read inside another. What is left between the words read is what names the item asked about.
import type { AgencyCode } from '../dataset/schema.js';
import { CONCEPTS, WORDS, type Concept, type WordRow } from './concepts.js';
import { AGENCIES, AMBIGUOUS_MINISTRY } from './lexicon.js';
import type { Operation } from './lexicon.js';

export interface Span {
  start: number;
  end: number;
  text: string;
  tags: readonly Concept[];
  /** an agency named (its code), or the ministry named ambiguously */
  agency?: AgencyCode | 'ambiguous';
  /** whether the words stay among those an item must explain */
  content: WordRow['content'];
  /** a counting word's counting words in the documents */
  counts?: string[];
  /** the word is English (a counting noun in English counts only after "how many") */
  english?: boolean;
}

interface CompiledRow { re: RegExp; row: WordRow; agency?: Span['agency'] }

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** zh alternatives as they are; English ones as whole words (adi is not in radio). */
function compile(row: WordRow): RegExp {
  const parts = [row.chinese && `(?:${row.chinese})`, row.english && `(?<![a-z0-9])(?:${row.english})(?![a-z0-9])`].filter(Boolean);
  return new RegExp(parts.join('|'), 'g');
}

function agencyAliases(): { alias: string; agency: NonNullable<Span['agency']> }[] {
  const named = AGENCIES.flatMap((a) => a.aliases.map((alias) => ({ alias, agency: a.code as NonNullable<Span['agency']> })));
  return [...named, ...AMBIGUOUS_MINISTRY.map((alias) => ({ alias, agency: 'ambiguous' as const }))];
}

function agencyRows(): CompiledRow[] {
  return agencyAliases().map(({ alias, agency }) => ({
    re: new RegExp(/^[a-z]/.test(alias) ? `(?<![a-z])${escapeRe(alias)}(?![a-z])` : escapeRe(alias), 'g'),
    row: { tags: [] },
    agency,
  }));
}

let compiled: CompiledRow[] | undefined;

function rowsCompiled(): CompiledRow[] {
  compiled ??= [...agencyRows(), ...WORDS.map((row) => ({ re: compile(row), row }))];
  return compiled;
}

/** Every row's matches, longest first; a match is kept when it overlaps none kept before it. */
export function readSpans(text: string, claimed: { start: number; end: number }[] = [], english = true): Span[] {
  const found: (Span & { order: number })[] = [];
  // words are matched around what is already read (years), never across it; contexts see the text itself
  let open = text;
  for (const c of claimed) open = open.slice(0, c.start) + '\u0000'.repeat(c.end - c.start) + open.slice(c.end);
  rowsCompiled().forEach(({ re, row, agency }, order) => {
    re.lastIndex = 0;
    for (const m of open.matchAll(re)) {
      if (!m[0] || (row.englishOnly && !english) || (row.after && !row.after.test(text.slice(0, m.index)))) continue;
      if (row.before && !row.before.test(text.slice(m.index + m[0].length))) continue;
      found.push({
        start: m.index, end: m.index + m[0].length, text: m[0], tags: row.tags, content: row.content, order,
        ...(agency ? { agency } : {}), ...(row.counts ? { counts: row.counts } : {}), ...(/^[a-z]/.test(m[0]) ? { english: true } : {}),
      });
    }
  });
  // an agency's name is read before the words around it (計畫 數位部 is not 計畫數); then the longest word
  found.sort((a, b) => Number(!a.agency) - Number(!b.agency) || (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Span[] = [];
  const taken = [...claimed];
  for (const s of found) {
    if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
    const { order: _order, ...span } = s;
    kept.push(span);
    taken.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The shortest agency name read with one character wrong (數位產夜署): shorter ones are too alike. */
const FUZZY_MIN = 4;

/**
 * An agency name typed with one character wrong, where no agency was read: the place, what was typed and
 * the name it is read as. Characters already read as words are never part of it.
 */
export function misspeltAgency(text: string, spans: Span[]): (Span & { typed: string; read: string }) | undefined {
  if (spans.some((s) => s.agency)) return undefined;
  // a word of one character read inside the name (署) is part of it
  const free = (i: number) => !spans.some((s) => s.end - s.start > 1 && i >= s.start && i < s.end);
  for (const { alias, agency } of agencyAliases().filter((a) => a.alias.length >= FUZZY_MIN && !/^[a-z]/.test(a.alias))) {
    for (let i = 0; i + alias.length <= text.length; i++) {
      const typed = text.slice(i, i + alias.length);
      const wrong = [...typed].filter((ch, k) => ch !== alias[k]).length;
      if (wrong === 1 && /^[\u3400-\u9fff]+$/.test(typed) && [...typed].every((_, k) => free(i + k))) {
        return { start: i, end: i + alias.length, text: typed, tags: [], content: undefined, agency, typed, read: alias };
      }
    }
  }
  return undefined;
}

/** The concepts the spans stand for. */
export function conceptsOf(spans: Span[]): Set<Concept> {
  return new Set(spans.flatMap((s) => s.tags));
}

/** Whether a span's words are among those an item must explain, given the operation asked. */
export function isContent(span: Span, operation: Operation): boolean {
  if (span.agency) return false;
  if (span.content === 'keep') return true;
  return Array.isArray(span.content) && !span.content.includes(operation);
}

/** The text with the spans that are not content blanked out (each by a space, so words stay apart). */
export function withoutSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, s.start)} `;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

/** A concept name is one of the table's: for rows built elsewhere (tests, data). */
export function isConcept(name: string): name is Concept {
  return (CONCEPTS as readonly string[]).includes(name);
}
