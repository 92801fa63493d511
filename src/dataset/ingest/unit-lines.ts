// A unit budget's budget lines: its agency, function and programmes as its 歲出機關別預算表 prints
// them, and under each programme its sub-programmes and the plans their explanations name (from the
// 歲出計畫提要及分支計畫概況表). A book whose 歲出機關別預算表 lost the page with its first rows
// reads them where the correction for that book says (LOST_ROWS in corrections.ts).
import type { BudgetLine } from '../schema.js';
import type { Doc } from './source.js';
import { codedLines, planLine, readRows, type TableRow } from './book.js';
import { explanation } from './explained-plans.js';
import { OBJECT_CLASS_TABLE, OBJECT_CLASSES } from './tables.js';
import { wideRows, type WideRow } from './wide-table.js';
import { PLAN_TABLE, parseProgrammes, plansOf, subExplanation, type Programme } from './programmes.js';
import { lostRowsOf, quotedLine } from './corrections.js';
import { cleanText } from './text.js';

export const AGENCY_TABLE = '歲出機關別預算表';
const kind = 'expenditure';

/**
 * Rows of the 歲出機關別預算表. A row's own explanation opens with 本年度 or a numbered item; text
 * before it finishes the explanation of the row above (or of a row on a page the text lost).
 */
export function agencyTableRows(d: Doc): TableRow[] {
  return readRows(d, AGENCY_TABLE, /(?:^|(?<=。))\s*(?=本年度|\d+\.)/);
}

export function unitBudgetLines(d: Doc): BudgetLine[] {
  const rows = agencyTableRows(d);
  const agencyLine = `00${d.agency}0000`;
  const lost = lostRowsOf(d, AGENCY_TABLE);
  const whole = rows[0]?.code === agencyLine;
  if (whole && lost) d.fail(quotedLine(d, lost), `${AGENCY_TABLE} prints its agency line ${agencyLine}: the correction for its lost rows no longer applies`);
  if (!whole && !lost) {
    d.fail(rows[0]?.line ?? '-', `${AGENCY_TABLE} does not open with the agency line ${agencyLine}; if a page of it is lost, a correction quoting what it prints says where its rows are read instead`);
  }
  const heads = whole ? codedLines(d, kind, AGENCY_TABLE, rows) : lostHeads(d, rows);
  const programmes = parseProgrammes(d);
  for (const p of programmes) {
    const printed = heads.find((l) => l.level === 'programme' && l.code === p.code) ?? d.fail(p.line, `${PLAN_TABLE}: programme ${p.code} is not in the ${AGENCY_TABLE}`);
    if (printed.budget !== p.budget) d.fail(printed.line, `${p.code}: ${AGENCY_TABLE} and ${PLAN_TABLE} disagree`);
  }
  return heads.flatMap((l) => [l, ...(l.level === 'programme' ? subProgrammeLines(d, l, programmes.find((p) => p.code === l.code)) : [])]);
}

/** The sub-programmes of a programme, each with the plans its explanation names. */
function subProgrammeLines(d: Doc, programme: BudgetLine, p: Programme | undefined): BudgetLine[] {
  return (p?.subs ?? []).flatMap((sub) => {
    const branch = d.budgetLine({
      id: `${programme.id}:${sub.code}`, table: PLAN_TABLE, line: sub.line, kind, level: 'subprogramme', name: sub.name,
      parent: programme.id, budget: sub.budget, explanation: subExplanation(sub),
    });
    return [branch, ...plansOf(d, sub).map((plan) => planLine(d, branch, plan))];
  });
}

/**
 * The agency, function and programme lines of a book whose table lost its first rows: agency and
 * function as the 歲出一級用途別科目分析表 prints them (their 合計), each programme as the table
 * still prints it or else as the 歲出計畫提要及分支計畫概況表 heads it.
 */
function lostHeads(d: Doc, rows: TableRow[]): BudgetLine[] {
  const analysis = wideRows(d, OBJECT_CLASSES)?.rows ?? d.fail('-', `no ${OBJECT_CLASS_TABLE}`);
  const total = (row: WideRow | undefined, level: 'agency' | 'function', parent: string | null): BudgetLine => {
    const col = row?.cells.find((c) => c.column.category === '合計');
    if (!row?.subjectCode || !col) return d.fail('-', `${OBJECT_CLASS_TABLE}: no ${level} row with a 合計`);
    const id = `${d.id}:exp:${row.subjectCode}`;
    return d.budgetLine({ id, table: OBJECT_CLASS_TABLE, line: col.line, kind, code: row.subjectCode, level, name: row.subject, parent, budget: col.value });
  };
  const agency = total(analysis.find((r) => r.subjectCode === `00${d.agency}0000`), 'agency', null);
  const fn = total(analysis.find((r) => /^5\d{5}0000$/.test(r.subjectCode ?? '') && r.subjectCode!.slice(2, 6) === d.agency), 'function', agency.id);
  const programmes = parseProgrammes(d).map((p) => {
    const programme = { id: `${d.id}:exp:${p.code}`, kind, code: p.code, level: 'programme', name: p.name, parent: fn.id } as const;
    const row = rows.find((r) => r.code === p.code);
    if (row) return d.budgetLine({ ...row, ...programme, table: AGENCY_TABLE, explanation: explanation(row.fragments).text });
    return d.budgetLine({ ...programme, table: PLAN_TABLE, line: p.line, budget: p.budget, explanation: cleanText(p.intro.map((t) => t + ' ')) });
  });
  return [agency, fn, ...programmes];
}
