// The web routes over HTTP, without a browser: escaping, security headers, the viewer's anchors and
// records, the data package, CSV export and the lookup page's session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { RateLimiter } from '../../src/adapters/limits.js';
import { adiBudget114, sharedEngine, startWeb, thousands, type WebServer } from './harness.js';

const ADI = '數位產業署 114 年度預算';
let web: WebServer;

beforeAll(async () => {
  web = await startWeb({ limiter: new RateLimiter(1000), maxQuestionChars: 200 });
});
afterAll(() => web.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(web.url + path, { headers });

describe('lookup page', () => {
  it('shows the headline figure from the data and links its citation to the viewer line', async () => {
    const row = adiBudget114();
    const res = await get(`/?q=${encodeURIComponent(ADI)}`);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain(`data-value="${row.budget}"`);
    expect(body).toContain(`${thousands(row.budget!)} 千元`);
    expect(body).toContain(`href="/sources/${row.doc}?lang=zh#L${row.line}"`);
  });

  it('escapes a question containing markup and sends a strict CSP', async () => {
    const q = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const res = await get(`/?q=${encodeURIComponent(q)}`);
    const body = await res.text();
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a question over the length cap, as the API does', async () => {
    const res = await get(`/?q=${encodeURIComponent('預算'.repeat(150))}`);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('問題太長了');
  });

  it('keeps one session in an HttpOnly, SameSite cookie across a follow-up, and a reload adds no turn', async () => {
    const first = await get(`/?q=${encodeURIComponent(ADI)}`);
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^moda_session=[A-Za-z0-9_-]{22};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = setCookie.split(';')[0];
    const s = cookie.split('=')[1];
    // the id is in no link and no form of the page
    expect(await first.text()).not.toContain(s);
    await get(`/?q=${encodeURIComponent(ADI)}`, { cookie });
    const second = await get(`/?q=${encodeURIComponent('那 113 年呢？')}`, { cookie });
    expect(second.headers.get('set-cookie')).toBeNull();
    const asked = [...(await second.text()).matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(asked).toEqual([ADI, '那 113 年呢？']);
  });

  it('ignores a session id in the URL: a shared link carries the question only', async () => {
    const owner = await get(`/?q=${encodeURIComponent(ADI)}`);
    const s = (owner.headers.get('set-cookie') ?? '').split(';')[0].split('=')[1];
    expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // another client given the id in a URL sees neither the earlier question nor its context
    const other = await (await get(`/?q=${encodeURIComponent('那 113 年呢？')}&s=${s}`)).text();
    expect(other).not.toContain(`<li>${ADI}</li>`);
    const standalone = await (await get(`/?q=${encodeURIComponent('那 113 年呢？')}`)).text();
    const headline = (page: string) => /data-value="(\d+)"/.exec(page)?.[1];
    expect(headline(other)).toBe(headline(standalone));
  });

  it('rate-limits with the shared limiter', async () => {
    const limited = await startWeb({ limiter: new RateLimiter(1) });
    try {
      expect((await fetch(`${limited.url}/?q=a`)).status).toBe(200);
      expect((await fetch(`${limited.url}/?q=b`)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('source viewer', () => {
  it('numbers every line, renders the cited table line as a row, and lists the records read from it', async () => {
    const row = adiBudget114();
    const body = await (await get(`/sources/${row.doc}?lang=zh`)).text();
    const text = readFileSync(join(DATA_DIR, 'sources', row.doc), 'utf8');
    const printed = text.split(/\r?\n/).filter((l) => l.trim()).length;
    expect(body.match(/ id="L\d+"/g)?.length).toBe(printed);
    expect(body).toMatch(new RegExp(`<tr id="L${row.line}"[^>]*>`));
    const records = body.slice(body.indexOf(`id="R${row.line}"`));
    expect(records.slice(0, records.indexOf('</details>'))).toContain(`${thousands(row.budget!)} 千元`);
  });

  it('has a page for every document of the manifest and nothing else', async () => {
    const docs = readdirSync(join(DATA_DIR, 'sources')).filter((f) => f.endsWith('.txt'));
    for (const doc of docs) expect((await get(`/sources/${doc}`)).status).toBe(200);
    expect((await get('/sources/..%2Fdatapackage.json')).status).toBe(404);
  });
});

describe('data package and CSV', () => {
  it('serves datapackage.json and each resource it lists, and nothing else of data/', async () => {
    const pkg = (await (await get('/data/datapackage.json')).json()) as { resources: { path: string }[] };
    for (const r of pkg.resources) expect((await get(`/data/${r.path}`)).status).toBe(200);
    expect((await get('/data/search-index.json')).status).toBe(404);
  });

  it('exports the answer table as UTF-8 CSV with a BOM and the table figures as plain numbers', async () => {
    const q = '114 年度哪個機關預算最多';
    const res = await get(`/api/ask.csv?q=${encodeURIComponent(q)}`);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const table = sharedEngine().ask(q).table!;
    const rows = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(table.columns);
    for (const [i, r] of table.rows.entries()) {
      for (const c of table.numeric ?? []) expect(Number(rows[i + 1][c])).toBe(Number(r[c].replace(/,/g, '')));
    }
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const { answerCsv } = await import('../../src/adapters/web/csv.js');
    const csv = answerCsv({
      query: 'x', lang: 'en', intent: 'search', summary: '', figures: [], sources: [], suggestions: [],
      table: { columns: ['Text'], rows: [['=HYPERLINK("http://x")'], ['a, "b"']] },
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"a, ""b"""');
  });
});
