// The parsers that build the dataset. Each reads every manifest document of its kinds (or all
// documents at once) and returns records of the resources it covers; run.ts concatenates them in
// this order.
import type { Dataset, SourceDoc } from '../schema.js';
import type { Doc } from './source.js';
import { parseBudgetBook } from './book.js';
import { parsePerformanceReport } from './performance-report.js';
import { parseMajorPlans } from './major-plans.js';
import { parseKpis } from './kpis.js';
import { parsePassages } from './passages.js';

export type ParserOutput = Partial<Omit<Dataset, 'sources'>>;

export type Parser = { name: string } & (
  | { kinds: string[]; run: (d: Doc) => ParserOutput }
  | { all: (sources: SourceDoc[]) => ParserOutput }
);

/** The kinds of budget book: a ministry's 主管預算 and an agency's 單位預算. */
export const BUDGET_BOOKS = ['ministry-budget', 'unit-budget'];

export const PARSERS: Parser[] = [
  { name: 'budget-book', kinds: BUDGET_BOOKS, run: parseBudgetBook },
  { name: 'performance-report', kinds: ['performance-report'], run: parsePerformanceReport },
  { name: 'major-plans', kinds: ['major-plans'], run: parseMajorPlans },
  { name: 'kpis', all: parseKpis },
  { name: 'passages', all: parsePassages },
];
