import type { ParserOutput } from './parsers.js';

export function parseMajorPlans(): ParserOutput {
  return {};
}
