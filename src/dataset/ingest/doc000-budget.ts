import type { ParserOutput } from './parsers.js';

export function parseMinistryBudgetLines(): ParserOutput {
  return {};
}
