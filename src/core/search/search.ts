// Query the serialised lunr index with the same tokens it was built with.
import lunr from 'lunr';
import { tokenStrings } from './tokenize.js';

export interface SearchHit {
  ref: string;
  score: number;
}

export function loadSearchIndex(json: object): lunr.Index {
  return lunr.Index.load(json);
}

/** Any-term query over the question's tokens; lunr ranks by BM25 over bigrams and words. */
export function searchIndex(index: lunr.Index, text: string, limit = 60): SearchHit[] {
  const tokens = [...new Set(tokenStrings(text))];
  if (tokens.length === 0) return [];
  try {
    const hits = index.query((q) => {
      for (const t of tokens) q.term(t, { usePipeline: true });
    });
    return hits.slice(0, limit).map((h) => ({ ref: h.ref, score: h.score }));
  } catch {
    return [];
  }
}
