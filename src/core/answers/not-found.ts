// When the data cannot answer: no figure, an honest sentence, and questions it can answer.
import type { Answer, Lang } from '../answer.js';
import { phrase } from '../../format/phrases.js';
import type { Understood } from '../understand.js';
import { baseAnswer, type Context } from './context.js';

export function exampleQuestions(lang: Lang): string[] {
  return phrase(lang).records.examples();
}

export function notFound(_ctx: Context, u: Understood, summary: string, suggestions: string[] = []): Answer {
  return {
    ...baseAnswer(u, 'not_found'),
    summary,
    suggestions: [...suggestions, ...exampleQuestions(u.lang)].slice(0, 5),
  };
}
