// Amounts as Chinese prose writes them: "55 億 6,105 萬元", "3 億 1,754 萬元", "1,612 萬", "167 萬".

const AMOUNT = /(?:(\d[\d,]*(?:\.\d+)?)\s*億)?\s*(?:(\d[\d,]*(?:\.\d+)?)\s*萬)?\s*(?:(\d[\d,]*(?:\.\d+)?))?/;

/** The value of a 億/萬 amount in base units (元, 人, 件 …), or null when the text has none. */
export function parseZhAmount(text: string): number | null {
  const m = text.trim().match(new RegExp(`^${AMOUNT.source}`));
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const n = (s?: string) => (s ? Number(s.replace(/,/g, '')) : 0);
  if (!m[1] && !m[2]) return n(m[3]);
  return Math.round(n(m[1]) * 1e8 + n(m[2]) * 1e4 + n(m[3]));
}

/** Every "… 億 … 萬元" money amount in a sentence, with where it starts. */
export function findZhMoney(text: string): { value: number; text: string; index: number }[] {
  const out: { value: number; text: string; index: number }[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?\s*億\s*(?:\d[\d,]*\s*萬)?|\d[\d,]*(?:\.\d+)?\s*萬)\s*元/g)) {
    const value = parseZhAmount(m[1]);
    if (value !== null) out.push({ value, text: m[0], index: m.index ?? 0 });
  }
  return out;
}
