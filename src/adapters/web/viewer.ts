// GET /sources/<doc> — the source viewer every citation links to: the document's title and metadata
// from the manifest, then its text with numbered, linkable lines. GET /sources lists the documents.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { html, query, type Html } from '../../format/html.js';
import { parseDocument, renderDocument, type Block } from './document.js';
import { UI, uiLangOf, type UiLang } from './i18n.js';
import { page } from './layout.js';
import { buildRecordIndex, type RecordIndex } from './records.js';
import { queryOf, sendHtml } from './respond.js';

export interface ManifestEntry {
  doc: string;
  title: string;
  titleEn?: string;
  type?: string;
  year?: number;
  agency?: string;
  publisher?: string;
}

export function readManifest(dataDir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dataDir, 'sources', 'manifest.json'), 'utf8')) as ManifestEntry[];
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function meta(m: ManifestEntry, ui: UiLang): Html {
  const zh = ui === 'zh';
  const rows: [string, string | number | undefined][] = [
    [zh ? '發布機關' : 'Publisher', m.publisher],
    [zh ? '年度' : 'Year', m.year !== undefined ? (zh ? `${m.year} 年度` : `ROC ${m.year} (${m.year + 1911})`) : undefined],
    [zh ? '文件類型' : 'Type', m.type],
    [zh ? '機關代碼' : 'Agency code', m.agency],
    [zh ? '文字檔' : 'Text file', m.doc],
  ];
  return html`<dl class="meta">${rows.filter(([, v]) => v !== undefined).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** One handler per document, keyed by its viewer path; each page is built once per UI language. */
export function createViewerRoutes(dataDir: string, manifest: ManifestEntry[]): Record<string, Handler> {
  const blocks = new Map<string, Block[]>();
  const indexes: Partial<Record<UiLang, RecordIndex>> = {};
  const pages = new Map<string, Html>();
  const build = (m: ManifestEntry, ui: UiLang): Html => {
    if (!blocks.has(m.doc)) blocks.set(m.doc, parseDocument(readFileSync(join(dataDir, 'sources', m.doc), 'utf8')));
    const recs = (indexes[ui] ??= buildRecordIndex(dataDir, ui)).get(m.doc) ?? new Map();
    const w = UI[ui];
    const title = ui === 'en' && m.titleEn ? m.titleEn : m.title;
    const body = html`<article class="source" data-doc="${m.doc}">
<h1>${title}</h1>${ui === 'en' && m.titleEn ? html`<p class="muted" lang="zh-Hant-TW">${m.title}</p>` : ''}
${meta(m, ui)}
<p class="actions"><a href="/data/sources/${encodeURIComponent(m.doc)}">${ui === 'zh' ? '下載原始文字檔' : 'Download the text'}</a>
<a href="/sources${query({ lang: ui })}">${w.documents}</a></p>
${renderDocument(blocks.get(m.doc)!, recs, ui)}
</article>`;
    return page({ lang: ui, title: `${title} — ${w.appTitle}`, body, path: `/sources/${m.doc}`, bodyClass: 'viewer' });
  };
  const routes: Record<string, Handler> = {};
  for (const m of manifest) {
    routes[`GET /sources/${m.doc}`] = (req, res) => {
      const ui = uiLangOf(req, queryOf(req));
      const key = `${ui}:${m.doc}`;
      if (!pages.has(key)) pages.set(key, build(m, ui));
      sendHtml(res, 200, pages.get(key)!);
    };
  }
  const list: Handler = (req, res) => {
    const ui = uiLangOf(req, queryOf(req));
    const w = UI[ui];
    const items = manifest.map((m) => html`<li><a href="/sources/${m.doc}${query({ lang: ui })}">${ui === 'en' && m.titleEn ? m.titleEn : m.title}</a> <span class="muted">${m.doc}</span></li>`);
    sendHtml(res, 200, page({ lang: ui, title: `${w.documents} — ${w.appTitle}`, body: html`<h1>${w.documents}</h1><ul class="doc-list">${items}</ul>`, path: '/sources' }));
  };
  routes['GET /sources'] = list;
  routes['GET /sources/'] = list;
  return routes;
}
