// What the frame understood of a question the bot gave no figure for (or that someone marked 👎),
// in the few fields the gap report groups by: read from the engine's public trace, so the log line
// records how the question was read when it was asked.
import type { Answer } from '../core/answer.js';
import type { Engine } from '../core/engine.js';
import { agencyInfo } from '../core/lexicon.js';
import { redactText } from '../log.js';

export type Outcome = 'figure' | 'choices' | 'passages' | 'not_found' | 'help';

/**
 * One word per answer for metrics and the log. Choices: a clarifying answer, or any answer that
 * offers a list of choices (the optional `choices` of the contract).
 */
export function answerOutcome(a: Answer): Outcome {
  const choices = (a as { choices?: unknown }).choices;
  if (a.intent === 'clarify' || (Array.isArray(choices) && choices.length > 0)) return 'choices';
  if (a.intent === 'not_found') return 'not_found';
  if (a.intent === 'help') return 'help';
  return a.figures.length ? 'figure' : 'passages';
}

export interface GapFrame {
  /** the agencies named, or the body outside the data that was named; '' when none */
  subject: string;
  /** the measures read (budget, final, change …), joined with '+'; '' when none */
  measure: string;
  operation: string;
  /** the words left after agencies, years, measures and operation words were read */
  unread: string[];
}

const MAX_UNREAD = 6;
const MAX_WORD = 24;

/** The frame of `question` as the gap report groups it, and whether the question asked for a search. */
export function gapFrame(engine: Pick<Engine, 'explain'>, question: string): { frame: GapFrame; searchAsked: boolean } {
  const { frame, gate } = engine.explain(question);
  const outside = gate.kind === 'foreign' && frame.foreignBody ? redactText(frame.foreignBody, MAX_WORD) : '';
  const named = frame.agencies.map((code) => agencyInfo(code).zh);
  if (!named.length && frame.ministryAmbiguous) named.push(agencyInfo('6201').zh);
  const subject = outside || named.join('、');
  const words = frame.residual.split(/\s+/).map((w) => redactText(w, MAX_WORD)).filter((w) => w && w !== subject);
  return {
    frame: { subject, measure: frame.measures.join('+'), operation: frame.operation, unread: [...new Set(words)].slice(0, MAX_UNREAD) },
    searchAsked: gate.kind === 'search-asked',
  };
}

/** Outcomes the data team looks at: no figure (unless a search was asked for) or choices. */
export function isGap(outcome: Outcome): boolean {
  return outcome === 'choices' || outcome === 'not_found' || outcome === 'passages';
}
