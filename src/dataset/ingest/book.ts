// A budget book (a ministry's 主管預算 or an agency's 單位預算): its budget lines and the facts of
// every standard table it prints.
import type { BudgetLine } from '../schema.js';
import type { ParserOutput } from './parsers.js';
import type { Doc } from './source.js';
import { parseMinistryBudgetLines } from './expenditure-lines.js';
import { parseBudgetLines } from './unit-lines.js';
import { bookFacts } from './tables.js';

function unique(d: Doc, records: BudgetLine[]): BudgetLine[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new Error(`${d.name}: duplicate budget line id ${r.id}`);
    seen.add(r.id);
  }
  return records;
}

/** Budget lines: a ministry book prints them in 歲出機關別預算表; a unit budget by programme. */
export function parseBudgetBook(d: Doc): ParserOutput {
  const lines = d.kind === 'ministry-budget' ? parseMinistryBudgetLines(d) : parseBudgetLines(d);
  return { budget_lines: unique(d, lines), facts: bookFacts(d).facts };
}
