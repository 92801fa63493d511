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
    for (const item of catalog.items) {
      this.add({ ref: item.id, name: [item.name, ...item.match].join(' '), text: item.kind === 'line' ? item.text.slice(0, 300) : '' });
    }
    for (const p of data.passages) {
      this.add({ ref: `passage:${p.id}`, name: p.headings.join(' '), text: p.text });
    }
  });
  return index.toJSON();
}
