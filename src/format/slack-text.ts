// Text helpers for Slack: escaping of echoed text, and truncation that never cuts a number.
import type { Lang } from '../core/answer.js';

const ESCAPED = /[&<>]/;

/** Slack's three control characters. After this, `<!channel>` or `<@U123>` can neither ping nor break markup. */
export function escapeSlack(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A best guess at the language of a text typed by a person: any Han character means zh. */
export function guessLang(text: string): Lang {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? 'zh' : 'en';
}

// Characters of a token that must stay whole: digits, grouping, decimals, signs, percent, Latin words,
// and the pieces of an HTML entity such as `&amp;`.
const TOKEN = /[0-9A-Za-z.,%&#;+\-_$/:]/;
const SENTENCE_END = /[。！？!?；\n]/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The largest cut ≤ `limit` that falls between two tokens (never inside a number, word or entity). */
export function safeCut(text: string, limit: number): number {
  let cut = Math.min(limit, text.length);
  if (cut >= text.length) return text.length;
  while (cut > 0 && TOKEN.test(text[cut - 1]) && TOKEN.test(text[cut])) cut--;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

export function truncationNote(lang: Lang): string {
  return lang === 'zh' ? '…（內容過長，已截斷）' : '… (truncated)';
}

/**
 * Shorten prose to at most `max` characters with a note that it was cut. Prefers a sentence end,
 * then a gap between tokens; a figure is never split.
 */
export function truncateProse(text: string, max: number, lang: Lang): string {
  if (text.length <= max) return text;
  const note = truncationNote(lang);
  const budget = Math.max(0, max - note.length);
  let cut = -1;
  for (let i = budget - 1; i >= Math.floor(budget / 2); i--) {
    if (SENTENCE_END.test(text[i])) {
      cut = i + 1;
      break;
    }
  }
  if (cut < 0) cut = safeCut(text, budget);
  return `${text.slice(0, cut).trimEnd()}${note}`.slice(0, max);
}

/** Shorten a short label (button, header, cell) with an ellipsis, on a token boundary when one is near. */
export function truncateLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = safeCut(text, max - 1);
  if (cut < (max - 1) / 2) {
    // One long run of letters: cut inside it, but still never inside a number,
    // and never leave half an entity or half a surrogate pair behind.
    cut = max - 1;
    while (cut > 0 && /[0-9.,]/.test(text[cut - 1]) && /[0-9.,]/.test(text[cut])) cut--;
    const amp = text.lastIndexOf('&', cut - 1);
    if (amp >= 0 && !text.slice(amp, cut).includes(';') && /^&(amp|lt|gt);/.test(text.slice(amp))) cut = amp;
    if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  }
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Width on a fixed-width screen: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
