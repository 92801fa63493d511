// What the bot can answer, with examples in the question's language.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { baseAnswer } from './context.js';
import { exampleQuestions } from './not-found.js';

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
      rows: zh
        ? [['/budget ask', '自然語言提問'], ['/budget compare', '兩年度比較'], ['/budget top', '排名'], ['/budget breakdown', '細分'], ['/budget kpi', '績效指標'], ['/budget plan', '重大計畫'], ['/budget search', '關鍵字搜尋']]
        : [['/budget ask', 'ask in your own words'], ['/budget compare', 'compare two years'], ['/budget top', 'rankings'], ['/budget breakdown', 'breakdowns'], ['/budget kpi', 'indicators'], ['/budget plan', 'major plans'], ['/budget search', 'keyword search']],
    },
    suggestions: exampleQuestions(lang),
  };
}
