// The one answer shape every surface formats (see docs/answer-contract.md).
import { z } from 'zod';

export const Intent = z.enum([
  'amount', 'compare', 'ranking', 'breakdown', 'staffing', 'revenue',
  'execution', 'plan', 'kpi', 'search', 'help', 'not_found', 'clarify',
]);
export type Intent = z.infer<typeof Intent>;

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Source = z.object({
  doc: z.string(),
  title: z.string(),
  table: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** a budget book's printed pages of the table (from its contents) and, where known, the page itself */
  pages: z.string().optional(),
  page: z.number().int().positive().optional(),
  /** a report's numbered section: "柒、三、(三) 加速 AI 應用擴散，帶動產業數位轉型" */
  section: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Figure = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.enum(['TWD', 'percent', 'person', 'count', 'sqm', 'year']),
  unitLabel: z.string().optional(),
  year: z.number().int().optional(),
  asOf: z.string().optional(),
  measure: z.string().optional(),
  source: Source.optional(),
  /** For a computed figure: the labels of the figures it was computed from, and how. */
  computedFrom: z.array(z.string()).optional(),
  formula: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const Table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Columns that hold numbers, for right alignment. */
  numeric: z.array(z.number().int()).optional(),
});
export type Table = z.infer<typeof Table>;

/**
 * What a surface renders as a picture. `series[i].values` align with `categories`.
 * bar: one series; grouped-bar/stacked-bar: several; line: a series over time (categories are dates);
 * progress: categories are the parts (e.g. 已編列, 已執行) measured against `total`.
 */
export const ChartSpec = z.object({
  kind: z.enum(['bar', 'grouped-bar', 'stacked-bar', 'line', 'progress']),
  title: z.string(),
  unit: z.enum(['TWD', 'percent', 'person', 'count', 'sqm', 'year']),
  unitLabel: z.string().optional(),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
  total: z.number().optional(),
  caption: z.string(),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

/**
 * One of the figures a question may mean, offered when none is likely enough to state alone. `pick` is
 * what a surface sends back (engine.converse({ pick }) or engine.pick) to answer with exactly this figure.
 */
export const Choice = z.object({
  label: z.string(),
  figure: Figure,
  pick: z.string(),
});
export type Choice = z.infer<typeof Choice>;

export const Answer = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  query: z.string(),
  lang: Lang,
  intent: Intent,
  summary: z.string(),
  figures: z.array(Figure),
  table: Table.optional(),
  chart: ChartSpec.optional(),
  sources: z.array(Source),
  suggestions: z.array(z.string()),
  /** P(the headline figure is right), calibrated on the question sets; absent when no figure is stated */
  confidence: z.number().min(0).max(1).optional(),
  /** when unsure: at most three figures the question may mean, most likely first (intent `clarify`) */
  choices: z.array(Choice).max(3).optional(),
});
export type Answer = z.infer<typeof Answer>;
