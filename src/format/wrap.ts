// Wrapping text to a monospace width (CJK counts two columns): Latin words and numbers stay whole,
// Chinese breaks between characters, closing punctuation never starts a line. Only a word longer
// than the whole width is broken, between its letters.
import { displayWidth } from './width.js';

const CJK = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
const TOKEN = new RegExp(`[${CJK}]|\\s+|[^\\s${CJK}]+`, 'gu');
const CLOSING = /^[，。、；：！？）」』》〉】,.;:!?)\]%]/u;
const OPENING = /^[（「『《〈【(\[]$/u;

function splitLong(token: string, width: number): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && displayWidth(cur + ch) > width) {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

export function wrapDisplay(text: string, width: number): string[] {
  const w = Math.max(2, width);
  const lines: string[] = [];
  let cur: string[] = [];
  const curText = () => cur.join('');
  const push = () => {
    const l = curText().trimEnd();
    if (l) lines.push(l);
    cur = [];
  };
  for (const tok of text.match(TOKEN) ?? []) {
    if (/^\s/.test(tok)) {
      if (cur.length) cur.push(' ');
      continue;
    }
    if (displayWidth(curText() + tok) <= w) {
      cur.push(tok);
      continue;
    }
    if (CLOSING.test(tok) && cur.length > 1 && cur[cur.length - 1].trim() && displayWidth(cur[cur.length - 1] + tok) <= w) {
      // take the last character along, so the punctuation does not start the line
      const last = cur.pop()!;
      push();
      cur = [last, tok];
      continue;
    }
    // an opening bracket never ends a line: it goes down with what it opens
    const carry = cur.length > 1 && OPENING.test(cur[cur.length - 1]) ? [cur.pop()!] : [];
    push();
    cur = carry;
    if (displayWidth(curText() + tok) <= w) {
      cur.push(tok);
      continue;
    }
    push();
    const parts = splitLong(tok, w);
    lines.push(...parts.slice(0, -1));
    cur = [parts[parts.length - 1]];
  }
  push();
  return lines.length ? lines : [''];
}
