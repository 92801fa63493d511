// The lookup tool: named fields (agency / item / plan / indicator, year, measure) read as the
// question a person would type, or as the slash command that stands for it. Names are checked
// against the data first, so an unknown one is an error that lists what is known, never a guess.
import type { Answer } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import { AGENCIES, AMBIGUOUS_MINISTRY } from '../../core/lexicon.js';
import { adToRoc } from '../../core/years.js';
import { MEASURES, type LookupMeasure } from './schemas.js';

export interface LookupArgs {
  agency?: string;
  item?: string;
  plan?: string;
  indicator?: string;
  year?: number;
  measure?: LookupMeasure;
}

export type LookupResult = { ok: true; answer: Answer } | { ok: false; error: string };

/** How many close names an error offers. */
const NEAR_NAMES = 8;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The agency's name as the documents print it, or undefined when it is none of the four. */
export function agencyName(typed: string): string | undefined {
  const t = fold(typed);
  // the ministry's own name stands for the whole or its proper part: the question reads it as it does
  if (AMBIGUOUS_MINISTRY.some((a) => fold(a) === t)) return AMBIGUOUS_MINISTRY[0];
  const found = AGENCIES.find((a) => [a.zh, a.en, a.short, ...a.aliases].some((n) => fold(n) === t));
  // the ministry proper by the name that is only its own (數位發展部本部)
  return found && AMBIGUOUS_MINISTRY.includes(found.zh) ? found.aliases[0] : found?.zh;
}

const knownAgencies = () => AGENCIES.map((a) => `${a.zh} (${a.short})`).join(', ');

/** A name the engine's completion knows, or the error that says which names are close. */
function checkName(engine: Engine, kind: 'plan' | 'kpi', typed: string, what: string): string | undefined {
  const near = engine.complete(kind, typed, NEAR_NAMES);
  if (near.length) return undefined;
  const some = engine.complete(kind, '', NEAR_NAMES).join(', ');
  return `Unknown ${what} "${typed}". Known ${what}s include: ${some}`;
}

function yearWords(year: number | undefined): string {
  return year === undefined ? '' : ` ${adToRoc(year)} 年度`;
}

/** Answer the fields, or say which field names nothing in the data. */
export function lookup(engine: Engine, args: LookupArgs): LookupResult {
  const measure = args.measure ? MEASURES[args.measure] : undefined;
  if (args.indicator) {
    const bad = checkName(engine, 'kpi', args.indicator, 'indicator');
    if (bad) return { ok: false, error: bad };
    return { ok: true, answer: engine.command('kpi', { metric: args.indicator }) };
  }
  if (args.plan) {
    const bad = checkName(engine, 'plan', args.plan, 'plan');
    if (bad) return { ok: false, error: bad };
    if (!measure && args.year === undefined) return { ok: true, answer: engine.command('plan', { name: args.plan }) };
    return { ok: true, answer: engine.ask(`${args.plan}${yearWords(args.year)} ${measure ?? MEASURES.approved}`) };
  }
  let agency: string | undefined;
  if (args.agency) {
    agency = agencyName(args.agency);
    if (!agency) return { ok: false, error: `Unknown agency "${args.agency}". Known agencies: ${knownAgencies()}` };
  }
  if (!agency && !args.item) return { ok: false, error: 'Name an agency, item, plan or indicator.' };
  const words = [agency, args.item].filter(Boolean).join(' ');
  return { ok: true, answer: engine.ask(`${words}${yearWords(args.year)} ${measure ?? MEASURES.budget}`) };
}
