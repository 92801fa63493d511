import type { ParserOutput } from './parsers.js';

export function parseAdiUnitBudget(): ParserOutput {
  return {};
}
