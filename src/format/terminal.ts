// Answer → text for a terminal: summary, aligned table (or an unsure answer's numbered choices), figures,
// sources grouped by document, suggestions.
import type { Answer } from '../core/answer.js';
import { otherSuggestions, typeNumberHint } from './choices.js';
import { citationTexts, type CiteOptions } from './citations.js';
import { formatValue, fullWidthBrackets, labelText } from './numbers.js';
import { readableTable } from './readable-table.js';
import { alignTable } from './width.js';

export interface TerminalOptions extends CiteOptions {
  /** the reader can answer (the prompt): an unsure answer's choices end with how to pick one by its number */
  choosing?: boolean;
}

/** An unsure answer's choices, numbered, each figure in full; at the prompt, how to pick one. */
function choiceLines(a: Answer, choosing: boolean): string[] {
  const choices = a.choices ?? [];
  const sep = a.lang === 'zh' ? '：' : ': ';
  const lines = choices.map(({ figure: f }, i) => `  ${i + 1}) ${labelText(f.label, a.lang)}${sep}${formatValue(f.value, f.unit, a.lang, f.unitLabel)}`);
  return [...lines, ...(choosing ? [typeNumberHint(choices.length, a.lang)] : []), ''];
}

export function formatTerminal(a: Answer, opts: TerminalOptions = {}): string {
  const zh = a.lang === 'zh';
  const out: string[] = [zh ? fullWidthBrackets(a.summary) : a.summary, ''];
  const table = readableTable(a);
  // the choices say what the table of an unsure answer would, numbered so that one can be picked
  if (a.choices?.length) out.push(...choiceLines(a, Boolean(opts.choosing)));
  else if (table && table.rows.length) out.push(...alignTable(table.columns, table.rows, table.numeric), '');
  else if (a.figures.length) {
    // without a table, the figures once, each with how it was obtained when computed
    for (const f of a.figures.slice(0, 10)) {
      const computed = f.computedFrom?.length ? `  [${zh ? '計算自' : 'computed from'} ${f.computedFrom.join(zh ? '、' : ', ')}]` : '';
      out.push(`  ${labelText(f.label, a.lang)}${zh ? '：' : ': '}${formatValue(f.value, f.unit, a.lang, f.unitLabel)}${computed}`);
    }
    if (a.figures.length > 10) out.push(`  … ${a.figures.length - 10} ${zh ? '項更多' : 'more'}`);
    out.push('');
  }
  const cites = citationTexts(a, { baseUrl: opts.baseUrl, link: (text, url) => `${text} <${url}>` });
  if (cites.length) out.push(zh ? '出處：' : 'Sources:', ...cites.map((c) => `  ${c}`), '');
  const others = otherSuggestions(a);
  if (others.length) out.push(zh ? '也可以問：' : 'You could also ask:', ...others.map((s) => `  • ${s}`));
  return out.join('\n').trimEnd();
}
