import type { ParserOutput } from './parsers.js';

export function parsePerformanceReport(): ParserOutput {
  return {};
}
