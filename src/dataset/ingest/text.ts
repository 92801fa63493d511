// Shared reading helpers for the source text dumps: lines, cells, amounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

export const SOURCES_DIR = join(DATA_DIR, 'sources');
let sourcesDir = SOURCES_DIR;

export interface SourceText {
  doc: string;
  /** lines[0] is line 1 of the file */
  lines: string[];
}

const cache = new Map<string, SourceText>();

/** Where readSource reads the documents from: data/sources, or another data directory's. */
export function useSources(dir: string): void {
  sourcesDir = dir;
}

/** The sources directory readSource reads from. */
export function sourcesInUse(): string {
  return sourcesDir;
}

export function readSource(doc: string): SourceText {
  const path = join(sourcesDir, doc);
  let text = cache.get(path);
  if (!text) {
    text = { doc, lines: readFileSync(path, 'utf8').split('\n') };
    cache.set(path, text);
  }
  return text;
}

/** Tab-separated cells of a line, trimmed. */
export function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/**
 * A printed amount in 千元 ("2,216,120", "-80,351", "-") to whole NT$.
 * Returns null when the cell is not a number at all.
 */
export function thousandsToTwd(cell: string): number | null {
  const n = parseNumber(cell);
  return n === null ? null : Math.round(n * 1000);
}

/** A printed number ("1,298", "-5", "-" → 0, "92.78%") or null. */
export function parseNumber(cell: string): number | null {
  const s = cell.replace(/\s+/g, '').replace(/%$/, '');
  if (s === '-' || s === '－' || s === '—') return 0;
  if (!/^-?[\d,]+(\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** Strip HTML fragments and collapse whitespace, for explanation and prose text. */
export function plainText(s: string): string {
  return s
    .replace(/<li>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Remove stray spaces inside CJK names ("數位跨域創新淨零先 期計畫" → "數位跨域創新淨零先期計畫"). */
export function joinCjk(s: string): string {
  return s
    .replace(/([\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .trim();
}

/** Stable id part from free text (kept readable, no spaces). */
export function slug(s: string): string {
  return joinCjk(s).replace(/\s+/g, '_');
}

/** A name broken by line wraps: drop spaces next to CJK characters and dashes, keep "5G AIoT". */
export function cleanName(s: string): string {
  const near = '[\\u3000-\\u9fff\\uff00-\\uffef\\-—–]';
  return joinCjk(plainText(s))
    .replace(new RegExp(`(?<=${near})\\s+|\\s+(?=${near})`, 'g'), '')
    .trim();
}

/** Explanation text: segments joined as one flow, HTML removed, wrap spaces dropped. */
export function cleanText(segments: string[]): string {
  return joinCjk(plainText(segments.join('')));
}
