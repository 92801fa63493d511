// Answer → text for a terminal: summary, aligned table, figures with sources, suggestions.
import type { Answer } from '../core/answer.js';
import { formatValue } from './numbers.js';
import { alignTable } from './width.js';

export function formatTerminal(a: Answer): string {
  const zh = a.lang === 'zh';
  const out: string[] = [a.summary, ''];
  if (a.table && a.table.rows.length) out.push(...alignTable(a.table.columns, a.table.rows, a.table.numeric), '');
  if (a.figures.length) {
    out.push(zh ? '數字與出處：' : 'Figures and sources:');
    for (const f of a.figures.slice(0, 10)) {
      const src = f.source ? `${f.source.title}${f.source.table ? `・${f.source.table}` : ''}${f.source.line ? ` L${f.source.line}` : ''}` : `${zh ? '計算自' : 'computed from'} ${(f.computedFrom ?? []).join(zh ? '、' : ', ')}`;
      out.push(`  ${f.label}: ${formatValue(f.value, f.unit, a.lang, f.unitLabel)}  [${src}]`);
    }
    if (a.figures.length > 10) out.push(`  … ${a.figures.length - 10} ${zh ? '項更多' : 'more'}`);
    out.push('');
  } else if (a.sources.length) {
    out.push(zh ? '出處：' : 'Sources:', ...a.sources.map((s) => `  ${s.title}${s.table ? `・${s.table}` : ''}${s.line ? ` L${s.line}` : ''}`), '');
  }
  if (a.suggestions.length) out.push(zh ? '也可以問：' : 'You could also ask:', ...a.suggestions.map((s) => `  • ${s}`));
  return out.join('\n').trimEnd();
}
