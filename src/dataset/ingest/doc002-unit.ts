// Document 002: the 112 unit budget of the Administration for Digital Industries (數位產業署, 6220).
// Budget lines (agency → function → programme → sub-programme → plan) and, in long form, the
// figures of its attached tables. The book has no revenue (歲入) table.
import type { BudgetLine, Fact } from '../schema.js';
import { costSummaryFacts, capitalFacts, oneLevelFacts } from './doc002-analysis.js';
import { econFacts } from './doc002-econ.js';
import { commissionedFacts, donationFacts } from './doc002-grants.js';
import { parseBudgetLines } from './doc002-lines.js';
import { personnelCostFacts, positionFacts } from './doc002-personnel.js';
import { subProgrammeClassFacts } from './doc002-programmes.js';
import { officeFacts, vehicleFacts } from './doc002-property.js';
import { travelFacts } from './doc002-travel.js';

function unique<T extends { id: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new Error(`doc002: duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return records;
}

export function parseAdiUnitBudget(): { budget_lines: BudgetLine[]; facts: Fact[] } {
  return {
    budget_lines: unique(parseBudgetLines()),
    facts: unique([
      ...subProgrammeClassFacts(),
      ...costSummaryFacts(),
      ...oneLevelFacts(),
      ...capitalFacts(),
      ...personnelCostFacts(),
      ...positionFacts(),
      ...vehicleFacts(),
      ...officeFacts(),
      ...donationFacts(),
      ...travelFacts(),
      ...econFacts(),
      ...commissionedFacts(),
    ]),
  };
}
