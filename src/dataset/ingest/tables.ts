// The standard tables of a budget book (主管預算 or 單位預算), one entry per table type, each parsed
// wherever the document prints it. A type marked with kinds is so far read in that kind of book only
// (its two printings differ in layout). Facts come out in this order.
import type { Fact } from '../schema.js';
import type { Doc } from './source.js';
import { econFacts, ECON_TABLE } from './econ.js';
import { halvesTableFacts, MINISTRY_TABLES } from './agency-rows.js';
import { COST_TABLE, costSummaryFacts } from './cost-summary.js';
import { CAPITAL_TABLE, capitalFacts, OBJECT_CLASS_TABLE, objectClassFacts } from './object-classes.js';
import { COMMISSIONED_TABLE, commissionedFacts, DONATION_TABLE, donationFacts } from './donations.js';
import { PERSONNEL_TABLE, personnelCostFacts, POSITIONS_TABLE, positionFacts } from './personnel.js';
import { PLAN_TABLE, subProgrammeClassFacts } from './programmes.js';
import { OFFICE_TABLE, officeFacts, VEHICLE_TABLE, vehicleFacts } from './property.js';
import { MAINLAND_TABLE, TRAVEL_SUMMARY_TABLE, TRAVEL_TABLE, travelFacts } from './trips.js';

/** How a table type is recorded in a document. */
export interface TableOptions {
  /** '-' cells are recorded as facts of 0 (else left out) */
  zeros: boolean;
}

export interface TableType {
  /** the standard titles the parser reads (one parser may read a family of tables) */
  titles: string[];
  kinds?: string[];
  /** kinds of book whose '-' cells are recorded as facts of 0, as first published */
  zeros?: string[];
  facts: (d: Doc, o: TableOptions) => Fact[] | null;
}

const UNIT = ['unit-budget'];
const MINISTRY = ['ministry-budget'];
const ministry = (title: string): TableType => {
  const t = MINISTRY_TABLES.find((x) => x.title === title)!;
  return { titles: [title], kinds: ['ministry-budget'], facts: (d) => halvesTableFacts(d, t) };
};

export const TABLE_TYPES: TableType[] = [
  { titles: [PLAN_TABLE], kinds: UNIT, facts: subProgrammeClassFacts },
  { titles: [COST_TABLE], kinds: UNIT, facts: costSummaryFacts },
  ...MINISTRY_TABLES.map((t) => ministry(t.title)),
  { titles: [OBJECT_CLASS_TABLE], zeros: MINISTRY, facts: objectClassFacts },
  { titles: Object.values(CAPITAL_TABLE), zeros: MINISTRY, facts: capitalFacts },
  { titles: [PERSONNEL_TABLE], kinds: UNIT, facts: personnelCostFacts },
  { titles: [POSITIONS_TABLE], kinds: UNIT, facts: positionFacts },
  { titles: [VEHICLE_TABLE], kinds: UNIT, facts: vehicleFacts },
  { titles: [OFFICE_TABLE], kinds: UNIT, facts: officeFacts },
  { titles: [DONATION_TABLE], kinds: UNIT, facts: donationFacts },
  { titles: [TRAVEL_SUMMARY_TABLE, TRAVEL_TABLE, MAINLAND_TABLE], kinds: UNIT, facts: travelFacts },
  { titles: [ECON_TABLE], zeros: MINISTRY, facts: econFacts },
  { titles: [COMMISSIONED_TABLE], kinds: UNIT, facts: commissionedFacts },
];

/** The facts of every table type a document prints, and the titles each was found under. */
export function bookFacts(d: Doc): { facts: Fact[]; found: string[] } {
  const facts: Fact[] = [];
  const found: string[] = [];
  for (const t of TABLE_TYPES) {
    if (t.kinds && !t.kinds.includes(d.kind)) continue;
    const out = t.facts(d, { zeros: t.zeros?.includes(d.kind) ?? false });
    if (out === null) continue;
    facts.push(...out);
    found.push(...new Set(out.map((f) => f.table)));
  }
  const seen = new Set<string>();
  for (const f of facts) {
    if (seen.has(f.id)) throw new Error(`${d.name}: duplicate fact id ${f.id}`);
    seen.add(f.id);
  }
  return { facts, found };
}
