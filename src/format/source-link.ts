// One citation link: where a figure's source line opens in the web source viewer.
import type { Source } from '../core/answer.js';

/** Path of the viewer page for a document, with the line's anchor when the source names one. */
export function sourcePath(source: Pick<Source, 'doc' | 'line'>): string {
  const anchor = source.line ? `#L${source.line}` : '';
  return `/sources/${encodeURIComponent(source.doc)}${anchor}`;
}

/** `${base}/sources/${doc}#L${line}`; a trailing slash on the base is dropped. */
export function sourceUrl(base: string, source: Pick<Source, 'doc' | 'line'>): string {
  return `${base.replace(/\/+$/, '')}${sourcePath(source)}`;
}
