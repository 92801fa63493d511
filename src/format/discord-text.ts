// Text helpers for Discord: neutralise mentions and markdown in echoed text, and cut to a limit
// without ever cutting inside a number.

const ZWSP = '\u200b';

/** `@everyone`, `@here`, `<@123>`, `<#123>`, `<@&123>`, `</cmd:1>`, `<t:1>`: shown as typed, never parsed. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#:/]|a:|t:)/g, `<${ZWSP}`);
}

/** Undo `neutralizeMentions` (to read back text we wrote into a plain-text embed field). */
export function restoreMentions(text: string): string {
  return text.replace(/@\u200b(everyone|here)/gi, '@$1').replace(/<\u200b/g, '<');
}

/**
 * For places Discord renders as markdown (description, title, field name and value): mentions
 * neutralised, then a backslash before every character that could start markdown.
 */
export function escapeDiscord(text: string): string {
  return neutralizeMentions(text)
    .replace(/[\\*_~`|>[\]]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(#{1,3}|-#?)(?=\s)/gm, '$1\\$2'); // headings, lists, subtext
}

const NUMBERISH = /[0-9.,%]/;

/**
 * At most `max` characters (UTF-16 units, which never undercount Discord's limit), ending in `…`
 * when cut. The cut falls between words or CJK characters, never inside a number.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let end = max - 1;
  // do not split a surrogate pair, a number, or an escape sequence
  const unsafe = (i: number) =>
    (NUMBERISH.test(text[i - 1] ?? '') && NUMBERISH.test(text[i] ?? '')) ||
    text[i - 1] === '\\' ||
    /[\udc00-\udfff]/.test(text[i] ?? '');
  while (end > 0 && unsafe(end)) end--;
  // prefer a word boundary for Latin text if one is near
  const space = text.lastIndexOf(' ', end);
  if (space > end - 20 && space > 0 && /[A-Za-z]/.test(text[end - 1] ?? '')) end = space;
  return text.slice(0, end).trimEnd() + '…';
}

/** Keep whole items while they fit in `max` characters joined by `sep`; return how many were kept. */
export function fitItems(items: string[], sep: string, max: number): { text: string; kept: number } {
  let text = '';
  let kept = 0;
  for (const item of items) {
    const next = kept === 0 ? item : text + sep + item;
    if (next.length > max) break;
    text = next;
    kept++;
  }
  return { text, kept };
}
