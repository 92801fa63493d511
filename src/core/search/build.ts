// Build the lunr indexes at ingest time; the bot loads their postings (postings.ts). Two indexes:
// what a question can point at (loaded at start-up) and the prose passages (loaded on the first
// keyword search).
import lunr from 'lunr';
import type { Dataset } from '../../dataset/schema.js';
import { buildCatalog } from '../catalog.js';
import { cjkAwareStemmer, lunrTokenizer } from './tokenize.js';
import { postingsFromLunr, type PostingsFile } from './postings.js';

/** lunr's index of the documents `add` adds, serialised as lunr writes it. */
function buildLunr(add: (builder: lunr.Builder) => void): object {
  return lunr(function () {
    this.tokenizer = lunrTokenizer as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(cjkAwareStemmer as unknown as lunr.PipelineFunction);
    this.searchPipeline.add(cjkAwareStemmer as unknown as lunr.PipelineFunction);
    this.ref('ref');
    this.field('name', { boost: 5 });
    this.field('text');
    this.metadataWhitelist = [];
    add(this);
  }).toJSON();
}

/** i<n> is catalog.items[n]. */
export function buildLunrItemIndex(data: Dataset): object {
  const catalog = buildCatalog(data);
  return buildLunr((b) =>
    catalog.items.forEach((item, n) => {
      // a prose figure is found by the paragraph around it too (the event, platform or programme it is about)
      const text = item.kind === 'line' ? item.text.slice(0, 300) : item.kind === 'kpi' ? item.context ?? '' : '';
      b.add({ ref: `i${n}`, name: [item.name, ...item.match].join(' '), text });
    }),
  );
}

/** p<n> is data.passages[n]. */
export function buildLunrPassageIndex(data: Dataset): object {
  return buildLunr((b) => data.passages.forEach((p, n) => b.add({ ref: `p${n}`, name: p.headings.at(-1) ?? '', text: p.text })));
}

export const buildItemIndex = (data: Dataset): PostingsFile => postingsFromLunr(buildLunrItemIndex(data), 'i', buildCatalog(data).items.length);
export const buildPassageIndex = (data: Dataset): PostingsFile => postingsFromLunr(buildLunrPassageIndex(data), 'p', data.passages.length);

export const INDEX_FILES = { items: 'search-index.json', passages: 'search-passages.json' } as const;
