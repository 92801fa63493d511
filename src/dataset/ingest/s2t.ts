// The Simplified → Traditional character table the bot normalises questions with, derived from OpenCC.
import { createRequire } from 'node:module';

type Convert = (s: string) => string;

/**
 * Every CJK unified ideograph that OpenCC (cn → tw) writes differently, as one character, except
 * characters the source documents themselves use (占 is Traditional too; converting it would break
 * 人事費占決算比例).
 */
export function buildS2tCharTable(keep: Set<string> = new Set()): Record<string, string> {
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => Convert };
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const table: Record<string, string> = {};
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    const out = convert(ch);
    if (out !== ch && [...out].length === 1 && !keep.has(ch)) table[ch] = out;
  }
  return table;
}
