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

interface CompiledRow {
  re: RegExp;
  row: WordRow;
  agency?: Span['agency'];
  /** the characters a match can start with; null when any can (the row is always tried) */
  first: Set<string> | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The top-level alternatives of a pattern: a|b(?:c|d) is a and b(?:c|d). */
function alternatives(pattern: string): string[] {
  const out = [''];
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out[out.length - 1] += ch + (pattern[++i] ?? '');
      continue;
    }
    depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
    if (ch === '|' && depth === 0) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

/** The end of the group or class that starts at `i` (its closing bracket). */
function closing(pattern: string, i: number): number {
  let depth = 0;
  for (let j = i; j < pattern.length; j++) {
    if (pattern[j] === '\\') j++;
    else if (pattern[j] === '(' || pattern[j] === '[') depth++;
    else if ((pattern[j] === ')' || pattern[j] === ']') && --depth === 0) return j;
  }
  return pattern.length;
}

/**
 * The characters a match of the pattern can start with, or null when that cannot be told simply (a class,
 * a wildcard, an optional first part): only a quick filter, so any doubt means "try the row".
 */
function firstChars(pattern: string): Set<string> | null {
  const out = new Set<string>();
  for (const alt of alternatives(pattern)) {
    if (!alt) return null;
    const group = alt.startsWith('(?:') || (alt.startsWith('(') && !alt.startsWith('(?'));
    const end = group ? closing(alt, 0) : alt[0] === '\\' ? 1 : 0;
    if (/^[?*{]/.test(alt.slice(end + 1))) return null;
    if (group) {
      const inner = firstChars(alt.slice(alt.startsWith('(?:') ? 3 : 1, end));
      if (!inner) return null;
      for (const c of inner) out.add(c);
    } else if (alt[0] === '\\') {
      if (/[sSdDwWbB]/.test(alt[1])) return null;
      out.add(alt[1]);
    } else if (/[[.(^$]/.test(alt[0])) return null;
    else out.add(alt[0]);
  }
  return out;
}

/** The characters a row's words can start with (its Chinese and English alternatives), or null for any. */
function rowFirstChars(row: WordRow): Set<string> | null {
  const sets = [row.chinese, row.english].filter((p): p is string => !!p).map(firstChars);
  if (sets.some((s) => s === null)) return null;
  return new Set(sets.flatMap((s) => [...s!]));
}

/** zh alternatives as they are; English ones as whole words (adi is not in radio). */
function compile(row: WordRow): RegExp {
  const parts = [row.chinese && `(?:${row.chinese})`, row.english && `(?<![a-z0-9])(?:${row.english})(?![a-z0-9])`].filter(Boolean);
  return new RegExp(parts.join('|'), 'y');
}

function agencyAliases(): { alias: string; agency: NonNullable<Span['agency']> }[] {
  const named = AGENCIES.flatMap((a) => a.aliases.map((alias) => ({ alias, agency: a.code as NonNullable<Span['agency']> })));
  return [...named, ...AMBIGUOUS_MINISTRY.map((alias) => ({ alias, agency: 'ambiguous' as const }))];
}

function agencyRows(): CompiledRow[] {
  return agencyAliases().map(({ alias, agency }) => ({
    re: new RegExp(/^[a-z]/.test(alias) ? `(?<![a-z])${escapeRe(alias)}(?![a-z])` : escapeRe(alias), 'y'),
    row: { tags: [] },
    agency,
    first: new Set([alias[0]]),
  }));
}

/** The rows by the characters their words start with, and those that may start with any (each with its place). */
interface RowIndex { byFirst: Map<string, { row: CompiledRow; order: number }[]>; anyStart: { row: CompiledRow; order: number }[] }
let compiled: RowIndex | undefined;

function rowsCompiled(): RowIndex {
  if (!compiled) {
    const rows = [...agencyRows(), ...WORDS.map((row) => ({ re: compile(row), row, first: rowFirstChars(row) }))];
    const index: RowIndex = { byFirst: new Map(), anyStart: [] };
    rows.forEach((row, order) => {
      if (!row.first) index.anyStart.push({ row, order });
      else for (const c of row.first) index.byFirst.set(c, [...(index.byFirst.get(c) ?? []), { row, order }]);
    });
    compiled = index;
  }
  return compiled;
}

/** The rows that may match at a place: those starting with its character, then those that may start with any. */
function rowsAt(index: RowIndex, ch: string): { row: CompiledRow; order: number }[] {
  const own = index.byFirst.get(ch);
  return own ? [...own, ...index.anyStart] : index.anyStart;
}

/** Every row's matches, longest first; a match is kept when it overlaps none kept before it. */
export function readSpans(text: string, claimed: { start: number; end: number }[] = [], english = true): Span[] {
  const found: (Span & { order: number })[] = [];
  // words are matched around what is already read (years), never across it; contexts see the text itself
  let open = text;
  for (const c of claimed) open = open.slice(0, c.start) + '\u0000'.repeat(c.end - c.start) + open.slice(c.end);
  // at each place, only the rows whose words can start with its character are tried
  const index = rowsCompiled();
  for (let at = 0; at < open.length; at++) {
    if (open[at] === '\u0000' || open[at] === ' ') continue;
    for (const { row: { re, row, agency }, order } of rowsAt(index, open[at])) {
      re.lastIndex = at;
      const m = re.exec(open);
      if (!m?.[0] || (row.englishOnly && !english) || (row.after && !row.after.test(text.slice(0, at)))) continue;
      if (row.before && !row.before.test(text.slice(at + m[0].length))) continue;
      found.push({
        start: at, end: at + m[0].length, text: m[0], tags: row.tags, content: row.content, order,
        ...(agency ? { agency } : {}), ...(row.counts ? { counts: row.counts } : {}), ...(/^[a-z]/.test(m[0]) ? { english: true } : {}),
      });
    }
  }
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
let fuzzyAliases: { alias: string; agency: NonNullable<Span['agency']> }[] | undefined;

/** How many characters of the text at `at` differ from the alias, counting no further than two. */
function differences(text: string, at: number, alias: string): number {
  let wrong = 0;
  for (let k = 0; k < alias.length && wrong < 2; k++) if (text[at + k] !== alias[k]) wrong++;
  return wrong;
}

export function misspeltAgency(text: string, spans: Span[]): (Span & { typed: string; read: string }) | undefined {
  if (spans.some((s) => s.agency)) return undefined;
  fuzzyAliases ??= agencyAliases().filter((a) => a.alias.length >= FUZZY_MIN && !/^[a-z]/.test(a.alias));
  // a word of one character read inside the name (署) is part of it
  const free = (i: number) => !spans.some((s) => s.end - s.start > 1 && i >= s.start && i < s.end);
  for (const { alias, agency } of fuzzyAliases) {
    for (let i = 0; i + alias.length <= text.length; i++) {
      if (differences(text, i, alias) !== 1) continue;
      const typed = text.slice(i, i + alias.length);
      if (/^[\u3400-\u9fff]+$/.test(typed) && [...typed].every((_, k) => free(i + k))) {
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
