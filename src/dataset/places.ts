// Where a record is printed (pages of a budget book, a report's section), by record id: what a
// citation of a figure carries besides the document line it was read from.
import type { Dataset } from './schema.js';

export interface Place {
  pages?: string;
  page?: number;
  section?: string;
}

const indexes = new WeakMap<Dataset, Map<string, Place>>();

function indexOf(data: Dataset): Map<string, Place> {
  const index = new Map<string, Place>();
  for (const r of [...data.budget_lines, ...data.facts, ...data.major_plans, ...data.kpis, ...data.passages]) {
    const { pages, page, section } = r;
    if (pages !== undefined || section !== undefined) {
      index.set(r.id, { ...(pages !== undefined ? { pages } : {}), ...(page !== undefined ? { page } : {}), ...(section !== undefined ? { section } : {}) });
    }
  }
  return index;
}

/** The place of a record (built once per dataset, on the first citation), or nothing when it has none. */
export function placeOf(data: Dataset, recordId: string | undefined): Place {
  if (!recordId) return {};
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = indexOf(data)));
  return index.get(recordId) ?? {};
}
