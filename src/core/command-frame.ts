// Slash commands and buttons as frames: each option fills its slot directly (operation, years,
// how many, by what); only the free text a user typed in an option is read by the question parser.
import type { Understood } from './understand.js';
import { understand } from './understand.js';
import { adToRoc } from './years.js';
import { detectLanguage, normalizeQuestion } from './normalize.js';
import { commandToQuestion } from '../../commands/definitions.js';

export type CommandOptions = Record<string, string | number | undefined>;

const text = (v: string | number | undefined) => (v === undefined ? '' : String(v).trim());

/** A year option in either calendar, as a ROC year. */
function yearOf(v: string | number | undefined): number | undefined {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return adToRoc(n);
}

const yearsOf = (...vs: (string | number | undefined)[]) => vs.map(yearOf).filter((y): y is number => y !== undefined);

/**
 * The frame of a subcommand call. Unknown subcommands read as help. The reply's language is that of
 * the call read as a question (its template), so a re-asked answer (a shared or paged one) matches.
 */
export function commandFrame(sub: string, o: CommandOptions): Understood {
  return { ...frameOf(sub, o), lang: detectLanguage(commandToQuestion(sub, o)) };
}

function frameOf(sub: string, o: CommandOptions): Understood {
  switch (sub) {
    case 'ask':
      return understand(text(o.question));
    case 'compare': {
      const u = understand(text(o.item));
      return { ...u, operation: 'diff', years: yearsOf(o.from, o.to).sort((a, b) => a - b), measures: ['budget'] };
    }
    case 'top': {
      const u = understand(text(o.level) || '機關');
      const n = Number(o.n);
      // the level names what is ranked, not a record to look up
      return { ...u, operation: 'rank', ranking: true, residual: '', topN: Number.isInteger(n) && n > 0 ? n : null, years: yearsOf(o.year), measures: ['budget'] };
    }
    case 'breakdown': {
      const u = understand(`${text(o.item)} ${text(o.by)}`);
      return { ...u, operation: 'breakdown', breakdown: true, years: yearsOf(o.year) };
    }
    case 'kpi':
      return { ...understand(text(o.metric)), operation: 'value' };
    case 'plan':
      return { ...understand(text(o.name)), operation: 'value', planWords: true };
    case 'search': {
      const u = understand(text(o.keywords));
      return { ...u, search: normalizeQuestion(text(o.keywords)) };
    }
    default:
      return { ...understand(''), help: true };
  }
}
