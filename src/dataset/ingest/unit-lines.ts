// Budget lines of a unit budget: agency, function, programmes, sub-programmes and named plans.
//
// The 歲出機關別預算表 of this book survives only as its last row (the 第一預備金 programme, with all
// four columns); the rows above it were lost with their page. So the agency and function lines take
// their budget from the 歲出一級用途別科目分析表 (合計 column), the programmes theirs from the
// headers of the 歲出計畫提要及分支計畫概況表; their previous-year and final-account columns are
// not printed anywhere in the book and stay null.
import type { Doc } from './source.js';
import { cleanText } from './text.js';
import type { BudgetLine } from '../schema.js';
import { OBJECT_CLASS_TABLE, objectClassRows } from './tables.js';
import { PLAN_TABLE, parseProgrammes, plansOf, subExplanation } from './programmes.js';
import { tableEnd, tableStart } from './openings.js';
import { readRows, type TableRow } from './expenditure-lines.js';
import { explanation, planId } from './explained-plans.js';

const AGENCY_TABLE = '歲出機關別預算表';

/**
 * Rows of the 歲出機關別預算表 that survive. A row's own explanation opens with 本年度 or a numbered
 * item; the text before it finishes the explanation of a row printed on a lost page.
 */
export function agencyTableRows(d: Doc): TableRow[] {
  const title = tableStart(d, AGENCY_TABLE);
  return readRows(d, AGENCY_TABLE, title + 1, tableEnd(d, title, AGENCY_TABLE), /(?:^|(?<=。))\s*(?=本年度|\d+\.)/);
}

export function parseBudgetLines(d: Doc): BudgetLine[] {
  const analysis = objectClassRows(d) ?? d.fail('-', `no ${OBJECT_CLASS_TABLE}`);
  const kind = 'expenditure';
  /** The agency or function line: its budget is the 合計 of its row in the 一級用途別 analysis. */
  const total = (name: string, level: 'agency' | 'function', parent: string | null): BudgetLine => {
    const row = analysis.find((r) => r.subject === name);
    const col = row?.cells.find((c) => c.column.category === '合計');
    if (!row?.subjectCode || !col) d.fail('-', `${OBJECT_CLASS_TABLE}: no 合計 for ${name}`);
    const id = `${d.id}:exp:${row.subjectCode}`;
    return d.budgetLine({ id, table: OBJECT_CLASS_TABLE, line: col.line, kind, code: row.subjectCode, level, name, parent, budget: col.value });
  };
  const agency = total(d.agencyName, 'agency', null);
  const fn = total('科學支出', 'function', agency.id);
  const out = [agency, fn];
  const printed = agencyTableRows(d);
  for (const prog of parseProgrammes(d)) {
    const id = `${d.id}:exp:${prog.code}`;
    const row = printed.find((r) => r.code === prog.code);
    const programme = { id, kind, code: prog.code, level: 'programme', name: prog.name, parent: fn.id } as const;
    if (row && row.budget !== prog.budget) d.fail(row.line, `${prog.code}: ${AGENCY_TABLE} and ${PLAN_TABLE} disagree`);
    if (row) out.push(d.budgetLine({ ...row, ...programme, table: AGENCY_TABLE, explanation: explanation(row.fragments).text }));
    else out.push(d.budgetLine({ ...programme, table: PLAN_TABLE, line: prog.line, budget: prog.budget, explanation: cleanText(prog.intro.map((t) => t + ' ')) }));
    for (const sub of prog.subs) {
      const subId = `${id}:${sub.no}`;
      out.push(d.budgetLine({ id: subId, table: PLAN_TABLE, line: sub.line, kind, level: 'subprogramme', name: sub.name, parent: id, budget: sub.budget, explanation: subExplanation(sub) }));
      for (const plan of plansOf(d, sub)) {
        out.push(d.budgetLine({ id: planId(subId, plan.name), table: PLAN_TABLE, line: plan.line, kind, level: 'plan', name: plan.name, parent: subId, budget: plan.amount, explanation: plan.text }));
      }
    }
  }
  return out;
}
