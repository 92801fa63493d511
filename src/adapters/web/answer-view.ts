// One answer object as the lookup page shows it: the headline figure large, the summary, the table,
// an unsure answer's choices, the chart (the chat surfaces' own SVG, inline), citations linking to the
// source viewer, suggestion chips.
import type { Answer, Choice, Figure, Source } from '../../core/answer.js';
import { renderChartSvg } from '../../format/chart/index.js';
import { choiceLabels, otherSuggestions, shortValue } from '../../format/choices.js';
import { citationGroups, groupText, sourceWords } from '../../format/citations.js';
import { attr, escapeHtml, html, query, raw, type Html } from '../../format/html.js';
import { formatValue, labelText } from '../../format/numbers.js';
import { readableTable } from '../../format/readable-table.js';
import { sourcePath } from '../../format/source-link.js';
import { UI, type UiLang } from './i18n.js';

export interface AnswerViewOptions {
  ui: UiLang;
  /** what links from this answer keep: UI language, presentation mode (the session is a cookie) */
  keep: Record<string, string | undefined>;
  /** the choice this answer was picked by, which its links (CSV, JSON, permalink) repeat */
  pick?: string;
  publicBaseUrl?: string;
  onChartError?: (err: unknown) => void;
}

/** "114 年度總預算書・歲出機關別預算表・第 46 頁", linked to the viewer at the line it was read from. */
function citation(s: Source, ui: UiLang, cls = 'cite'): Html {
  return html`<a class="${cls}" href="${viewerHref(sourcePath(s), ui)}" title="${s.title}">${sourceWords(s, ui)}</a>`;
}

/** "22.16 億元（2,216,120 千元）" or "22.16 億元 (2,216,120 千元)" → the big part and the exact part in brackets. */
export function splitValue(text: string): [string, string | undefined] {
  const m = /^(.*?)\s*[（(]([^（()）]*)[）)]$/.exec(text);
  return m ? [m[1], m[2]] : [text, undefined];
}

function headline(f: Figure, a: Answer, ui: UiLang): Html {
  const [big, exact] = splitValue(formatValue(f.value, f.unit, a.lang, f.unitLabel));
  const [open, close] = a.lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const computed = f.computedFrom?.length ? html`<p class="computed">${UI[ui].computed}: ${f.computedFrom.join('、')}</p>` : '';
  return html`<div class="headline" data-value="${f.value}" data-unit="${f.unit}">
  <div class="figure-value"><span class="big">${big}</span>${exact ? html`<span class="exact">${open}${exact}${close}</span>` : ''}</div>
  <div class="figure-label">${labelText(f.label, a.lang)}</div>
  ${f.source ? citation(f.source, ui, 'cite headline-cite') : computed}
</div>`;
}

/** The table with its source cells in words; each cell names its column, so a phone can show a row as a card. */
function table(a: Answer): Html {
  const t = readableTable(a);
  if (!t || t.rows.length === 0) return html``;
  const numeric = new Set(t.numeric ?? []);
  const cls = (i: number) => attr('class', numeric.has(i) && 'num');
  return html`<div class="table-wrap"><table class="answer-table">
<thead><tr>${t.columns.map((c, i) => html`<th scope="col"${cls(i)}>${c}</th>`)}</tr></thead>
<tbody>${t.rows.map((r) => html`<tr>${r.map((c, i) => html`<td${cls(i)} data-label="${t.columns[i] ?? ''}">${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/**
 * Layout widths the chart is drawn at; the page shows the one that fits the width it is shown at (a
 * container query), so its text is never scaled below the size it was drawn at on a phone, and is
 * scaled up on a projector.
 */
export const CHART_WIDTHS = [360, 560, 880] as const;

function chart(a: Answer, o: AnswerViewOptions): Html {
  if (!a.chart) return html``;
  try {
    // the SVG builder escapes its own text; its numbers and colours come from the answer, not the question
    const drawn = CHART_WIDTHS.map((w) => html`<div class="chart-at w${w}">${raw(renderChartSvg(a.chart!, { lang: a.lang, width: w }))}</div>`);
    return html`<figure class="chart" aria-label="${a.chart.title}">${drawn}</figure>`;
  } catch (err) {
    o.onChartError?.(err);
    return html``;
  }
}

/** The viewer link of a cited line, in the page's language. */
function viewerHref(url: string, ui: UiLang): string {
  const [path, anchor] = url.split('#');
  return `${path}?lang=${ui}${anchor ? `#${anchor}` : ''}`;
}

/** The answer's sources as every surface says them, one item per document, each page or row linked to its line. */
function sourceList(a: Answer, ui: UiLang): Html {
  const link = (text: string, url: string) => `<a href="${escapeHtml(viewerHref(url, ui))}">${text}</a>`;
  const groups = citationGroups(a, { baseUrl: '/' });
  if (!groups.length) return html``;
  return html`<h2>${UI[ui].sources}</h2><ol class="sources">${groups.map((g) => html`<li>${raw(groupText(g, a.lang, escapeHtml, link))}</li>`)}</ol>`;
}

export function chips(questions: readonly string[], keep: Record<string, string | undefined>): Html {
  return html`<ul class="chips">${questions.map((q) => html`<li><a class="chip" href="/${query({ q, ...keep })}">${q}</a></li>`)}</ul>`;
}

/**
 * An unsure answer's choices, numbered, each its label and value: a link that answers the question with that
 * figure in this session (typing the number in the box does the same).
 */
function choices(a: Answer, o: AnswerViewOptions): Html {
  if (!a.choices?.length) return html``;
  const labels = choiceLabels(a.choices, a.lang);
  const item = (c: Choice, i: number) => html`<li>
<a class="choice" href="/${query({ q: a.query, pick: c.pick, ...o.keep })}" data-value="${c.figure.value}">
<span class="choice-n" aria-hidden="true">${i + 1}</span><span class="choice-label">${labels[i]}</span><span class="choice-value">${shortValue(c, a.lang)}</span>
</a></li>`;
  return html`<ol class="choices" aria-label="${UI[o.ui].choose}">${a.choices.map(item)}</ol>`;
}

function actions(a: Answer, o: AnswerViewOptions): Html {
  const w = UI[o.ui];
  const base = (o.publicBaseUrl ?? '').replace(/\/+$/, '');
  const pick = o.pick;
  return html`<p class="actions">
  <a class="csv" href="/api/ask.csv${query({ q: a.query, pick })}" download>${w.csv}</a>
  ${a.chart ? html`<a class="png" href="/api/ask.png${query({ q: a.query, pick })}" download>${w.png}</a>` : ''}
  <a class="json" href="/api/ask${query({ q: a.query, pick })}">${w.json}</a>
  <a class="permalink" href="${base}/${query({ q: a.query, pick, lang: o.keep.lang })}">${w.link}</a>
</p>`;
}

export function answerView(a: Answer, o: AnswerViewOptions): Html {
  const w = UI[o.ui];
  const others = otherSuggestions(a);
  return html`<section class="answer intent-${a.intent}${a.chart ? ' has-chart' : ''}" lang="${a.lang === 'zh' ? 'zh-Hant-TW' : 'en'}" tabindex="-1">
<p class="asked"><span class="muted">${w.asked}</span> <q class="query">${a.query}</q></p>
<div class="answer-main">
${a.figures[0] ? headline(a.figures[0], a, o.ui) : ''}
<p class="summary">${a.summary}</p>
${choices(a, o)}
${table(a)}
</div>
${chart(a, o)}
<div class="answer-refs">
${sourceList(a, o.ui)}
${others.length ? html`<h2>${w.suggestions}</h2>${chips(others, o.keep)}` : ''}
${actions(a, o)}
</div>
</section>`;
}
