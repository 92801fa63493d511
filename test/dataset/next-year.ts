// Next year's documents, made from this year's text layers: a budget book a year on, and the
// whitespace a fresh PDF export adds or drops. What a person receiving next year's books gets.

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

/** A header line: cells of labels, none of them a figure. */
function isHeader(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  return line.includes('\t') && cells.length > 0 && !cells.some(isAmount);
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

/** Amounts in 千元 inside text: "606,991千元", "24,548 千元". */
function scaleText(text: string, next: (n: number) => number): string {
  return text.replace(/(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(\s*千元)/g, (_, n: string, unit: string) => printAmount(next(Number(n.replace(/,/g, '')))) + unit);
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
  let header: string[] = [];
  let inHeader = false;
  return text
    .split('\n')
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
