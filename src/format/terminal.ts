// Answer → text for a terminal: summary, aligned table, figures, sources grouped by document, suggestions.
import type { Answer } from '../core/answer.js';
import { citationTexts, type CiteOptions } from './citations.js';
import { formatValue, fullWidthBrackets, labelText } from './numbers.js';
import { readableTable } from './readable-table.js';
import { alignTable } from './width.js';

export function formatTerminal(a: Answer, opts: CiteOptions = {}): string {
  const zh = a.lang === 'zh';
  const out: string[] = [zh ? fullWidthBrackets(a.summary) : a.summary, ''];
  const table = readableTable(a);
  if (table && table.rows.length) out.push(...alignTable(table.columns, table.rows, table.numeric), '');
  else if (a.figures.length) {
    // without a table, the figures once, each with how it was obtained when computed
    for (const f of a.figures.slice(0, 10)) {
      const computed = f.computedFrom?.length ? `  [${zh ? '計算自' : 'computed from'} ${f.computedFrom.join(zh ? '、' : ', ')}]` : '';
      out.push(`  ${labelText(f.label, a.lang)}${zh ? '：' : ': '}${formatValue(f.value, f.unit, a.lang, f.unitLabel)}${computed}`);
    }
    if (a.figures.length > 10) out.push(`  … ${a.figures.length - 10} ${zh ? '項更多' : 'more'}`);
    out.push('');
  }
  const cites = citationTexts(a, { ...opts, link: (text, url) => `${text} <${url}>` });
  if (cites.length) out.push(zh ? '出處：' : 'Sources:', ...cites.map((c) => `  ${c}`), '');
  if (a.suggestions.length) out.push(zh ? '也可以問：' : 'You could also ask:', ...a.suggestions.map((s) => `  • ${s}`));
  return out.join('\n').trimEnd();
}
