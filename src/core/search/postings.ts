// The search index as the bot reads it: lunr builds the index at ingest, and its postings and BM25
// weights are written as flat arrays (base64 of Int32Array). Loading is a few milliseconds and a
// few megabytes, where lunr's own JSON took ~150 ms and ~40 MB; querying reproduces lunr's scores
// and order exactly (test/core/postings.test.ts checks it against lunr.Index.query).

interface FieldPostingsFile {
  /** per term id: where its postings start in `doc` / `weight` (length terms + 1) */
  start: string;
  doc: string;
  /** lunr's field-vector weight × 1000 (lunr rounds weights to three decimals, so this is exact) */
  weight: string;
}

export interface PostingsFile {
  format: 'postings/1';
  /** refs are `${refPrefix}${doc number}` */
  refPrefix: string;
  docs: number;
  fields: string[];
  /** term id → term, in lunr's term-index order (the order its vectors sum in) */
  terms: string[];
  /** per term id: documents holding it in any field */
  df: string;
  postings: Record<string, FieldPostingsFile>;
}

interface FieldPostings {
  start: Int32Array;
  doc: Int32Array;
  weight: Int32Array;
}

export interface Postings {
  refPrefix: string;
  docs: number;
  fields: string[];
  termId: Map<string, number>;
  df: Int32Array;
  byField: Map<string, FieldPostings>;
  /** per-document working arrays, reused by every query (the bot answers one question at a time) */
  scratch?: { stamp: Int32Array; generation: number; position: Int32Array; dot: Float64Array };
}

export interface ScoredDoc {
  doc: number;
  score: number;
}

const encode = (xs: number[]) => Buffer.from(Int32Array.from(xs).buffer).toString('base64');
function decode(b64: string): Int32Array {
  const bytes = Buffer.from(b64, 'base64');
  // copied into its own buffer: Buffer.from may hand back a slice of a shared pool, unaligned
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

interface LunrJson {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
}

/** lunr's serialised index → postings. Refs must be `${refPrefix}<n>` with n = 0 … docs − 1. */
export function postingsFromLunr(json: object, refPrefix: string, docs: number): PostingsFile {
  const lunr = json as LunrJson;
  const weightOf = new Map<string, Map<number, number>>();
  for (const [fieldRef, elements] of lunr.fieldVectors) {
    const m = new Map<number, number>();
    for (let i = 0; i < elements.length; i += 2) m.set(elements[i], Math.round(elements[i + 1] * 1000));
    weightOf.set(fieldRef, m);
  }
  const byIndex = [...lunr.invertedIndex].sort((a, b) => a[1]._index - b[1]._index);
  const docNumber = (ref: string) => Number(ref.slice(refPrefix.length));
  const df = byIndex.map(([, posting]) => new Set(lunr.fields.flatMap((f) => Object.keys((posting[f] ?? {}) as object))).size);
  const postings: Record<string, FieldPostingsFile> = {};
  for (const field of lunr.fields) {
    const start = [0];
    const doc: number[] = [];
    const weight: number[] = [];
    for (const [, posting] of byIndex) {
      // refs in the order lunr holds them: the order it visits (and first ranks) documents
      for (const ref of Object.keys((posting[field] ?? {}) as object)) {
        doc.push(docNumber(ref));
        weight.push(weightOf.get(`${field}/${ref}`)?.get(posting._index) ?? 0);
      }
      start.push(doc.length);
    }
    postings[field] = { start: encode(start), doc: encode(doc), weight: encode(weight) };
  }
  return { format: 'postings/1', refPrefix, docs, fields: lunr.fields, terms: byIndex.map(([t]) => t), df: encode(df), postings };
}

export function loadPostings(file: PostingsFile): Postings {
  if (file.format !== 'postings/1') throw new Error(`search index: unknown format ${String(file.format)}; run \`npm run ingest\``);
  const byField = new Map<string, FieldPostings>();
  for (const f of file.fields) {
    const p = file.postings[f];
    byField.set(f, { start: decode(p.start), doc: decode(p.doc), weight: decode(p.weight) });
  }
  return { refPrefix: file.refPrefix, docs: file.docs, fields: file.fields, termId: new Map(file.terms.map((t, i) => [t, i])), df: decode(file.df), byField };
}

/**
 * lunr's query, for plain terms (no wildcards, presence or boosts): a document's score in a field is
 * the sum of its weights for the query's terms (in term-index order, as lunr's vector dot product
 * adds them) over the query vector's length; fields add up. Ties keep the order lunr first meets
 * the documents in, term by term, field by field.
 */
export function queryPostings(p: Postings, terms: string[], fields: string[] = p.fields): ScoredDoc[] {
  const ids = [...new Set(terms)].map((t) => p.termId.get(t)).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return [];
  const lists = fields.map((f) => p.byField.get(f)).filter((fp): fp is FieldPostings => fp !== undefined);
  const s = (p.scratch ??= { stamp: new Int32Array(p.docs), generation: 0, position: new Int32Array(p.docs), dot: new Float64Array(p.docs) });
  const generation = ++s.generation;
  const seen: number[] = [];
  for (const id of ids) {
    for (const fp of lists) {
      for (let k = fp.start[id]; k < fp.start[id + 1]; k++) {
        const doc = fp.doc[k];
        if (s.stamp[doc] === generation) continue;
        s.stamp[doc] = generation;
        s.position[doc] = seen.length;
        seen.push(doc);
      }
    }
  }
  const norm = Math.sqrt(ids.length);
  const score = new Float64Array(seen.length);
  const ascending = [...ids].sort((a, b) => a - b);
  for (const fp of lists) {
    for (const id of ascending) for (let k = fp.start[id]; k < fp.start[id + 1]; k++) s.dot[fp.doc[k]] += fp.weight[k] / 1000;
    // a document with no term in this field adds 0, which leaves its score as it was
    for (const doc of seen) {
      score[s.position[doc]] += s.dot[doc] / norm || 0;
      s.dot[doc] = 0;
    }
  }
  const out: ScoredDoc[] = seen.map((doc, i) => ({ doc, score: score[i] }));
  return out.sort((a, b) => b.score - a.score);
}
