// Prose passages of every document, with their heading path, for keyword search.
// A passage is a paragraph, list item or prose table cell; long ones are split at sentence ends.
import type { Passage } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import { cells, plainText, readSource } from './text.js';
import { runningHeads } from './source.js';

const MAX = 600;

const H1 = /^(?:#+\s*)?[壹貳參肆伍陸柒捌玖拾]+、/;
const H2 = /^(?:#+\s*)?[一二三四五六七八九十]+、/;
const H3 = /^(?:-\s*)?\([一二三四五六七八九十]+\)/;
const FURNITURE = /^(本\s*頁\s*空\s*白|中華民國|單位：|經資門併計|\*\*|預算總說明$)/;

/** Prose: at least eight Chinese characters and a clause mark, not a row of figures. */
function isProse(text: string): boolean {
  return (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 8 && /[，。；：、]/.test(text);
}

/** Cut at sentence ends so no passage runs past MAX characters. */
export function splitLong(text: string): string[] {
  if (text.length <= MAX) return [text];
  const out: string[] = [];
  let cur = '';
  for (const sentence of text.split(/(?<=。)/)) {
    if (cur && cur.length + sentence.length > MAX) {
      out.push(cur);
      cur = '';
    }
    cur += sentence;
    while (cur.length > MAX) {
      out.push(cur.slice(0, MAX));
      cur = cur.slice(MAX);
    }
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

function docPassages(doc: string): Passage[] {
  const { lines } = readSource(doc);
  const prefix = doc.slice(0, 3);
  const heads = ['', '', ''];
  const runningHead = new Set(runningHeads());
  const out: Passage[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || FURNITURE.test(line) || runningHead.has(line)) return;
    const short = line.length < 60 && !/[。；]$/.test(line);
    if (short && H1.test(line)) heads.splice(0, 3, plainText(line), '', '');
    else if (short && H2.test(line)) heads.splice(1, 2, plainText(line), '');
    else if (short && H3.test(line)) heads[2] = plainText(line);
    const texts = raw.includes('\t') ? cells(raw) : [raw];
    let n = 0;
    for (const t of texts) {
      const text = plainText(t);
      if (!isProse(text)) continue;
      for (const part of splitLong(text)) {
        n++;
        out.push({
          id: `${prefix}:passage:${i + 1}${n > 1 ? `:${n}` : ''}`,
          doc,
          table: raw.includes('\t') ? 'prose-table' : 'prose',
          line: i + 1,
          headings: heads.filter(Boolean),
          text: part,
        });
      }
    }
  });
  return out;
}

/** The passages of the documents a manifest lists. */
export function parsePassages(sources: { doc: string }[]): ParserOutput {
  return { passages: sources.map((s) => s.doc).flatMap(docPassages) };
}
