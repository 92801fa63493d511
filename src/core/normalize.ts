// Question normalisation: width, 台/臺, Simplified → Traditional, case, stray spaces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../dataset/paths.js';

/**
 * Simplified → Traditional, character by character, from a table that ingest derives from OpenCC
 * (data/s2t-chars.json). A full phrase converter costs ~60 MB and 200 ms to load; names only need characters.
 */
let s2t: Map<string, string> | null = null;

function simplifiedToTraditional(s: string): string {
  if (!/[\u4e00-\u9fff]/.test(s)) return s;
  if (!s2t) {
    const table = JSON.parse(readFileSync(join(DATA_DIR, 's2t-chars.json'), 'utf8')) as Record<string, string>;
    s2t = new Map(Object.entries(table));
  }
  let out = '';
  for (const ch of s) out += s2t.get(ch) ?? ch;
  return out;
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
  // mainland terms for the same things
  [/數字(?=產業|發展|部|經濟|轉型|治理|韌性)/g, '數位'],
  [/信息/g, '資訊'],
  [/軟件/g, '軟體'],
  [/硬件/g, '硬體'],
  [/網絡安全/g, '資通安全'],
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
// names repeat across records (every year of a line, every keyword of a figure): normalised once
const normalizedNames = new Map<string, string>();
const NAME_CACHE_LIMIT = 100_000;

export function normalizeName(name: string): string {
  let out = normalizedNames.get(name);
  if (out === undefined) {
    let s = toHalfWidth(name);
    for (const [re, to] of VARIANTS) s = s.replace(re, to);
    out = compact(s.toLowerCase());
    if (normalizedNames.size < NAME_CACHE_LIMIT) normalizedNames.set(name, out);
  }
  return out;
}

/** Characters that carry no meaning for matching. */
/** compact, but English words stay apart (plugged into t-road is three words, not one); a hyphen inside a word stays. */
export function compactWords(s: string): string {
  return compact(s.replace(/([a-z0-9])([-\s,，、。．.;；:：!！?？()（）「」"']+)(?=[a-z0-9])/g, (_, c: string, gap: string) => (gap === '-' ? `${c}-` : `${c}\u0001`)))
    .replace(/\u0001/g, ' ');
}

export function compact(s: string): string {
  return s
    .replace(/(?<![a-z0-9])-|-(?![a-z0-9])/g, '')
    .replace(/[\s,，、。．.;；:：!！?？「」『』()（）\[\]【】"'`~*_–—/\\|<>《》〈〉]+/g, '');
}

/** The language of a question: Chinese when it has a Chinese character, else English. */
export function detectLanguage(text: string): 'zh' | 'en' {
  return /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
}
