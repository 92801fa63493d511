// A source document's text dump as a person reads it: prose lines as paragraphs, runs of tab-separated
// lines as HTML tables, every line numbered with an anchor (#L790), and the dataset records read from
// a line listed under it.
import { attr, html, type Html } from '../../format/html.js';
import { UI, type UiLang } from './i18n.js';
import type { RecordView } from './records.js';

export type Block = { kind: 'prose'; line: number; text: string } | { kind: 'table'; rows: { line: number; cells: string[] }[] };

/** Blank lines are dropped; a blank line between two table lines does not end the table. */
export function parseDocument(text: string): Block[] {
  const blocks: Block[] = [];
  let table: Extract<Block, { kind: 'table' }> | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => c.trim());
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      if (!table) blocks.push((table = { kind: 'table', rows: [] }));
      table.rows.push({ line, cells });
      return;
    }
    table = undefined;
    blocks.push({ kind: 'prose', line, text: raw.trim() });
  });
  return blocks;
}

/** the dataset's words for "no table" */
const TABLE_WORDS: Record<string, Record<UiLang, string>> = {
  prose: { zh: '內文', en: 'text' },
  'prose-table': { zh: '內文表格', en: 'table in the text' },
};

const NUMBER = /^[-+]?[\d,]+(\.\d+)?%?$/;

/** The records read from a line: each with its values as a list (narrow enough for a phone), and where it is printed. */
function records(list: RecordView[] | undefined, line: number, ui: UiLang): Html {
  if (!list?.length) return html``;
  const w = UI[ui];
  const tables = [...new Set(list.map((r) => TABLE_WORDS[r.table]?.[ui] ?? r.table))].join('、');
  const places = [...new Set(list.map((r) => r.place).filter(Boolean))].join('、');
  const count = ui === 'zh' ? `本行讀出 ${list.length} 筆資料` : `${list.length} record${list.length > 1 ? 's' : ''} read from this line`;
  const summary = `${count}（${[tables, places].filter(Boolean).join('・')}）`;
  return html`<details class="records" id="R${line}" data-line="${line}"><summary>${summary}</summary>
${list.map((r) => html`<div class="record" title="${r.resource}: ${r.id}"><p class="record-label">${r.label}</p>
<dl>${r.values.map((v) => html`<dt>${v.name}</dt><dd class="num" data-value="${v.value}">${v.text}</dd>`)}</dl></div>`)}
<p class="muted">${w.dataset}${[...new Set(list.map((r) => r.resource))].join(', ')}</p></details>`;
}

function lineNo(line: number, records: string | undefined): Html {
  return html`<a class="ln" href="#L${line}"${attr('title', records)}>${line}</a>`;
}

function tableBlock(b: Extract<Block, { kind: 'table' }>, recs: Map<number, RecordView[]>, ui: UiLang): Html {
  const width = Math.max(...b.rows.map((r) => r.cells.length));
  const rows = b.rows.map((r) => {
    const cells = [...r.cells, ...Array<string>(width - r.cells.length).fill('')];
    const found = recs.get(r.line);
    const row = html`<tr id="L${r.line}"${attr('class', found && 'has-records')}><th scope="row">${lineNo(r.line, found && UI[ui].hasRecords)}</th>${cells.map((c) => html`<td${attr('class', NUMBER.test(c) && 'num')}>${c}</td>`)}</tr>`;
    return found ? html`${row}<tr class="records-row"><td></td><td colspan="${width}">${records(found, r.line, ui)}</td></tr>` : row;
  });
  return html`<div class="table-wrap"><table class="doc-table"><tbody>${rows}</tbody></table></div>`;
}

export function renderDocument(blocks: Block[], recs: Map<number, RecordView[]>, ui: UiLang): Html {
  return html`<div class="document">${blocks.map((b) => {
    if (b.kind === 'table') return tableBlock(b, recs, ui);
    const found = recs.get(b.line);
    return html`<div class="line${found ? ' has-records' : ''}" id="L${b.line}">${lineNo(b.line, found && UI[ui].hasRecords)}<p>${b.text}</p>${records(found, b.line, ui)}</div>`;
  })}</div>`;
}
