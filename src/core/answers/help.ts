// What the bot can answer, with examples in the question's language.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { baseAnswer } from './context.js';
import { exampleQuestions } from './not-found.js';
import { BUDGET_COMMAND } from '../../../commands/definitions.js';

export function answerHelp(u: Understood): Answer {
  const zh = u.lang === 'zh' || u.norm.trim() === '';
  const lang = zh ? 'zh' : 'en';
  return {
    ...baseAnswer(u, 'help'),
    lang,
    summary: zh
      ? '我回答數位發展部（本部、資通安全署、數位產業署）的預算、歲入、用途別、員額、執行率、重大計畫與績效指標，每個數字都附上出處。可用民國或西元年，例如：'
      : 'I answer questions on the budgets, revenue, object classes, positions, execution, major plans and indicators of the Ministry of Digital Affairs and its two administrations (ACS, ADI), each figure with its source. Years in ROC or AD. For example:',
    table: {
      columns: zh ? ['指令', '用途'] : ['Command', 'What it does'],
      rows: BUDGET_COMMAND.subcommands.filter((c) => c.name !== 'help').map((c) => [`/${BUDGET_COMMAND.name} ${c.name}`, c.description[lang]]),
    },
    suggestions: exampleQuestions(lang),
  };
}
