// The numbered section each line of a document sits under, as a reader of the printed report finds
// it: "柒、三、(三) 加速 AI 應用擴散，帶動產業數位轉型" (the numbers of its headings, then the title of the
// deepest). Headings are short lines numbered 壹、 / 一、 / (一); in a report's tables, a row's first
// cells number its goal (一、) and strategy ((一)) the same way.
import { cells, plainText } from './text.js';

const LEVELS = [/^[壹貳參肆伍陸柒捌玖拾]+、/, /^[一二三四五六七八九十]+、/, /^[(（][一二三四五六七八九十]+[)）]/];
/** Markdown marks a dump may keep in front of a heading: "## ", "- ". */
const MARKS = /^(?:#+\s*|-\s*)/;
/** A line of a report's contents: "- 肆、強化數位應用，打造高效便捷的智慧政府.....8". */
const CONTENTS_LINE = /\.{3,}\s*\d+\s*$/;
/** A heading line is short and does not end a sentence. */
const HEADING_MAX = 60;

interface Heading {
  number: string;
  title: string;
}

function headingOf(text: string, level: number): Heading | undefined {
  const t = plainText(text).replace(MARKS, '');
  const m = LEVELS[level].exec(t);
  if (!m) return undefined;
  return { number: m[0].replace(/[（]/, '(').replace(/[）]/, ')'), title: t.slice(m[0].length).replace(/[：:]\s*$/, '').trim() };
}

/** The heading a prose line opens, with its level. */
function proseHeading(text: string): [number, Heading] | undefined {
  const t = plainText(text);
  if (!t || t.length >= HEADING_MAX || /[。；]$/.test(t)) return undefined;
  for (let level = 0; level < LEVELS.length; level++) {
    const h = headingOf(t, level);
    if (h) return [level, h];
  }
  return undefined;
}

/** The headings a table row opens: a goal (一、) in its first cell, a strategy ((一)) in its first or second. */
function rowHeadings(raw: string): [number, Heading][] {
  const [first = '', second = ''] = cells(raw);
  const out: [number, Heading][] = [];
  const goal = headingOf(first, 1);
  if (goal) out.push([1, goal]);
  const strategy = headingOf(first, 2) ?? headingOf(second, 2);
  if (strategy) out.push([2, strategy]);
  return out;
}

/** A heading longer than this is named by its first clause (a strategy printed as a sentence). */
const TITLE_MAX = 24;

/** "壹、一、規劃國家數位發展政策", "柒、三、(三) 加速 AI 應用擴散，帶動產業數位轉型". */
function sectionText(path: Heading[]): string | undefined {
  if (!path.length) return undefined;
  const numbers = path.map((h) => h.number).join('');
  const title = path[path.length - 1].title;
  const short = title.length > TITLE_MAX ? title.split(/[：，；。]/)[0] : title;
  return `${numbers}${short && numbers.endsWith(')') ? ' ' : ''}${short}`;
}

/**
 * The section of every line in [from, to] (1-based), keyed by line; lines before the first heading
 * have none. With `tables`, table rows open headings too (a report's goals and strategies).
 */
export function sectionsOf(lines: string[], from = 1, to = lines.length, tables = false): Map<number, string> {
  const path: (Heading | undefined)[] = [undefined, undefined, undefined];
  const out = new Map<number, string>();
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    // the contents list the headings before the text prints them: what follows the contents is under none yet
    if (CONTENTS_LINE.test(raw)) {
      path.fill(undefined);
      continue;
    }
    const opened = raw.includes('\t') ? (tables ? rowHeadings(raw) : []) : [proseHeading(raw)].filter((h) => h !== undefined);
    for (const [level, h] of opened) path.splice(level, path.length - level, h, ...Array<undefined>(LEVELS.length - level - 1).fill(undefined));
    const text = sectionText(path.filter((h): h is Heading => h !== undefined));
    if (text) out.set(n, text);
  }
  return out;
}
