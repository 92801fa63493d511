// The bundled font, Noto Sans Hant (SIL OFL 1.1) from the @embedpdf/fonts-tc package, so Chinese labels
// show on a machine with no CJK fonts; and its advance widths, so layout knows how wide text really is.
// Only the tables needed for widths are read (head, hhea, hmtx, cmap), on the first chart.
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans Hant';
const FILES = { regular: 'NotoSansHant-Regular.otf', bold: 'NotoSansHant-Bold.otf' } as const;
export type Weight = keyof typeof FILES;

let dir: string | undefined;
function fontPath(weight: Weight): string {
  // the package exports only its script entry (dist/); the fonts sit beside it under fonts/
  dir ??= join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-tc')), '..', 'fonts');
  return join(dir, FILES[weight]);
}

export function fontFiles(): string[] {
  return (Object.keys(FILES) as Weight[]).map(fontPath);
}

interface Metrics {
  upem: number;
  /** cmap format 12 groups, flattened: first code point, last code point, first glyph id */
  groups: Uint32Array;
  advances: Uint16Array;
  cache: Map<number, number>;
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  readSync(fd, b, 0, length, offset);
  return b;
}

function loadMetrics(path: string): Metrics {
  const fd = openSync(path, 'r');
  try {
    const count = readAt(fd, 0, 12).readUInt16BE(4);
    const records = readAt(fd, 12, 16 * count);
    const where = new Map<string, [number, number]>();
    for (let i = 0; i < count; i++) {
      const r = 16 * i;
      where.set(records.toString('latin1', r, r + 4), [records.readUInt32BE(r + 8), records.readUInt32BE(r + 12)]);
    }
    const table = (tag: string) => {
      const t = where.get(tag);
      if (!t) throw new Error(`font ${path} has no ${tag} table`);
      return readAt(fd, t[0], t[1]);
    };
    const upem = table('head').readUInt16BE(18);
    const numberOfHMetrics = table('hhea').readUInt16BE(34);
    const hmtx = table('hmtx');
    const advances = new Uint16Array(numberOfHMetrics);
    for (let i = 0; i < numberOfHMetrics; i++) advances[i] = hmtx.readUInt16BE(4 * i);
    const cmap = table('cmap');
    let groups = new Uint32Array(0);
    for (let i = 0; i < cmap.readUInt16BE(2); i++) {
      const off = cmap.readUInt32BE(4 + 8 * i + 4);
      if (cmap.readUInt16BE(off) !== 12) continue;
      const n = cmap.readUInt32BE(off + 12) * 3;
      groups = new Uint32Array(n);
      for (let g = 0; g < n; g++) groups[g] = cmap.readUInt32BE(off + 16 + 4 * g);
      break;
    }
    if (groups.length === 0) throw new Error(`font ${path} has no format 12 cmap`);
    return { upem, groups, advances, cache: new Map() };
  } finally {
    closeSync(fd);
  }
}

function glyphOf(m: Metrics, cp: number): number {
  let lo = 0;
  let hi = m.groups.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = m.groups[3 * mid];
    if (cp < first) hi = mid - 1;
    else if (cp > m.groups[3 * mid + 1]) lo = mid + 1;
    else return m.groups[3 * mid + 2] + (cp - first);
  }
  return 0;
}

/** Advance of one character in em. */
function advance(m: Metrics, cp: number): number {
  let w = m.cache.get(cp);
  if (w === undefined) {
    const g = glyphOf(m, cp);
    w = m.advances[Math.min(g, m.advances.length - 1)] / m.upem;
    m.cache.set(cp, w);
  }
  return w;
}

const metrics: Partial<Record<Weight, Metrics>> = {};

/** Width in px of a line of text as resvg will draw it with the bundled font (kerning aside). */
export function textWidth(s: string, size: number, weight: Weight = 'regular'): number {
  const m = (metrics[weight] ??= loadMetrics(fontPath(weight)));
  let em = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20) em += advance(m, cp);
  }
  return em * size;
}
