// The postings the bot searches give lunr's own results: same documents, same order, same scores,
// on every question of the project's question sets, over all fields and over one field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { buildCatalog } from '../../src/core/catalog.js';
import { buildLunrItemIndex, buildLunrPassageIndex } from '../../src/core/search/build.js';
import { loadPostings, postingsFromLunr, queryPostings } from '../../src/core/search/postings.js';
import { cjkAwareStemmer, tokenStrings } from '../../src/core/search/tokenize.js';

const data = loadDataset();
const questions = ['eval/rephrasings.jsonl', 'eval/audit-questions.jsonl', 'eval/holdout-questions.jsonl', 'eval/sample-questions.jsonl']
  .flatMap((f) => readFileSync(join(import.meta.dirname, '..', f), 'utf8').split('\n').filter(Boolean))
  .map((l) => (JSON.parse(l) as { q: string }).q);
const stemmed = (q: string) => [...new Set(tokenStrings(q).map((t) => cjkAwareStemmer(new lunr.Token(t, {})).toString()))];

function compare(lunrJson: object, prefix: string, docs: number) {
  const index = lunr.Index.load(lunrJson);
  const postings = loadPostings(JSON.parse(JSON.stringify(postingsFromLunr(lunrJson, prefix, docs))));
  let compared = 0;
  for (const q of questions) {
    const terms = stemmed(q).filter((t) => postings.termId.has(t));
    if (terms.length === 0) continue; // lunr answers an empty query with every document; the bot never asks one
    for (const fields of [undefined, ['name'], ['text']]) {
      const expected = index.query((query) => {
        for (const t of terms) query.term(t, { usePipeline: false, ...(fields ? { fields } : {}) });
      });
      const got = queryPostings(postings, terms, fields);
      expect(got.map((h) => `${prefix}${h.doc}`), q).toEqual(expected.map((h) => h.ref));
      expect(got.map((h) => h.score), q).toEqual(expected.map((h) => h.score));
      compared += expected.length;
    }
  }
  return compared;
}

describe('postings', () => {
  it('rank the items exactly as lunr does', () => {
    expect(compare(buildLunrItemIndex(data), 'i', buildCatalog(data).items.length)).toBeGreaterThan(10_000);
  });
  it('rank the passages exactly as lunr does', () => {
    expect(compare(buildLunrPassageIndex(data), 'p', data.passages.length)).toBeGreaterThan(10_000);
  });
});
