// The attached tables (附屬表) of document 000, the 114 ministry-level budget book, as facts:
// positions, grants, overseas travel, object classes, capital expenditure by asset type and the
// functional × economic classification. Each table is a run of half-page blocks after 附屬表.
import type { Fact } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import { blocks, compact, DOC, findLine, lineCount, lineText, type Block } from './doc000-attached-common.js';
import { grantFacts, GRANTS_TABLE, positionFacts, POSITIONS_TABLE, travelFacts, TRAVEL_TABLE } from './doc000-attached-staff.js';
import { CAPITAL_TABLE, capitalFacts, OBJECT_CLASS_TABLE, objectClassFacts } from './doc000-attached-classes.js';
import { ECON_TABLE, econFacts } from './doc000-attached-econ.js';

export { CAPITAL_TABLE, ECON_TABLE, GRANTS_TABLE, OBJECT_CLASS_TABLE, POSITIONS_TABLE, TRAVEL_TABLE };

/** The tables in printed order with their half-page counts. */
const TABLES: { table: string; halves: number; read: (b: Block[]) => Fact[] }[] = [
  { table: POSITIONS_TABLE, halves: 1, read: ([b]) => positionFacts(b) },
  { table: GRANTS_TABLE, halves: 2, read: ([l, r]) => grantFacts(l, r) },
  { table: TRAVEL_TABLE, halves: 1, read: ([b]) => travelFacts(b) },
  { table: OBJECT_CLASS_TABLE, halves: 2, read: ([l, r]) => objectClassFacts(l, r) },
  { table: CAPITAL_TABLE, halves: 2, read: ([l, r]) => capitalFacts(l, r) },
  { table: ECON_TABLE, halves: 6, read: (bs) => econFacts(bs) },
];

/** The contents list names the attached tables after 三、附屬表; check ours against it. */
function checkContents(): void {
  const head = findLine((t) => compact(t) === '三、附屬表', 1, '三、附屬表');
  TABLES.forEach((t, i) => {
    const m = /^\d+\.\s*(\S+)/.exec(lineText(head + 1 + i));
    if (!m || m[1] !== t.table) throw new Error(`${DOC}:${head + 1 + i}: contents list "${t.table}" not found`);
  });
}

export function parseMinistryAttachedTables(): ParserOutput {
  checkContents();
  const start = findLine((t) => /^附\s*屬\s*表$/.test(t), 100, '附屬表');
  const all = blocks(start, lineCount());
  const needed = TABLES.reduce((s, t) => s + t.halves, 0);
  if (all.length !== needed) throw new Error(`${DOC}: ${all.length} table blocks after 附屬表, expected ${needed}`);
  const facts: Fact[] = [];
  let at = 0;
  for (const t of TABLES) {
    facts.push(...t.read(all.slice(at, at + t.halves)));
    at += t.halves;
  }
  const seen = new Set<string>();
  for (const f of facts) {
    if (seen.has(f.id)) throw new Error(`duplicate fact id ${f.id}`);
    seen.add(f.id);
  }
  return { facts };
}
