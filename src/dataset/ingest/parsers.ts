// The parsers that build the dataset, one module per document or table family.
// Each returns records of the resources it covers; run.ts concatenates them in this order.
import type { Dataset } from '../schema.js';
import { parseMinistryBudgetLines } from './doc000-budget.js';
import { parseMinistryAttachedTables } from './doc000-attached.js';
import { parseAdiUnitBudget } from './doc002-unit.js';
import { parsePerformanceReport } from './doc001-performance.js';
import { parseMajorPlans } from './doc003-major-plans.js';
import { parseKpis } from './kpis.js';
import { parsePassages } from './passages.js';

export type ParserOutput = Partial<Omit<Dataset, 'sources'>>;

export const PARSERS: { name: string; run: () => ParserOutput }[] = [
  { name: 'doc000-budget', run: parseMinistryBudgetLines },
  { name: 'doc000-attached', run: parseMinistryAttachedTables },
  { name: 'doc002-unit', run: parseAdiUnitBudget },
  { name: 'doc001-performance', run: parsePerformanceReport },
  { name: 'doc003-major-plans', run: parseMajorPlans },
  { name: 'kpis', run: parseKpis },
  { name: 'passages', run: parsePassages },
];
