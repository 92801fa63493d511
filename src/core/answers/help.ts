// What the bot can answer, with examples in the question's language.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { baseAnswer } from './context.js';
import { phrase } from '../../format/phrases.js';
import { exampleQuestions } from './not-found.js';
import { BUDGET_COMMAND } from '../../../commands/definitions.js';

export function answerHelp(u: Understood): Answer {
  // an empty question is answered in Chinese
  const lang = u.lang;
  const p = phrase(lang).records;
  return {
    ...baseAnswer(u, 'help'),
    lang,
    summary: p.help,
    table: {
      columns: p.helpColumns(),
      rows: BUDGET_COMMAND.subcommands.filter((c) => c.name !== 'help').map((c) => [`/${BUDGET_COMMAND.name} ${c.name}`, c.description[lang]]),
    },
    suggestions: exampleQuestions(lang),
  };
}
