// The parts of a question's frame read from its wording: the operation it asks for and the unit
// its answer must be in. Pure functions of the normalised question; the words live in the lexicon.
import { COUNT_UNITS } from '../dataset/ingest/kpi-number.js';
import { COUNT_WORDS, MONEY_WORDS, OPERATION_WORDS, BREAKDOWN, type Operation } from './lexicon.js';

export type UnitAsked = 'money' | 'percent' | 'count' | null;

export interface OperationReading {
  operation: Operation;
  /** the unit the answer must be in, when the question says */
  unitAsked: UnitAsked;
  /** document counting words the asked count agrees with ("幾件" → 件, 案); empty: any count */
  countWords: string[];
}

/** How many years the question names, and whether it asks about two things side by side. */
export interface OperationHints {
  years: number;
  agencies: number;
  sum: boolean;
  ranking: boolean;
}

export function readUnitAsked(question: string): { unitAsked: UnitAsked; countWords: string[] } {
  // 預算員額 counts positions, not money
  const norm = question.replace(/預算員額/g, '員額');
  if (OPERATION_WORDS.percent.test(norm) || OPERATION_WORDS.execRate.test(norm) || OPERATION_WORDS.share.test(norm)) {
    return { unitAsked: 'percent', countWords: [] };
  }
  // "how many products … submitted by companies" counts products: an English counting noun is the one asked
  // (up to the verb or a preposition: "how many 5G base stations had operators built" counts base stations, not operators)
  const scope = norm.match(/how many(?:\s+(?!(?:had|have|has|did|do|does|were|was|are|is|will|can|could|by|from|for|under|in|at|of|with|that|which|who)\b)\S+){1,6}/)?.[0] ?? norm;
  // the glossary may have put the noun in Chinese already (how many 機關): read it as 多少機關 too;
  // "how much money … approved cases" asks an amount: its nouns count nothing
  const amountAsked = /how much/.test(norm) && !/how many/.test(norm);
  const read = amountAsked ? [] : [scope, scope.replace(/how many\s*/, '多少').replace(/\s+/g, '')];
  for (const [re, words] of COUNT_WORDS) if (read.some((t) => re.test(t))) return { unitAsked: 'count', countWords: words };
  // any other counting word the documents count in: 幾種, 多少艘
  const word = norm.match(/(?:幾|多少)\s*([\u3400-\u9fff])/)?.[1];
  if (word && COUNT_UNITS.includes(word)) return { unitAsked: 'count', countWords: [word] };
  if (MONEY_WORDS.test(norm)) return { unitAsked: 'money', countWords: [] };
  return { unitAsked: null, countWords: [] };
}

export function readOperation(norm: string, hints: OperationHints): OperationReading {
  const unit = readUnitAsked(norm);
  const w = OPERATION_WORDS;
  const op = ((): Operation => {
    if (w.remaining.test(norm)) return 'remaining';
    if (w.count.test(norm)) return 'count';
    if (hints.ranking) return 'rank';
    if (w.percent.test(norm) && w.change.test(norm) && hints.years >= 2) return 'changePct';
    if (w.share.test(norm) && !/比例尺/.test(norm)) return 'share';
    if (w.execRate.test(norm)) return 'ratio';
    if (w.percent.test(norm) && (w.change.test(norm) || hints.years >= 2) && !/比率|涵蓋率|普及率/.test(norm)) return 'changePct';
    if (w.diff.test(norm) || (w.change.test(norm) && hints.years >= 2)) return 'diff';
    if (hints.sum) return 'sum';
    if (BREAKDOWN.test(norm)) return 'breakdown';
    return 'value';
  })();
  return { operation: op, ...unit };
}
