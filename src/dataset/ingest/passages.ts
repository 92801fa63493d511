import type { ParserOutput } from './parsers.js';

export function parsePassages(): ParserOutput {
  return {};
}
