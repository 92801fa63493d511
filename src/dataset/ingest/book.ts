// A budget book (a ministry's 主管預算 or an agency's 單位預算): its budget lines and the facts of
// every standard table it prints.
import type { ParserOutput } from './parsers.js';
import type { Doc } from './source.js';
import { parseMinistryBudgetLines } from './expenditure-lines.js';
import { parseBudgetLines } from './unit-lines.js';
import { bookFacts } from './tables.js';

/** Budget lines: a ministry book prints them in 歲出機關別預算表; a unit budget by programme. */
export function parseBudgetBook(d: Doc): ParserOutput {
  const lines = d.kind === 'ministry-budget' ? parseMinistryBudgetLines(d) : parseBudgetLines(d);
  return { budget_lines: d.unique(lines, 'budget line'), facts: bookFacts(d).facts };
}
