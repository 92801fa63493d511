import type { ParserOutput } from './parsers.js';

export function parseKpis(): ParserOutput {
  return {};
}
