// The phrasebook: every sentence, label and heading an answer says, in zh-TW and English. The core
// knows the question's language and asks for its book; it never tests the language itself.
import type { Lang } from '../core/answer.js';
import { COMMON } from './phrases/common.js';
import { AMOUNT } from './phrases/amount.js';
import { LISTS } from './phrases/lists.js';
import { COMPUTED } from './phrases/computed.js';
import { RECORDS } from './phrases/records.js';

export type { RankLevel, RankMeasure, BreakdownBy, CollectionName } from './phrases/lists.js';
export type { FigureOperation } from './phrases/computed.js';

function bookOf(lang: Lang) {
  return { ...COMMON[lang], amount: AMOUNT[lang], lists: LISTS[lang], computed: COMPUTED[lang], records: RECORDS[lang] };
}

export type Phrases = ReturnType<typeof bookOf>;

const BOOKS: Record<Lang, Phrases> = { zh: bookOf('zh'), en: bookOf('en') };

/** The phrasebook of a language. */
export function phrase(lang: Lang): Phrases {
  return BOOKS[lang];
}

/** One of two forms the data holds, by language (a title and its English title). */
export function inLanguage<T>(lang: Lang, forms: Record<Lang, T>): T {
  return forms[lang];
}
