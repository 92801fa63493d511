// Next year's documents, made from this year's text layers: a budget book a year on, and the
// whitespace a fresh PDF export adds or drops. What a person receiving next year's books gets.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDoc } from '../../src/dataset/schema.js';
import { DATA_DIR, ROOT } from '../../src/dataset/paths.js';

/** A printed amount cell: "2,216,120", "-80,351", "-". */
const AMOUNT = /^-?\d{1,3}(?:,\d{3})*$|^-?\d+$|^-$/;
/** A change cell fused with the start of its explanation: "-仍照上年度預算數編列。" */
const FUSED = /^(-?\d[\d,]*|-)([^\d,].*)$/;

const isAmount = (c: string) => AMOUNT.test(c.trim());
const compact = (s: string) => s.replace(/\s+/g, '').replace(/\*/g, '');

function readAmount(c: string): number {
  const s = c.trim();
  return s === '-' ? 0 : Number(s.replace(/,/g, ''));
}

function printAmount(n: number): string {
  return n === 0 ? '-' : n.toLocaleString('en-US');
}

/** A header line: cells of short labels, none of them a figure (a 說明 fragment is no header). */
function isHeader(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  return line.includes('\t') && cells.length > 0 && cells.every((c) => c.length <= 20 && !/\d/.test(c));
}

/** The cells of a row from its first figure on (cells before it name the row). */
function firstFigure(cells: string[]): number {
  let last = -1;
  cells.forEach((c, i) => {
    if (c.trim() !== '' && !isAmount(c)) last = i;
  });
  return last + 1;
}

/**
 * The four standard columns (本年度, 上年度, 前年度決算, 比較) a year on: this year's figure becomes
 * last year's, last year's budget stands for the year before's final account, the new figure is
 * `next(this year's)` and the change is recomputed. The 說明 after the cells stays where it was.
 */
function shiftColumns(cells: string[], next: (n: number) => number): string[] {
  for (let k = 0; k + 3 < cells.length; k++) {
    const fused = FUSED.exec(cells[k + 3].trim());
    if (!cells.slice(k, k + 3).every(isAmount) || cells.slice(k, k + 3).some((c) => c.trim() === '')) continue;
    if (!isAmount(cells[k + 3]) && !fused) continue;
    const [b, p] = [readAmount(cells[k]), readAmount(cells[k + 1])];
    const rest = isAmount(cells[k + 3]) ? '' : fused![2];
    const out = [...cells];
    out.splice(k, 4, printAmount(next(b)), printAmount(b), printAmount(p), printAmount(next(b) - b) + rest);
    return out;
  }
  return cells;
}

/** The last cell of a row that carries text (a 說明 fragment), if any. */
function fragment(line: string): string | null {
  if (!line.includes('\t') || isHeader(line)) return null;
  const last = line.split('\t').map((c) => c.trim()).filter(Boolean).at(-1);
  return last && !isAmount(last) ? last : null;
}

const NUMBER_END = /(\d{1,3}(?:,\d{3})*)(,?)(\s*)$/;

/**
 * Amounts a page break split from their 千元, or split in two ("7," then "910千元"), in an explanation
 * that runs from one row's 說明 fragment to the next: the lines to change before the amounts on
 * each line are changed (`before`) and after (`after`, the tail of a number split in two).
 */
function splitAmounts(lines: string[], next: (n: number) => number): { before: Map<number, string>; after: Map<number, (line: string) => string> } {
  const before = new Map<number, string>();
  const after = new Map<number, (line: string) => string>();
  lines.forEach((line, i) => {
    const end = NUMBER_END.exec(fragment(line) ?? '');
    if (!end) return;
    const j = lines.findIndex((l, k) => k > i && fragment(l) !== null);
    const start = j < 0 ? null : /^(?:<p>)?\s*(\d{1,3}(?:,\d{3})*)?\s*千元/.exec(fragment(lines[j])!);
    if (!start || Boolean(end[2]) !== Boolean(start[1])) return;
    if (!end[2]) {
      before.set(i, line.replace(NUMBER_END, (_, n: string, c: string, sp: string) => printAmount(next(readAmount(n))) + c + sp));
      return;
    }
    // "7," + "910千元": the whole number changed, split again before as many groups as its tail had
    const groups = printAmount(next(readAmount(`${end[1]},${start[1]}`))).split(',');
    const tail = start[1].split(',').length;
    before.set(i, line.replace(NUMBER_END, (_, _n: string, c: string, sp: string) => groups.slice(0, -tail).join(',') + c + sp));
    after.set(j, (l) => l.replace(`${printAmount(next(readAmount(start[1])))}千元`, `${groups.slice(-tail).join(',')}千元`));
  });
  return { before, after };
}

/** A year's budget in the prose's words: "編列相關經費 3 億 492 萬 6,000 元", "22 億 1,612 萬元". */
const PROSE_BUDGET = /(編列相關經費\s*)(?:(\d[\d,]*)\s*億\s*)?(?:(\d[\d,]*)\s*萬\s*)?(?:(\d[\d,]*)\s*)?元/g;

/** NT$ in the prose's words: 億, 萬 and 元. */
function proseMoney(n: number): string {
  const [yi, wan, yuan] = [Math.floor(n / 1e8), Math.floor((n % 1e8) / 1e4), n % 1e4];
  const parts = [yi ? `${yi} 億` : '', wan ? `${wan.toLocaleString('en-US')} 萬` : '', yuan ? `${yuan.toLocaleString('en-US')} 元` : ''].filter(Boolean);
  return yuan ? parts.join(' ') : `${parts.join(' ')}元`;
}

/** Amounts in 千元 inside text ("606,991千元", "24,548 千元"), and the year's budgets the prose states. */
function scaleText(text: string, next: (n: number) => number): string {
  const num = (s: string | undefined) => Number((s ?? '0').replace(/,/g, ''));
  return text
    .replace(/(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(\s*千元)/g, (_, n: string, unit: string) => printAmount(next(Number(n.replace(/,/g, '')))) + unit)
    .replace(PROSE_BUDGET, (whole, lead: string, yi?: string, wan?: string, yuan?: string) =>
      yi || wan ? lead + proseMoney(next(num(yi) * 1e8 + num(wan) * 1e4 + num(yuan))) : whole);
}

export interface NextYear {
  /** the book's year as printed, and the year it becomes */
  from: number;
  to: number;
  /** this year's amounts to next year's: linear, so that every total still adds up */
  factor: number;
}

/**
 * A budget book a year on: its year relabelled, every 千元 amount changed by `factor` (rows, totals
 * and the amounts its explanations quote alike), the standard four columns shifted by a year, head
 * counts left as they were.
 */
export function nextYearBook(text: string, { from, to, factor }: NextYear): string {
  const next = (n: number) => n * factor;
  const lines = text.split('\n');
  const split = splitAmounts(lines, next);
  let header: string[] = [];
  let inHeader = false;
  return lines
    .map((line, i) => split.before.get(i) ?? line)
    .map((line) => {
      const relabelled = line.replace(new RegExp(`(?<!\\d)${from}(\\s*年度)`, 'g'), `${to}$1`);
      if (isHeader(relabelled)) {
        header = inHeader ? [...header, relabelled] : [relabelled];
        inHeader = true;
        return relabelled;
      }
      if (relabelled.trim() !== '') inHeader = false;
      const labels = compact(header.join(''));
      if (!relabelled.includes('\t')) return scaleText(relabelled, next);
      const cells = relabelled.split('\t');
      if (labels.includes('員額')) return relabelled;
      if (labels.includes('上年度')) return shiftColumns(cells, next).map((c) => scaleText(c, next)).join('\t');
      const at = firstFigure(cells);
      return cells.map((c, i) => (i >= at && isAmount(c) ? printAmount(next(readAmount(c))) : scaleText(c, next))).join('\t');
    })
    .map((line, i) => split.after.get(i)?.(line) ?? line)
    .join('\n');
}

/**
 * The whitespace one export of a PDF's text layer differs from another by: a blank line after every
 * 17th line, trailing spaces on every 11th, and a blank line after every header line (inside
 * two-line table headers, and between a header and the half-page it heads); or, `everyLine`, a
 * blank line after every line. Returns the new text and, for each of its lines, the line of the
 * original it is (0 for an added blank line).
 */
export function whitespaceNoise(text: string, everyLine = false): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    out.push(n % 11 === 0 ? `${line}   ` : line);
    origin.push(n);
    if (everyLine || n % 17 === 0 || isHeader(line)) {
      out.push('');
      origin.push(0);
    }
  });
  return { text: out.join('\n'), origin };
}

/** What becomes of this year's ministry book: the year on, amounts tripled (so no change equals a budget). */
export const NEXT_MINISTRY_BOOK = { factor: 3, years: 1 };

/**
 * A copy of a data directory with next year's ministry book added as a person would add it: the
 * book made from the latest ministry book there (a year on, every amount changed, whitespace as
 * another export prints it) and `npm run ingest -- --add` run on the copy. Returns the book's file,
 * what the ingest said, the book it was made from and its year.
 */
export function addNextYearBook(from: string, to: string): { book: string; status: number | null; stderr: string; fromDoc: string; year: number } {
  const manifest = SourceDoc.array().parse(JSON.parse(readFileSync(join(from, 'sources', 'manifest.json'), 'utf8')));
  const books = manifest.filter((s) => s.type === 'ministry-budget');
  if (!books.length) throw new Error('no ministry budget book to start from');
  const latest = books.reduce((a, b) => (b.year > a.year ? b : a));
  const year = latest.year + NEXT_MINISTRY_BOOK.years;
  cpSync(from, to, { recursive: true });
  const book = `${to}-ministry-budget-${year}.txt`;
  const text = nextYearBook(readFileSync(join(from, 'sources', latest.doc), 'utf8'), { from: latest.year, to: year, factor: NEXT_MINISTRY_BOOK.factor });
  writeFileSync(book, whitespaceNoise(text).text);
  const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--add', book], { cwd: ROOT, env: { ...process.env, DATA_DIR: to }, encoding: 'utf8' });
  return { book, status: run.status, stderr: run.stderr, fromDoc: latest.doc, year };
}

// `npx tsx test/dataset/next-year.ts DIR`: a copy of data/ in DIR with next year's ministry book added
// (then `DATA_DIR=DIR npm test` runs every test against it).
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = process.argv[2] ?? fail('usage: npx tsx test/dataset/next-year.ts DIR (a directory that does not exist yet)');
  if (existsSync(dir)) fail(`${dir} exists; name a new directory`);
  const out = addNextYearBook(DATA_DIR, dir);
  process.stderr.write(out.stderr);
  process.exitCode = out.status ?? 1;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
