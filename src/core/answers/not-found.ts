// When the data cannot answer: no figure, an honest sentence, and questions it can answer.
import type { Answer } from '../answer.js';
import type { Understood } from '../understand.js';
import { baseAnswer, type Context } from './context.js';

export function exampleQuestions(lang: 'zh' | 'en'): string[] {
  return lang === 'zh'
    ? ['數位產業署 114 年度預算', '114 年度哪個機關預算最多？', '數位發展部主管 114 年度用途別細分', 'MyData 介接多少機關', '112 年度主管總預算執行率']
    : ['ADI budget 2025', 'Which agency has the largest budget in 2025?', 'MODA total 2025 breakdown by object class', 'MyData agencies', 'Execution rate 2023'];
}

export function notFound(_ctx: Context, u: Understood, summary: string, suggestions: string[] = []): Answer {
  return {
    ...baseAnswer(u, 'not_found'),
    summary,
    suggestions: [...suggestions, ...exampleQuestions(u.lang)].slice(0, 5),
  };
}
