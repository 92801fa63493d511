// GET /data — the Frictionless data package for download: datapackage.json, every resource it lists
// and the source text files, served from the data directory as they are; /data lists them.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { html, query } from '../../format/html.js';
import { UI, uiLangOf } from './i18n.js';
import { page } from './layout.js';
import { queryOf, sendFile, sendHtml } from './respond.js';

interface Resource {
  name: string;
  path: string;
  count?: number;
  mediatype?: string;
}

interface DataPackage {
  title?: string;
  version?: string;
  licenses?: { name: string; title?: string }[];
  resources: Resource[];
  sources?: { title: string; path: string }[];
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

function typeOf(path: string): string {
  return TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** Only paths the package names are served: nothing else of the data directory is reachable. */
export function createDataRoutes(dataDir: string): Record<string, Handler> {
  const pkg = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as DataPackage;
  const paths = ['datapackage.json', ...pkg.resources.map((r) => r.path), ...(pkg.sources ?? []).map((s) => s.path)];
  const routes: Record<string, Handler> = {};
  for (const p of new Set(paths)) {
    if (p.includes('..') || p.startsWith('/')) continue;
    routes[`GET /data/${p}`] = (_req, res) => sendFile(res, join(dataDir, p), typeOf(p), 300);
  }
  const index: Handler = (req, res) => {
    const ui = uiLangOf(req, queryOf(req));
    const w = UI[ui];
    const zh = ui === 'zh';
    const rows = pkg.resources.map(
      (r) => html`<tr><td><a href="/data/${r.path}" download>${r.name}</a></td><td>${r.path}</td><td class="num">${r.count ?? ''}</td></tr>`,
    );
    const body = html`<h1>${w.data}</h1>
<p>${pkg.title ?? ''} <span class="muted">(${zh ? '版本' : 'version'} ${pkg.version ?? '-'}; ${pkg.licenses?.map((l) => l.title ?? l.name).join(', ') ?? ''})</span></p>
<p class="actions"><a href="/data/datapackage.json">datapackage.json</a></p>
<div class="table-wrap"><table class="answer-table"><thead><tr><th>${zh ? '資源' : 'Resource'}</th><th>${zh ? '檔案' : 'File'}</th><th class="num">${zh ? '筆數' : 'Records'}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<p>${zh ? '金額為新臺幣元，年度為民國年。' : 'Money in whole NT$, years in ROC years.'} <a href="/sources${query({ lang: ui })}">${w.documents}</a></p>`;
    sendHtml(res, 200, page({ lang: ui, title: `${w.data} — ${w.appTitle}`, body, path: '/data' }));
  };
  routes['GET /data'] = index;
  routes['GET /data/'] = index;
  return routes;
}
