// Build the lunr index at ingest time; the bot loads it serialised.
import lunr from 'lunr';
import type { Dataset } from '../../dataset/schema.js';
import { buildCatalog } from '../catalog.js';
import { cjkAwareStemmer, lunrTokenizer } from './tokenize.js';

export function buildSearchIndex(data: Dataset): object {
  const catalog = buildCatalog(data);
  const index = lunr(function () {
    this.tokenizer = lunrTokenizer as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(cjkAwareStemmer as unknown as lunr.PipelineFunction);
    this.searchPipeline.add(cjkAwareStemmer as unknown as lunr.PipelineFunction);
    this.ref('ref');
    this.field('name', { boost: 5 });
    this.field('text');
    this.metadataWhitelist = [];
    // short refs keep the serialised index small: i<n> is catalog.items[n], p<n> is data.passages[n]
    catalog.items.forEach((item, n) => {
      this.add({ ref: `i${n}`, name: [item.name, ...item.match].join(' '), text: item.kind === 'line' ? item.text.slice(0, 300) : '' });
    });
    data.passages.forEach((p, n) => {
      this.add({ ref: `p${n}`, name: p.headings.at(-1) ?? '', text: p.text });
    });
  });
  return index.toJSON();
}
