// Display width for monospace layouts: East Asian wide and full-width characters take two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += WIDE.test(ch) || cp >= 0x1f300 ? 2 : 1;
  }
  return w;
}

export function padDisplay(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? pad + s : s + pad;
}

/** Cut to at most `width` columns, marking the cut with …; never used on numbers. */
export function truncateDisplay(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

/** A table as aligned monospace lines; numeric columns right-aligned; text cells may be cut, numbers never. */
export function alignTable(columns: string[], rows: string[][], numeric: number[] = [], maxText = 40): string[] {
  const cellsOf = (r: string[]) => r.map((c, i) => (numeric.includes(i) ? c : truncateDisplay(c.replace(/\s+/g, ' '), maxText)));
  const all = [cellsOf(columns), ...rows.map(cellsOf)];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => padDisplay(c ?? '', widths[i], numeric.includes(i) ? 'right' : 'left')).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(all[0]), rule, ...all.slice(1).map(line)];
}
