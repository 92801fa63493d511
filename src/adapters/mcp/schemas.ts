// What the tools take and return, as zod schemas: the SDK validates every call's arguments with
// them and lists them to clients as JSON Schema. Outputs are the answer contract, each source with
// its source-viewer link when PUBLIC_BASE_URL is set.
import { z } from 'zod';
import { Answer, Choice, Figure, Source } from '../../core/answer.js';
import { agency, MINISTRY } from '../../format/agencies.js';
import { PICK_TOKEN } from '../../format/choices.js';

/** The agencies the descriptions' examples name, by code. */
const [EXAMPLE, OTHER] = [agency('6220'), agency('6210')];

export const CitedSource = Source.extend({
  /** The line in the web source viewer (PUBLIC_BASE_URL/sources/<doc>#L<line>). */
  url: z.string().optional(),
});
export const CitedFigure = Figure.extend({ source: CitedSource.optional() });
export const CitedChoice = Choice.extend({ figure: CitedFigure });

/** The `ask` tool's structured content: the answer contract (docs/answer-contract.md). */
export const AskOutput = Answer.extend({
  figures: z.array(CitedFigure),
  sources: z.array(CitedSource),
  choices: z.array(CitedChoice).max(3).optional(),
});
export type AskOutput = z.infer<typeof AskOutput>;

/** A conversation id: questions with the same session are read as one conversation. */
export const SESSION = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '1–64 letters, digits, - or _');

export function askInput(maxChars: number) {
  return {
    question: z.string().trim().min(1).max(maxChars)
      .describe(`The question in Traditional Chinese or English, e.g. "${EXAMPLE.name} 114 年度預算" or "${EXAMPLE.short} budget 2025"`),
    session: SESSION.optional()
      .describe(`Optional conversation id: later questions with the same id may be follow-ups such as "那 113 年呢？" or "and ${OTHER.short}?"`),
    pick: z.string().regex(PICK_TOKEN, 'the pick of one of the choices an answer offered').optional()
      .describe('Optional: the `pick` of one of the `choices` an earlier answer offered; send it with that answer\'s question ' +
        '(and session, if any) to get that figure'),
  };
}

/** Measures a lookup can ask for, with the words the documents use for them. */
export const MEASURES = {
  budget: '預算數',
  final: '決算數',
  previous: '上年度預算數',
  change: '比上年度增減',
  rate: '執行率',
  approved: '核定總經費',
  executedToDate: '累計執行數',
  budgetedToDate: '累計已編列預算數',
  staff: '預算員額',
} as const;
export type LookupMeasure = keyof typeof MEASURES;

const name = (max: number) => z.string().trim().min(1).max(max);

export const lookupInput = {
  agency: name(40).optional().describe(`${MINISTRY.total.name}, ${MINISTRY.proper.name} (本部), ${MINISTRY.administrations.map((a) => `${a.name} (${a.short})`).join(' or ')}`),
  item: name(100).optional().describe('A budget line, object class or revenue item, e.g. 一般行政, 人事費, 規費收入'),
  plan: name(100).optional().describe('A major plan, e.g. 總統盃黑客松應用創新推動計畫'),
  indicator: name(100).optional().describe('A performance indicator, e.g. MyData 會員人數'),
  year: z.number().int().min(1).max(2200).optional().describe('Fiscal year, ROC (114) or AD (2025); the latest when left out'),
  measure: z.enum(Object.keys(MEASURES) as [LookupMeasure, ...LookupMeasure[]]).optional()
    .describe('Which figure; budget when left out'),
};

export const LookupOutput = z.object({
  /** The question the fields were read as. */
  query: z.string(),
  figures: z.array(CitedFigure),
  sources: z.array(CitedSource),
});
export type LookupOutput = z.infer<typeof LookupOutput>;

export const SourceDocument = z.object({
  doc: z.string(),
  title: z.string(),
  titleEn: z.string(),
  type: z.string(),
  year: z.number().int(),
  agency: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
});
export const SourcesOutput = z.object({ documents: z.array(SourceDocument) });
export type SourcesOutput = z.infer<typeof SourcesOutput>;
