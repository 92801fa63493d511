// Budget lines of a unit budget: agency, function, programmes, sub-programmes and named plans.
//
// The 歲出機關別預算表 of this book survives only as its last row (the 第一預備金 programme, with all
// four columns); the rows above it were lost with their page. So the agency and function lines take
// their budget from the 歲出一級用途別科目分析表 (合計 column), the programmes theirs from the
// headers of the 歲出計畫提要及分支計畫概況表; their previous-year and final-account columns are
// not printed anywhere in the book and stay null.
import { type Doc, filled, isNumberCell } from './source.js';
import { cleanText } from './text.js';
import type { BudgetLine } from '../schema.js';
import { OBJECT_CLASS_TABLE, objectClassRows } from './object-classes.js';
import { PLAN_TABLE, parseProgrammes, subExplanation } from './programmes.js';
import { plansOf } from './plan-items.js';
import { slug } from './text.js';
import { tableEnd } from './openings.js';

export const AGENCY_TABLE = '歲出機關別預算表';

type Level = BudgetLine['level'];

function line(d: Doc, 
  id: string,
  level: Level,
  code: string | null,
  name: string,
  parent: string | null,
  table: string,
  at: number,
  budget: number,
  rest: Partial<Pick<BudgetLine, 'previousBudget' | 'finalAccount' | 'change' | 'explanation'>> = {},
): BudgetLine {
  return {
    id,
    doc: d.name,
    table,
    line: at,
    kind: 'expenditure',
    year: d.year,
    agency: d.agency,
    code,
    level,
    name,
    parent,
    budget,
    previousBudget: rest.previousBudget ?? null,
    finalAccount: rest.finalAccount ?? null,
    change: rest.change ?? null,
    ...(rest.explanation ? { explanation: rest.explanation } : {}),
  };
}

export interface AgencyTableRow {
  line: number;
  code: string;
  name: string;
  budget: number;
  previousBudget: number;
  finalAccount: number;
  change: number;
  explanation: string;
  /** text at the head of the 說明 cell that finishes the explanation of a row printed on a lost page */
  carriedOver: string;
}

/** Rows of the 歲出機關別預算表 that survive: "<code> <name>" then four amounts and 說明. */
export function agencyTableRows(d: Doc): AgencyTableRow[] {
  const start = d.find((t) => t === AGENCY_TABLE, 1, undefined, AGENCY_TABLE);
  const end = tableEnd(d, start, AGENCY_TABLE) + 1;
  const out: AgencyTableRow[] = [];
  for (let n = start + 1; n < end; n++) {
    const c = d.cells(n);
    const k = c.findIndex((x) => /^\d{10}\s+\S/.test(x));
    if (k < 0 || !c.slice(k + 1, k + 5).every(isNumberCell) || c.length < k + 5) continue;
    const [code, ...name] = c[k].split(/\s+/);
    const text = cleanText(filled(c.slice(k + 5)));
    // An explanation opens with a numbered item or 本年度; anything before that is carried over.
    const open = text.search(/(^|。)\s*(本年度|\d+\.)/);
    const cut = open <= 0 ? 0 : text.indexOf('。', open) + 1;
    out.push({
      line: n,
      code,
      name: name.join(''),
      budget: d.twd(c[k + 1], n),
      previousBudget: d.twd(c[k + 2], n),
      finalAccount: d.twd(c[k + 3], n),
      change: d.twd(c[k + 4], n),
      explanation: text.slice(cut).trim(),
      carriedOver: text.slice(0, cut).trim(),
    });
  }
  return out;
}

export function parseBudgetLines(d: Doc): BudgetLine[] {
  const out: BudgetLine[] = [];
  const analysis = objectClassRows(d) ?? d.fail('-', `no ${OBJECT_CLASS_TABLE}`);
  const total = (name: string) => {
    const row = analysis.find((r) => r.subject === name);
    const col = row?.cells.find((c) => c.column.category === '合計');
    if (!row?.subjectCode || !col) throw new Error(`${OBJECT_CLASS_TABLE}: no 合計 for ${name}`);
    return { row: { ...row, code: row.subjectCode, name: row.subject }, col };
  };
  const agency = total(d.agencyName);
  const agencyId = `${d.id}:exp:${agency.row.code}`;
  out.push(line(d, agencyId, 'agency', agency.row.code, agency.row.name, null, OBJECT_CLASS_TABLE, agency.col.line, agency.col.value));
  const fn = total('科學支出');
  const fnId = `${d.id}:exp:${fn.row.code}`;
  out.push(line(d, fnId, 'function', fn.row.code, fn.row.name, agencyId, OBJECT_CLASS_TABLE, fn.col.line, fn.col.value));

  const printed = agencyTableRows(d);
  for (const prog of parseProgrammes(d)) {
    const id = `${d.id}:exp:${prog.code}`;
    const row = printed.find((r) => r.code === prog.code);
    if (row) {
      if (row.budget !== prog.budget) throw new Error(`${prog.code}: ${AGENCY_TABLE} and ${PLAN_TABLE} disagree`);
      out.push(
        line(d, id, 'programme', prog.code, prog.name, fnId, AGENCY_TABLE, row.line, row.budget, {
          previousBudget: row.previousBudget,
          finalAccount: row.finalAccount,
          change: row.change,
          explanation: row.explanation,
        }),
      );
    } else {
      out.push(line(d, id, 'programme', prog.code, prog.name, fnId, PLAN_TABLE, prog.line, prog.budget, { explanation: cleanText(prog.intro.map((t) => t + ' ')) }));
    }
    for (const sub of prog.subs) {
      const subId = `${id}:${sub.no}`;
      out.push(line(d, subId, 'subprogramme', null, sub.name, id, PLAN_TABLE, sub.line, sub.budget, { explanation: subExplanation(sub) }));
      for (const plan of plansOf(d, sub)) {
        out.push(line(d, `${subId}:plan:${slug(plan.name)}`, 'plan', null, plan.name, subId, PLAN_TABLE, plan.line, plan.amount, { explanation: plan.text }));
      }
    }
  }
  return out;
}
