// An answer's table as every surface should show it: source cells in words ("第 46 頁", a report's
// section, or the document's short title with it when rows come from several documents; never
// "000 … L790"),
// and only columns that really hold numbers marked numeric (long prose is never right-aligned).
import type { Answer, Lang, Source, Table } from '../core/answer.js';
import { shortTitle, tableName } from './citations.js';
import { placeWord } from './place-words.js';

/** A cell the core wrote as a reference: "000 歲出機關別預算表 L790" or "<document title> L242". */
const REF = /^(.*?)\s*\bL(\d+)$/;
const REF_END = /\bL\d+\s*$/;
const DOC_NO = /^(\d{3})\s+(.*)$/;

/** A number as a table shows it: 2,216,120 / -37.67% / 84 個機關 / —. */
const NUMBERISH = /^(?:[-+±−]?[\d,]+(?:\.\d+)?\s*(?:%|％)?(?:\s*\S{1,4})?|—|-|)$/;

function sourceOf(prefix: string, sources: Source[]): { source?: Source; table?: string } {
  const m = DOC_NO.exec(prefix);
  if (m) return { source: sources.find((s) => s.doc.startsWith(`${m[1]}_`) || s.doc.startsWith(m[1])), table: m[2] || undefined };
  const source = sources.find((s) => prefix === s.title || prefix.startsWith(s.title));
  const rest = source ? prefix.slice(source.title.length).replace(/^[\s・·]+/, '') : '';
  return { source, table: rest || undefined };
}

interface Ref {
  doc?: string;
  title: string;
  table?: string;
  line: number;
  /** the answer's source for that document line, which knows its page or section */
  at?: Source;
}

function parseRef(cell: string, sources: Source[], lang: Lang): Ref | undefined {
  // most cells are figures or names: the cheap test of the ending first
  if (!REF_END.test(cell)) return undefined;
  const m = REF.exec(cell.trim());
  if (!m) return undefined;
  const { source, table } = sourceOf(m[1].trim(), sources);
  const title = source ? shortTitle(source.title, lang) : shortTitle(m[1].replace(DOC_NO, '$2'), lang);
  const line = Number(m[2]);
  const at = sources.find((s) => s.doc === source?.doc && s.line === line);
  return { doc: source?.doc, title, table: tableName(table ?? source?.table), line, at };
}

function refText(r: Ref, oneDoc: boolean, lang: Lang): string {
  const where = placeWord(r.at ?? { line: r.line }, lang)!;
  if (oneDoc) return where;
  return lang === 'zh' ? `${r.title}（${where}）` : `${r.title} (${where})`;
}

/** Columns whose cells are references to the documents. */
function refColumns(table: Table, sources: Source[], lang: Lang): Map<number, (Ref | undefined)[]> {
  const out = new Map<number, (Ref | undefined)[]>();
  table.columns.forEach((_, c) => {
    const refs = table.rows.map((r) => parseRef(r[c] ?? '', sources, lang));
    if (refs.some(Boolean) && table.rows.every((r, i) => refs[i] || !(r[c] ?? '').trim())) out.set(c, refs);
  });
  return out;
}

export function readableTable(answer: Answer): Table | undefined {
  const table = answer.table;
  if (!table) return undefined;
  const lang = answer.lang;
  const refs = refColumns(table, [...answer.sources, ...answer.figures.map((f) => f.source).filter((s): s is Source => !!s)], lang);
  const oneDoc = new Map([...refs].map(([c, col]) => [c, new Set(col.map((x) => x?.doc ?? x?.title)).size === 1]));
  const rows = table.rows.map((r, i) => r.map((cell, c) => {
    const ref = refs.get(c)?.[i];
    return ref ? refText(ref, oneDoc.get(c)!, lang) : cell;
  }));
  const numeric = (table.numeric ?? []).filter((c) => rows.every((r) => NUMBERISH.test((r[c] ?? '').trim())));
  return { ...table, rows, numeric };
}

/** Whether a column holds numbers only (for surfaces that sort or align them). */
export function isNumberCell(text: string): boolean {
  return NUMBERISH.test(text.trim());
}
