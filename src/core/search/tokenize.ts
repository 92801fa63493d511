// Tokens for lunr that keep Chinese: CJK runs become character bigrams, Latin runs become words.
import lunr from 'lunr';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// a lone Latin letter between Chinese characters belongs to the run (資安 A 級, 我的 e 政府)
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+(?:[a-z][\u3400-\u9fff\uf900-\ufaff]+)*|[a-z0-9][a-z0-9.+-]*/g;

/** Plain string tokens of a text (already normalised or not: lower-cased here). */
export function tokenStrings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/([\u3400-\u9fff])\s+([a-z])\s+(?=[\u3400-\u9fff])/g, '$1$2').matchAll(RUNS)) {
    const run = m[0];
    if (CJK.test(run[0])) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    } else {
      const w = run.replace(/[.+-]+$/, '');
      if (w.length > 1 || /\d/.test(w)) out.push(w);
    }
  }
  return out;
}

/** Set of CJK bigrams and Latin words, for overlap scoring. */
export function bigramSet(text: string): Set<string> {
  return new Set(tokenStrings(text));
}

/** lunr tokenizer with the same rules; metadata keeps lunr's position bookkeeping happy. */
export function lunrTokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.join(' ') : String(obj);
  return tokenStrings(text).map((t, i) => new lunr.Token(t, { position: [i, t.length], index: i }));
}

/** English words are stemmed; Chinese bigrams pass through unchanged. */
export function cjkAwareStemmer(token: lunr.Token): lunr.Token {
  const s = token.toString();
  return /^[a-z]{3,}$/.test(s) ? (lunr.stemmer(token) as lunr.Token) : token;
}

// registered once per process, even when both the source and the compiled build are loaded (the bench)
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
if (!('cjkAwareStemmer' in registered)) lunr.Pipeline.registerFunction(cjkAwareStemmer as unknown as lunr.PipelineFunction, 'cjkAwareStemmer');
