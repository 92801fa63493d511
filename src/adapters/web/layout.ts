// The shell every web page shares: head with the stylesheet and the one script file, a header with
// the language and presentation switches, and a footer linking the documents and the open data.
import { attr, html, query, type Html } from '../../format/html.js';
import { UI, type UiLang } from './i18n.js';

export interface PageOptions {
  lang: UiLang;
  title: string;
  body: Html;
  present?: boolean;
  /** parameters the language and presentation switches keep (question, session) */
  keep?: Record<string, string | undefined>;
  /** the page's own path, for the switches */
  path?: string;
  bodyClass?: string;
}

function header(o: PageOptions): Html {
  const w = UI[o.lang];
  const path = o.path ?? '/';
  const keep = o.keep ?? {};
  const other: UiLang = o.lang === 'zh' ? 'en' : 'zh';
  const langHref = path + query({ ...keep, lang: other, present: o.present ? '1' : undefined });
  const presentHref = path + query({ ...keep, lang: o.lang, present: o.present ? undefined : '1' });
  return html`<header class="top">
  <a class="brand" href="/${query({ lang: o.lang })}">${w.appTitle}</a>
  <nav>
    <a id="toggle-present" class="toggle-present" href="${presentHref}" accesskey="p" aria-keyshortcuts="${o.present ? 'P Escape' : 'P'}">${o.present ? w.leavePresent : w.present}<kbd>${o.present ? 'Esc' : 'P'}</kbd></a>
    <a id="toggle-lang" href="${langHref}" hreflang="${other === 'zh' ? 'zh-Hant-TW' : 'en'}">${w.otherLang}</a>
  </nav>
</header>`;
}

function footer(lang: UiLang): Html {
  const w = UI[lang];
  return html`<footer class="bottom">
  <a href="/sources${query({ lang })}">${w.documents}</a>
  <a href="/data${query({ lang })}">${w.data}</a>
  <span class="keys">${w.keys}</span>
</footer>`;
}

export function page(o: PageOptions): Html {
  const w = UI[o.lang];
  const cls = [o.bodyClass, o.present ? 'present' : undefined].filter(Boolean).join(' ');
  return html`<!doctype html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/web.css">
<script src="/static/web.js" defer></script>
</head>
<body${attr('class', cls)}>
${header(o)}
<main>
${o.body}
</main>
${footer(o.lang)}
</body>
</html>
`;
}
