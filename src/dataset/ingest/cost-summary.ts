// 各項費用彙計表 of a unit budget (object classes × programmes), and the codes of a unit budget's
// names: account numbers and object-class codes.
import { type Doc, compact, isDash } from './source.js';
import type { Fact } from '../schema.js';
import { accountCode as accountOf } from './accounts.js';
import { natureOf, parseProgrammes } from './programmes.js';
import { tableEnd } from './openings.js';

export const COST_TABLE = '各項費用彙計表';
export const ONE_LEVEL_TABLE = '歲出一級用途別科目分析表';
export const CAPITAL_TABLE = '資本支出分析表';

/** Object-class code by name, from the classes printed under the sub-programmes. */
export function classCode(d: Doc, name: string): string | null {
  for (const p of parseProgrammes(d)) for (const s of p.subs) for (const c of s.classes) if (c.name === name) return c.code;
  return null;
}

/** Account number of a line of the book's own agency, which the book must print. */
export function accountCode(d: Doc, name: string): string {
  return accountOf(d, d.agency, name) ?? d.fail('-', `no account number for "${name}"`);
}

// ---------- 各項費用彙計表 ----------

export function costSummaryFacts(d: Doc): Fact[] {
  const start = d.find((t) => t === COST_TABLE, 1, undefined, COST_TABLE);
  const end = tableEnd(d, start, COST_TABLE) + 1;
  const out: Fact[] = [];
  let columns: { index: number; code: string | null; name: string }[] = [];
  for (let n = start; n < end; n++) {
    const c = d.cells(n);
    if (c[0].startsWith('工作計畫名稱及編號')) {
      columns = c
        .map((cell, index) => ({ cell, index }))
        .filter((x) => x.index > 0 && x.cell !== '')
        .map(({ cell, index }) => {
          const m = /^(\d{10})\s+(.+)$/.exec(cell);
          if (m) return { index, code: m[1], name: parseProgrammes(d).find((p) => p.code === m[1])?.name ?? cell };
          if (compact(cell) !== '合計') throw new Error(`line ${n}: unknown column "${cell}"`);
          return { index, code: null, name: d.agencyName };
        });
      continue;
    }
    const row = /^(\d{4})\s+(.+)$/.exec(c[0]);
    const isTotal = compact(c[0]) === '合計';
    if (!row && !isTotal) continue;
    if (columns.length === 0) throw new Error(`line ${n}: ${COST_TABLE} row before its header`);
    for (const col of columns) {
      const cell = c[col.index] ?? '';
      if (cell === '' || isDash(cell)) continue;
      const category = isTotal ? '合計' : row![2].trim();
      const code = isTotal ? null : row![1];
      out.push(
        d.fact({
          idParts: ['summary', col.name, category],
          family: 'object_class',
          table: COST_TABLE,
          line: n,
          subject: col.name,
          subjectCode: col.code ?? accountCode(d, d.agencyName),
          category,
          categoryCode: code,
          nature: code ? natureOf(code) : null,
          measure: 'budget',
          value: d.twd(cell, n),
          unit: 'TWD',
        }),
      );
    }
  }
  return out;
}
