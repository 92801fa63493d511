// Question normalisation: width, 台/臺, Simplified → Traditional, case, stray spaces.
import { createRequire } from 'node:module';

type Convert = (s: string) => string;
let toTraditional: Convert | null = null;

/** Loaded on first use (the dictionary takes ~0.2 s); `warmNormalizer` loads it ahead of time. */
function simplifiedToTraditional(s: string): string {
  if (!/[\u4e00-\u9fff]/.test(s)) return s;
  if (!toTraditional) {
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => Convert };
    toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  }
  return toTraditional(s);
}

export function warmNormalizer(): void {
  simplifiedToTraditional('数');
}

/** Full-width ASCII to half-width, ideographic space to space (NFKC also folds compatibility forms). */
function toHalfWidth(s: string): string {
  return s.normalize('NFKC').replace(/\u3000/g, ' ');
}

/** Variant characters written interchangeably in names. */
const VARIANTS: [RegExp, string][] = [
  [/台/g, '臺'],
  [/綫/g, '線'],
  [/裏/g, '裡'],
];

export function normalizeQuestion(raw: string): string {
  let s = toHalfWidth(raw);
  s = simplifiedToTraditional(s);
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  s = s.toLowerCase();
  // drop spaces between CJK characters ("數位 產業署"), keep them around Latin words and numbers
  s = s.replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '$1');
  return s.replace(/\s+/g, ' ').trim();
}

/** The same folding for names from the data, without the Simplified conversion (they are Traditional). */
export function normalizeName(name: string): string {
  let s = toHalfWidth(name);
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Characters that carry no meaning for matching. */
export function compact(s: string): string {
  return s.replace(/[\s,，、。．.;；:：!！?？「」『』()（）\[\]【】"'`~*_\-–—/\\|<>《》〈〉]+/g, '');
}
