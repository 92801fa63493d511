import type { ParserOutput } from './parsers.js';

export function parseMinistryAttachedTables(): ParserOutput {
  return {};
}
