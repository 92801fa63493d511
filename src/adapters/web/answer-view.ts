// One answer object as the lookup page shows it: the headline figure large, the summary, the table,
// the chart (the chat surfaces' own SVG, inline), citations linking to the source viewer, suggestion chips.
import type { Answer, Figure, Source } from '../../core/answer.js';
import { renderChartSvg } from '../../format/chart/index.js';
import { attr, html, query, raw, type Html } from '../../format/html.js';
import { formatValue } from '../../format/numbers.js';
import { sourcePath } from '../../format/source-link.js';
import { lineLabel, UI, type UiLang } from './i18n.js';

export interface AnswerViewOptions {
  ui: UiLang;
  /** what links from this answer keep: UI language, presentation mode (the session is a cookie) */
  keep: Record<string, string | undefined>;
  publicBaseUrl?: string;
  onChartError?: (err: unknown) => void;
}

function citation(s: Source, ui: UiLang, cls = 'cite'): Html {
  const where = [s.title, s.table, s.line ? lineLabel(UI[ui], s.line) : undefined].filter(Boolean).join(' · ');
  const [path, anchor = ''] = sourcePath(s).split('#');
  const href = `${path}?lang=${ui}${anchor ? `#${anchor}` : ''}`;
  return html`<a class="${cls}" href="${href}">${where}</a>`;
}

/** "22.16 億元 (2,216,120 千元)" → the big part and the exact part in brackets. */
function splitValue(text: string): [string, string | undefined] {
  const m = /^(.*?) \((.*)\)$/.exec(text);
  return m ? [m[1], m[2]] : [text, undefined];
}

function headline(f: Figure, a: Answer, ui: UiLang): Html {
  const [big, exact] = splitValue(formatValue(f.value, f.unit, a.lang, f.unitLabel));
  const computed = f.computedFrom?.length ? html`<p class="computed">${UI[ui].computed}: ${f.computedFrom.join('、')}</p>` : '';
  return html`<div class="headline" data-value="${f.value}" data-unit="${f.unit}">
  <div class="figure-value">${big}${exact ? html` <span class="exact">(${exact})</span>` : ''}</div>
  <div class="figure-label">${f.label}</div>
  ${f.source ? citation(f.source, ui, 'cite headline-cite') : computed}
</div>`;
}

function table(a: Answer): Html {
  if (!a.table || a.table.rows.length === 0) return html``;
  const numeric = new Set(a.table.numeric ?? []);
  const cls = (i: number) => attr('class', numeric.has(i) && 'num');
  return html`<div class="table-wrap"><table class="answer-table">
<thead><tr>${a.table.columns.map((c, i) => html`<th${cls(i)}>${c}</th>`)}</tr></thead>
<tbody>${a.table.rows.map((r) => html`<tr>${r.map((c, i) => html`<td${cls(i)}>${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

function chart(a: Answer, o: AnswerViewOptions): Html {
  if (!a.chart) return html``;
  try {
    // the SVG builder escapes its own text; its numbers and colours come from the answer, not the question
    return html`<figure class="chart">${raw(renderChartSvg(a.chart, { lang: a.lang, width: 880 }))}</figure>`;
  } catch (err) {
    o.onChartError?.(err);
    return html``;
  }
}

function uniqueSources(a: Answer): Source[] {
  const seen = new Set<string>();
  return a.sources.filter((s) => {
    const key = `${s.doc}#${s.line ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function chips(questions: readonly string[], keep: Record<string, string | undefined>): Html {
  return html`<ul class="chips">${questions.map((q) => html`<li><a class="chip" href="/${query({ q, ...keep })}">${q}</a></li>`)}</ul>`;
}

function actions(a: Answer, o: AnswerViewOptions): Html {
  const w = UI[o.ui];
  const base = (o.publicBaseUrl ?? '').replace(/\/+$/, '');
  return html`<p class="actions">
  <a class="csv" href="/api/ask.csv${query({ q: a.query })}" download>${w.csv}</a>
  ${a.chart ? html`<a class="png" href="/api/ask.png${query({ q: a.query })}" download>${w.png}</a>` : ''}
  <a class="json" href="/api/ask${query({ q: a.query })}">${w.json}</a>
  <a class="permalink" href="${base}/${query({ q: a.query, lang: o.keep.lang })}">${w.link}</a>
</p>`;
}

export function answerView(a: Answer, o: AnswerViewOptions): Html {
  const w = UI[o.ui];
  const sources = uniqueSources(a);
  return html`<section class="answer intent-${a.intent}" lang="${a.lang === 'zh' ? 'zh-Hant-TW' : 'en'}">
<p class="asked"><span class="muted">${w.asked}</span> <q class="query">${a.query}</q></p>
${a.figures[0] ? headline(a.figures[0], a, o.ui) : ''}
<p class="summary">${a.summary}</p>
${table(a)}
${chart(a, o)}
${sources.length ? html`<h2>${w.sources}</h2><ol class="sources">${sources.map((s) => html`<li>${citation(s, o.ui)}</li>`)}</ol>` : ''}
${a.suggestions.length ? html`<h2>${w.suggestions}</h2>${chips(a.suggestions, o.keep)}` : ''}
${actions(a, o)}
</section>`;
}
