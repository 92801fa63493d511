// Query the search index (built by lunr at ingest, see postings.ts) with the tokens it was built with.
import lunr from 'lunr';
import { cjkAwareStemmer, tokenStrings } from './tokenize.js';
import { loadPostings, queryPostings, type Postings, type PostingsFile } from './postings.js';

export interface SearchHit {
  ref: string;
  score: number;
}

export interface SearchIndex {
  postings: Postings;
  /** documents in the index */
  size: number;
}

export function loadSearchIndex(file: PostingsFile): SearchIndex {
  const postings = loadPostings(file);
  return { postings, size: postings.docs };
}

function docFrequency(s: SearchIndex, token: string): number {
  const id = s.postings.termId.get(token);
  return id === undefined ? 0 : s.postings.df[id];
}

/**
 * How much a token says: rare tokens (iTaiwan, 策展) name a thing, common ones (使用, 計畫) do not.
 * Inverse document frequency over the item index; a token the index lacks counts as rare.
 */
/** Whether any record holds the token. */
export function tokenKnown(s: SearchIndex, token: string): boolean {
  return docFrequency(s, cjkAwareStemmer(new lunr.Token(token, {})).toString()) > 0;
}

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
  return queryPostings(s.postings, tokens, fields).slice(0, limit).map((h) => ({ ref: `${s.postings.refPrefix}${h.doc}`, score: h.score }));
}
