// Query the serialised lunr index with the same tokens it was built with.
import lunr from 'lunr';
import { cjkAwareStemmer, tokenStrings } from './tokenize.js';

export interface SearchHit {
  ref: string;
  score: number;
}

export interface SearchIndex {
  index: lunr.Index;
  /** documents in the index */
  size: number;
  /** document frequency per token, computed on first use */
  df: Map<string, number>;
}

export function loadSearchIndex(json: object): SearchIndex {
  const index = lunr.Index.load(json);
  const size = Object.keys((json as { fieldVectors: unknown[] }).fieldVectors ?? []).length / Math.max(1, (index as unknown as { fields: string[] }).fields.length);
  return { index, size, df: new Map() };
}

function docFrequency(s: SearchIndex, token: string): number {
  let n = s.df.get(token);
  if (n === undefined) {
    const postings = (s.index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown>> | undefined> }).invertedIndex[token];
    const docs = new Set<string>();
    if (postings) for (const [field, refs] of Object.entries(postings)) if (field !== '_index') for (const ref of Object.keys(refs)) docs.add(ref);
    n = docs.size;
    s.df.set(token, n);
  }
  return n;
}

/**
 * How much a token says: rare tokens (iTaiwan, 策展) name a thing, common ones (使用, 計畫) do not.
 * Inverse document frequency over the item index; a token the index lacks counts as rare.
 */
export function tokenWeight(s: SearchIndex, token: string): number {
  const df = docFrequency(s, cjkAwareStemmer(new lunr.Token(token, {})).toString());
  // an English word no record contains (took, part) cannot tell records apart: it weighs nothing
  if (df === 0 && /^[a-z]+$/.test(token)) return 0;
  return Math.log(1 + s.size / (1 + df));
}

const POSTINGS_BUDGET = 600;

/** The tokens worth asking lunr about: the rarest ones. A bigram in many documents
 * (預算, 計畫) says little and costs a walk over every one of them. */
function queryTokens(s: SearchIndex, text: string): string[] {
  const stemmed = tokenStrings(text).map((t) => cjkAwareStemmer(new lunr.Token(t, {})).toString());
  const tokens = [...new Set(stemmed)].map((t) => ({ t, df: docFrequency(s, t) })).filter((x) => x.df > 0);
  tokens.sort((a, b) => a.df - b.df);
  // rarest first, within a budget of postings to walk; always at least the rarest one, unless even
  // that one is in so many documents that it cannot tell them apart
  const out: string[] = [];
  if (tokens.length && tokens[0].df > POSTINGS_BUDGET * 4) return out;
  let postings = 0;
  for (const x of tokens) {
    if (out.length >= 1 && (postings + x.df > POSTINGS_BUDGET || out.length >= 10)) break;
    out.push(x.t);
    postings += x.df;
  }
  return out;
}

/** Any-term query over the question's rarest tokens; lunr ranks by BM25 over bigrams and words. */
export function searchIndex(s: SearchIndex, text: string, limit = 60, fields?: ('name' | 'text')[]): SearchHit[] {
  const tokens = queryTokens(s, text);
  if (tokens.length === 0) return [];
  try {
    const hits = s.index.query((q) => {
      for (const t of tokens) q.term(t, { usePipeline: false, ...(fields ? { fields } : {}) });
    });
    return hits.slice(0, limit).map((h) => ({ ref: h.ref, score: h.score }));
  } catch {
    return [];
  }
}
