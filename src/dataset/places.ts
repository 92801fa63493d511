// Where a record is printed (pages of a budget book, a report's section), by record id: what a
// citation of a figure carries besides the document line it was read from.
import type { Dataset } from './schema.js';

export interface Place {
  pages?: string;
  page?: number;
  section?: string;
}

/** Records that have a place, by id: the records themselves, so the index costs one Map. */
const indexes = new WeakMap<Dataset, Map<string, Place>>();

function indexOf(data: Dataset): Map<string, Place> {
  const index = new Map<string, Place>();
  for (const rs of [data.budget_lines, data.facts, data.major_plans, data.kpis, data.passages]) {
    for (const r of rs) if (r.pages !== undefined || r.section !== undefined) index.set(r.id, r);
  }
  return index;
}

/** The place of a record (indexed once per dataset, on the first citation), or nothing when it has none. */
export function placeOf(data: Dataset, recordId: string | undefined): Place {
  if (!recordId) return {};
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = indexOf(data)));
  const r = index.get(recordId);
  if (!r) return {};
  return { ...(r.pages !== undefined ? { pages: r.pages } : {}), ...(r.page !== undefined ? { page: r.page } : {}), ...(r.section !== undefined ? { section: r.section } : {}) };
}
