// The parsers that build the dataset. Each reads every manifest document of its kinds (or, without
// kinds, all documents at once) and returns records of the resources it covers; run.ts concatenates
// them in this order.
import type { Dataset } from '../schema.js';
import type { Doc } from './source.js';
import { parseBudgetBook } from './book.js';
import { parsePerformanceReport } from './doc001-performance.js';
import { parseMajorPlans } from './doc003-major-plans.js';
import { parseKpis } from './kpis.js';
import { parsePassages } from './passages.js';

export type ParserOutput = Partial<Omit<Dataset, 'sources'>>;

export const PARSERS: { name: string; kinds?: string[]; run: (d: Doc) => ParserOutput }[] = [
  { name: 'budget-book', kinds: ['ministry-budget', 'unit-budget'], run: parseBudgetBook },
  { name: 'performance-report', kinds: ['performance-report'], run: parsePerformanceReport },
  { name: 'major-plans', kinds: ['major-plans'], run: parseMajorPlans },
  { name: 'kpis', run: () => parseKpis() },
  { name: 'passages', run: () => parsePassages() },
];
