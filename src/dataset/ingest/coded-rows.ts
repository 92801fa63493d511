// Reading the coded tables of a budget book (歲出機關別預算表, 歲入來源別預算表):
// rows with an account number, four amount columns and a 說明 cell, plus the explanation
// fragments that run onto the following lines and pages.
import { type Doc, isFurniture } from './source.js';
import { joinCjk, plainText, thousandsToTwd } from './text.js';

/** A piece of a row's 說明 as printed on one source line. */
export interface Fragment {
  line: number;
  raw: string;
}

export interface TableRow {
  line: number;
  /** account number as printed, null for the 合計 row */
  code: string | null;
  name: string;
  budget: number;
  previousBudget: number;
  finalAccount: number;
  change: number;
  fragments: Fragment[];
}

/** The line of a table's running title (with or without 數位發展部主管 before it), not a contents entry. */
export function titleLine(d: Doc, title: string, from = 1): number {
  return d.find((t) => new RegExp(`^(數位發展部主管\\s*)?${title}$`).test(t), from, undefined, title);
}

const CODE_CELL = /^(\d{9,10})\s+(\S.*)$/;
const TOTAL_CELL = /^合\s*計$/;
/** A change cell fused with the start of the explanation: `-仍照上年度預算數編列。` */
const FUSED_CHANGE = /^(-?\d[\d,]*|-)([^\d,].*)$/;
/** Where a row's own explanation starts in a ministry book: `1. 本年度預算數…` */
const OWN_START = /(<p>\s*)?1\.\s*本年度預算數/;

function isHeader(cs: string[]): boolean {
  const filled = cs.filter(Boolean);
  return filled.length > 0 && filled.every((c) => c.length <= 12 && !/\d/.test(c));
}

/**
 * Rows of a coded table between two lines. A line without an account number carries explanation
 * text of the row above it; a row's 說明 cell that starts with the tail of the previous row's
 * explanation (the page broke inside it) gives that tail back: its own explanation opens at `own`.
 */
export function readRows(d: Doc, title: string, from: number, to: number, own = OWN_START): TableRow[] {
  const rows: TableRow[] = [];
  for (let n = from; n <= to; n++) {
    const text = d.text(n).trim();
    if (!text) continue;
    const cs = d.cells(n);
    if (cs.length === 1) {
      if (isFurniture(text, title)) continue;
      d.fail(n, `unexpected text inside the table: ${text.slice(0, 40)}`);
    }
    if (isHeader(cs)) continue;
    const k = cs.findIndex((c) => CODE_CELL.test(c) || TOTAL_CELL.test(c));
    if (k < 0) {
      const frag = cs.filter((c) => c && !/^\d{1,3}$/.test(c)).join(' ');
      const last = rows.at(-1) ?? d.fail(n, 'explanation before any row');
      if (frag) last.fragments.push({ line: n, raw: frag });
      continue;
    }
    const m = CODE_CELL.exec(cs[k]);
    const [b, p, f, c] = cs.slice(k + 1, k + 5);
    let changeCell = c ?? '';
    const rest: string[] = [];
    if (thousandsToTwd(changeCell) === null) {
      const fused = FUSED_CHANGE.exec(changeCell) ?? d.fail(n, `no change cell: ${changeCell}`);
      changeCell = fused[1];
      rest.push(fused[2]);
    }
    rest.push(...cs.slice(k + 5).filter(Boolean));
    let raw = rest.join(' ');
    const start = own.exec(raw);
    if (start && start.index > 0) {
      const tail = raw.slice(0, start.index);
      const prev = rows.at(-1);
      if (prev && plainText(tail)) prev.fragments.push({ line: n, raw: tail });
      raw = raw.slice(start.index);
    }
    rows.push({
      line: n,
      code: m ? m[1] : null,
      name: joinCjk(m ? m[2] : cs[k]),
      budget: d.twd(b, n),
      previousBudget: d.twd(p, n),
      finalAccount: d.twd(f, n),
      change: d.twd(changeCell, n),
      fragments: raw ? [{ line: n, raw }] : [],
    });
  }
  return rows;
}

/** Explanation text of a row: fragments cleaned and joined, with where each starts. */
export interface Explanation {
  text: string;
  /** offset in text where the fragment of each source line starts */
  starts: { offset: number; line: number }[];
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function cleanFragment(raw: string): string {
  // `<1>` numbers sub-items; keep it from being read as an HTML tag
  const text = joinCjk(plainText(raw.replace(/<(\d+)>/g, '〈$1〉')));
  return text.replace(/(\d)\s+(?=千元)/g, '$1');
}

export function explanation(fragments: Fragment[]): Explanation {
  let text = '';
  const starts: Explanation['starts'] = [];
  for (const f of fragments) {
    const piece = cleanFragment(f.raw);
    if (!piece) continue;
    // a page break inside a word or a number: join without a space
    const glue = text && !(CJK.test(piece[0]) && /[\u3000-\u9fff\uff00-\uffef\d,]$/.test(text)) ? ' ' : '';
    text += glue;
    starts.push({ offset: text.length, line: f.line });
    text += piece;
  }
  return { text, starts };
}

/** The source line of an offset in an explanation. */
export function lineAt(exp: Explanation, offset: number): number {
  let line = exp.starts[0].line;
  for (const s of exp.starts) if (s.offset <= offset) line = s.line;
  return line;
}
