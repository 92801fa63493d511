// Parts of the frame read from the question's text by patterns of their own: a body outside the data,
// proper names, the noun a count counts. Only the reader (understand.ts) calls these.
import { COUNT_UNITS } from '../dataset/ingest/kpi-number.js';
import { AGENCIES, AMBIGUOUS_MINISTRY } from './lexicon.js';

// a body's name starts a word (經濟部 114, 請問交通部…); not 考核部 inside 管制考核部管制 (本部管制)
// ministries and agencies have short names (經濟部, 衛福部, 國發會 …); institutes may be long (國家資通安全研究院);
// a council's short name is three characters standing alone (國科會 114 年)
const FOREIGN_BODY = /(?<=^|[^\u3400-\u9fff]|[的與和及跟]|請問|查詢|告訴我)(總統府|[\u3400-\u9fff]{1,5}?(?:部|署|局|委員會|縣政府|市政府)|[\u3400-\u9fff]{1,10}?院|[\u3400-\u9fff]{2}會(?![\u3400-\u9fff]))/g;
/** Names of the ministry and its agencies (the registry's, in Chinese), and 主管 (a ministry-level budget). */
const OUR_BODIES = new RegExp([...AGENCIES.flatMap((a) => [a.zh, ...a.aliases]), ...AMBIGUOUS_MINISTRY, '主管'].filter((n) => /[\u3400-\u9fff]/.test(n)).join('|'));
const NOT_BODIES = /^(全部|內部|外部|局部|細部|頂部|本署|該署|各部|部分|全署|司署|各司署|部會|各部會|各院|大會|年會|協會|學會|公會|工會|商會|議會|國會|社會|機會|都會|聚會|開會|與會)$/;

/** A government body named that the data does not cover ("國防部", "ministry of transport"). */
const EN_BODIES = [/\b(ministry of (?!digital)[a-z]+(?: affairs)?)\b/g, /\b([a-z]+ (?:ministry|council|commission|department))\b/g];
/** Words before "ministry" that name no body ("what is the ministry …", "the ministry" is this one). */
const NOT_EN_BODY = /digital|^(?:the|this|our|is|a|an|what|which|whole|entire) (?:ministry|council|commission|department)$/;

export function findForeignBody(s: string): string | null {
  for (const re of EN_BODIES) for (const m of s.matchAll(re)) if (!NOT_EN_BODY.test(m[1])) return m[1];
  for (const m of s.matchAll(FOREIGN_BODY)) {
    const name = m[1].replace(/^(請問|查詢|的|與|和|及)/, '');
    if (!OUR_BODIES.test(name) && name.length >= 2 && !NOT_BODIES.test(name)) return name;
  }
  return null;
}

/** Acronyms and brand names as written: two capitals (GSN, MyData) or a capital inside a word (iTaiwan). */
export function properNamesOf(raw: string): string[] {
  const words = raw.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  return [...new Set(words.filter((w) => /[A-Z].*[A-Z]|[a-z][A-Z]/.test(w)).map((w) => w.toLowerCase().replace(/-/g, '')))];
}

/** The noun a count question counts: 幾個主題 → 主題, 多少家廠商 → 廠商. */
export function readCountedNoun(norm: string): string | undefined {
  const after = norm.match(/(?:幾|多少)\s*(?:個|項|件|家|位|名|張|場|次|筆|座|組|隊|案|種)?\s*([\u3400-\u9fff]{2,8})/)?.[1];
  if (after && !COUNT_UNITS.includes(after.slice(0, 2))) return after;
  // 下載量多少人次: the measure asked stands before the question word
  return norm.match(/([\u3400-\u9fff]{2,3})(?:有|是|為|達)?(?:幾|多少)/)?.[1] ??
    // English read through the glossary: how many 提案, how many tokens
    norm.match(/how many\s+([\u3400-\u9fff]{2,4}|[a-z]{2,})/)?.[1];
}
