// Text in SVG: escaping, one <text> element, and line wrapping measured with the bundled font's widths.
// Chinese breaks between any two characters, Latin only at spaces; closing punctuation never starts a line.
import { FONT_FAMILY, textWidth, type Weight } from './font.js';

export { textWidth };

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TextStyle {
  size: number;
  fill: string;
  weight?: Weight;
  anchor?: 'start' | 'middle' | 'end';
}

export function textEl(x: number, y: number, s: string, st: TextStyle): string {
  const bold = st.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = st.anchor && st.anchor !== 'start' ? ` text-anchor="${st.anchor}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT_FAMILY}" font-size="${st.size}" fill="${st.fill}"${bold}${anchor}>${esc(s)}</text>`;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
const TOKEN = new RegExp(`[${CJK}]|\\s+|[^\\s${CJK}]+`, 'gu');
const CLOSING = /^[，。、；：！？）」』》〉】,.;:!?)\]]/u;

/** Lines no wider than `max` px (a word longer than a line is cut between letters). */
export function wrapText(s: string, size: number, max: number, weight: Weight = 'regular'): string[] {
  const width = (t: string) => textWidth(t, size, weight);
  const lines: string[] = [];
  let cur = '';
  const push = () => {
    if (cur.trim()) lines.push(cur.trimEnd());
    cur = '';
  };
  for (const tok of s.match(TOKEN) ?? []) {
    if (/^\s/.test(tok)) {
      if (cur && width(cur + ' ') <= max) cur += ' ';
      else push();
      continue;
    }
    if (width(cur + tok) <= max || (CLOSING.test(tok) && cur && width(tok) <= size)) {
      cur += tok;
      continue;
    }
    push();
    if (width(tok) <= max) {
      cur = tok;
      continue;
    }
    for (const ch of tok) {
      if (cur && width(cur + ch) > max) push();
      cur += ch;
    }
  }
  push();
  return lines;
}

/** One line, cut with … when too wide. */
export function fitText(s: string, size: number, max: number, weight: Weight = 'regular'): string {
  if (textWidth(s, size, weight) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch + '…', size, weight) > max) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/** Wrapped into at most `maxLines`, the last one cut with … when the text goes on. */
export function wrapLines(s: string, size: number, max: number, maxLines: number, weight: Weight = 'regular'): string[] {
  const lines = wrapText(s, size, max, weight);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // the rest did not fit on the last line, so this cuts it with …
  kept[maxLines - 1] = fitText(lines.slice(maxLines - 1).join(' '), size, max, weight);
  return kept;
}

export function maxWidth(lines: string[], size: number, weight: Weight = 'regular'): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, weight)));
}
