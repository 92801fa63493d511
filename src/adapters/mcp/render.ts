// Answers as text for an assistant to read and quote: the summary, every figure with the document,
// table and line it came from (and the source-viewer link), an unsure answer's choices with their picks,
// the table, every source, suggestions.
import type { Answer, Figure, Lang, Source } from '../../core/answer.js';
import { otherSuggestions } from '../../format/choices.js';
import { citationTexts, sourceWords } from '../../format/citations.js';
import { formatValue, labelText } from '../../format/numbers.js';
import { readableTable } from '../../format/readable-table.js';
import { sourceUrl } from '../../format/source-link.js';
import type { AskOutput } from './schemas.js';

/** Rows of the answer's table shown in the text; the structured content carries them all. */
const TEXT_TABLE_ROWS = 30;

const HEAD = {
  zh: {
    figures: '數字', sources: '出處', table: '表', suggestions: '可以接著問', computed: '計算自', more: '其餘列見結構化內容',
    choices: '選項（以同一個問題加上其中一個 pick 再呼叫 ask，即得該數字）',
  },
  en: {
    figures: 'Figures', sources: 'Sources', table: 'Table', suggestions: 'Follow-ups',
    computed: 'computed from', more: 'more rows in the structured content',
    choices: 'Choices (call ask again with the same question and one choice\'s pick to get that figure)',
  },
} as const;

/** The answer with the viewer link on every source that names a line, when the viewer is public. */
export function withLinks(answer: Answer, baseUrl?: string): AskOutput {
  if (!baseUrl) return answer;
  const link = <S extends Source>(s: S) => ({ ...s, url: sourceUrl(baseUrl, s) });
  const linked = <F extends Figure>(f: F) => (f.source ? { ...f, source: link(f.source) } : f);
  return {
    ...answer,
    figures: answer.figures.map(linked),
    sources: answer.sources.map(link),
    ...(answer.choices ? { choices: answer.choices.map((c) => ({ ...c, figure: linked(c.figure) })) } : {}),
  };
}

/** "114 年度總預算書・歲出機關別預算表・第 46 頁 <url>" */
function citeOne(s: Source & { url?: string }, lang: Lang): string {
  return `${sourceWords(s, lang)}${s.url ? ` <${s.url}>` : ''}`;
}

type CitedFigure = Figure & { source?: Source & { url?: string } };

/** One figure: label, value in its unit, and where it is printed or what it is computed from. */
function figureText(f: CitedFigure, lang: Lang): string {
  const value = formatValue(f.value, f.unit, lang, f.unitLabel);
  const where = f.source
    ? citeOne(f.source, lang)
    : f.computedFrom?.length ? `${HEAD[lang].computed} ${f.computedFrom.join(lang === 'zh' ? '、' : '; ')}` : '';
  const formula = f.formula && f.source ? ` (${f.formula})` : f.formula ? `, ${f.formula}` : '';
  return `${labelText(f.label, lang)}: ${value}${where ? ` — ${where}` : ''}${formula}`;
}

/** One figure on one line, as a list item. */
export function figureLine(f: CitedFigure, lang: Lang): string {
  return `- ${figureText(f, lang)}`;
}

/** An unsure answer's choices, numbered: each figure with its citation, and the pick that answers with it. */
function choicesText(answer: AskOutput): string[] {
  if (!answer.choices?.length) return [];
  const lines = answer.choices.map((c, i) => `${i + 1}. ${figureText(c.figure, answer.lang)} (pick: ${c.pick})`);
  return ['', `${HEAD[answer.lang].choices}:`, ...lines];
}

function tableText(answer: Answer): string[] {
  const t = readableTable(answer);
  if (!t?.rows.length) return [];
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const lines = [row(t.columns), row(t.columns.map(() => '---')), ...t.rows.slice(0, TEXT_TABLE_ROWS).map(row)];
  if (t.rows.length > TEXT_TABLE_ROWS) lines.push(`(${t.rows.length - TEXT_TABLE_ROWS} ${HEAD[answer.lang].more})`);
  return ['', `${HEAD[answer.lang].table}:`, ...lines];
}

/** The whole answer as Markdown-ish text that keeps every citation. */
export function answerText(answer: AskOutput, baseUrl?: string): string {
  const h = HEAD[answer.lang];
  const out = [answer.summary];
  if (answer.figures.length) out.push('', `${h.figures}:`, ...answer.figures.map((f) => figureLine(f, answer.lang)));
  out.push(...choicesText(answer));
  // the choices say what an unsure answer's table would
  if (!answer.choices?.length) out.push(...tableText(answer));
  const cites = citationTexts(answer, { baseUrl, link: (text, url) => `[${text}](${url})` });
  if (cites.length) out.push('', `${h.sources}:`, ...cites.map((c) => `- ${c}`));
  const others = otherSuggestions(answer);
  if (others.length) out.push('', `${h.suggestions}:`, ...others.map((s) => `- ${s}`));
  return out.join('\n');
}

/** Figures only (the lookup tool): one line each, with its citation. */
export function figuresText(figures: AskOutput['figures'], lang: Lang): string {
  return figures.map((f) => figureLine(f, lang)).join('\n');
}
