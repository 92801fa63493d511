// The sources tool: the documents every figure is read from, with their titles (Chinese as printed,
// and English), kind, year and agency, and their page in the source viewer when it is public.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SourceDoc } from '../../dataset/schema.js';
import { DATA_DIR } from '../../dataset/paths.js';
import { sourceUrl } from '../../format/source-link.js';
import type { SourcesOutput } from './schemas.js';

/** data/sources/manifest.json, read once. */
export function readSources(dataDir = DATA_DIR): SourceDoc[] {
  return z.array(SourceDoc).parse(JSON.parse(readFileSync(join(dataDir, 'sources', 'manifest.json'), 'utf8')));
}

export function sourcesOutput(docs: SourceDoc[], baseUrl?: string): SourcesOutput {
  return { documents: docs.map((d) => (baseUrl ? { ...d, url: sourceUrl(baseUrl, { doc: d.doc }) } : { ...d })) };
}

export function sourcesText(out: SourcesOutput): string {
  const line = (d: SourcesOutput['documents'][number]) =>
    `- ${d.doc}: ${d.title} / ${d.titleEn} (${d.type}, ${d.year})${d.url ? ` <${d.url}>` : ''}`;
  return out.documents.map(line).join('\n');
}
