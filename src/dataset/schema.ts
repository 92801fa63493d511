// Record shapes of the dataset. Every resource in data/ is a JSON array of one of these.
// Money is whole NT$ (千元 × 1000), years are ROC years, every record names its source line.
import { z } from 'zod';

/**
 * An agency by its code in the account numbers: two digits for a ministry's budget as a whole (62,
 * the ministry-level total), four for an agency under it (6201 the ministry proper, 6210, 6220 …).
 * Which codes there are, and their names, is the registry's (agencies.json).
 */
export const AgencyCode = z.string().regex(/^\d{2}(?:\d{2})?$/);
export type AgencyCode = z.infer<typeof AgencyCode>;

export const DocId = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

const sourced = {
  id: z.string().min(1),
  doc: DocId,
  table: z.string().min(1),
  line: z.number().int().positive(), // 1-based line in data/sources/<doc>
  /** the printed pages of its table or part in a budget book, as the book's contents give them: "40-47", "33" */
  pages: z.string().regex(/^\d+(-\d+)?$/).optional(),
  /** the printed page itself, where the book's pages can be counted */
  page: z.number().int().positive().optional(),
  /** the numbered section of a report (or of a book's text) it is printed in: "柒、三、(三) 加速 AI 應用擴散…" */
  section: z.string().min(1).optional(),
};

const money = z.number().int().nullable();

/** A line of a budget book with the four standard columns (本年度/上年度/前年度決算/比較). */
export const BudgetLine = z.object({
  ...sourced,
  kind: z.enum(['expenditure', 'revenue']),
  year: z.number().int(), // 本年度 of the book; previousBudget is year-1, finalAccount is year-2
  agency: AgencyCode,
  code: z.string().regex(/^\d{9,10}$/).nullable(), // account number as printed
  level: z.enum([
    'total', // 合計 of a table
    'agency', // 項: an agency (or 數位發展部主管 for 62)
    'function', // 政事別 line such as 科學支出
    'programme', // 目 業務計畫 / revenue 目
    'workplan', // 節 工作計畫 / revenue 節
    'subprogramme', // 分支計畫 of a unit budget
    'plan', // a named plan whose amount is given inside an explanation
    'source', // revenue source (款) such as 規費收入
  ]),
  name: z.string().min(1),
  parent: z.string().nullable(), // id of the parent line
  budget: money,
  previousBudget: money,
  finalAccount: money,
  change: money,
  explanation: z.string().optional(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const FactFamily = z.enum([
  'object_class', // 一級用途別 / 各項費用彙計表 / 用途別科目 of a sub-programme
  'capital_asset', // 資本支出 by asset type
  'econ_class', // 職能 × 經濟性綜合分類
  'positions', // 預算員額 by category
  'staff', // actual staff (現員)
  'personnel_cost', // 人事費 breakdown, actual personnel cost
  'grants', // 補助及捐助 totals by recipient type
  'donation', // one donation plan with recipient
  'travel', // 派員出國
  'commissioned', // 委辦 projects
  'vehicles',
  'office_space',
  'execution', // budget execution: budget, final, rate
]);
export type FactFamily = z.infer<typeof FactFamily>;

export const Unit = z.enum(['TWD', 'percent', 'person', 'count', 'sqm']);
export type Unit = z.infer<typeof Unit>;

/** One figure of any other table, in long form: one record per cell. */
export const Fact = z.object({
  ...sourced,
  family: FactFamily,
  year: z.number().int(),
  agency: AgencyCode.nullable(),
  subject: z.string().min(1), // the row: agency, programme, plan, item ("數位產業署", "一般行政")
  subjectCode: z.string().nullable(), // account number of the row where printed
  category: z.string().nullable(), // the column: "人事費", "職員", "資訊軟硬體設備", "開會"
  categoryCode: z.string().nullable(), // object-class code such as "1040", "2039"
  nature: z.enum(['current', 'capital']).nullable(),
  measure: z.string().min(1), // budget | final | rate | positions | staff | area | ...
  value: z.number(),
  unit: Unit,
  unitLabel: z.string().optional(),
  note: z.string().optional(),
});
export type Fact = z.infer<typeof Fact>;

/** A row of the 114 major-plans table (document 003). */
export const MajorPlan = z.object({
  ...sourced,
  year: z.number().int(),
  name: z.string().min(1),
  type: z.string(), // 科技發展 / 社會發展 / 公共建設 ...
  period: z.string(), // as printed: 112年1月至115年12月
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  approvedTotal: money,
  budgetedToDate: money,
  executedToDate: money,
  work: z.string(), // 本年度預定工作摘要
  progress: z.string(), // 本年度執行情形說明
  targets: z.string(), // 績效目標及本年度目標值
  achievement: z.string(), // 已達成或未達成之說明
});
export type MajorPlan = z.infer<typeof MajorPlan>;

/** An indicator quoted from the prose. `sentence` occurs verbatim in the source line. */
export const Kpi = z.object({
  ...sourced,
  metric: z.string().min(1), // what is counted, zh-TW: "MyData 介接機關數"
  metricEn: z.string().min(1),
  key: z.string().regex(/^[a-z0-9_]+$/), // same key across documents forms a series
  keywords: z.array(z.string()), // words a question may use for it (zh and en)
  value: z.number(),
  unit: Unit,
  unitLabel: z.string().optional(), // 個機關, 萬人次, 張
  asOf: z.string().regex(/^\d{2,3}(-\d{2})?(-\d{2})?$/), // ROC date: "112-12", "115-02"
  year: z.number().int().nullable(),
  agency: AgencyCode.nullable(),
  sentence: z.string().min(1),
  /** the words right around the figure: what it counts or measures */
  phrase: z.string().optional(),
  /** what the figure is about: a name quoted in its sentence or its nearest heading */
  subject: z.string().optional(),
  /** what it measures: the words next to it (審查案件, 下載次數, 介接機關) */
  measure: z.string().optional(),
  /** its headings and the text around it, compacted: what a question may name it by */
  context: z.string().optional(),
  /** a plan or target (預計培育至少 95 位; a 目標值 column) rather than what was done */
  planned: z.boolean().optional(),
  /** a figure for each of several things (國產5G O-RAN/SA基地臺(各1座)), not their total */
  each: z.boolean().optional(),
});
export type Kpi = z.infer<typeof Kpi>;

/** A paragraph of prose with its heading path, for keyword search. */
export const Passage = z.object({
  ...sourced,
  headings: z.array(z.string()),
  text: z.string().min(1),
});
export type Passage = z.infer<typeof Passage>;

/** A figure two documents state differently; kept, listed, never merged. */
export const Disagreement = z.object({
  id: z.string(),
  what: z.string(),
  figures: z.array(z.object({ value: z.number(), doc: DocId, line: z.number().int().positive(), text: z.string() })),
});
export type Disagreement = z.infer<typeof Disagreement>;

/**
 * An agency of the registry: the names its books print (its agency line, and the ministry's name
 * before it in titles and running heads) and those they do not (sources/agencies.json).
 */
export const Agency = z.object({
  code: AgencyCode,
  /** as the books' agency lines print it: "0062200000 數位產業署" */
  name: z.string().min(1),
  /** with the ministry's name before it, as titles and running heads print it: 數位發展部數位產業署 */
  fullName: z.string().min(1),
  /** the ministry-level budget it is part of; null for that budget itself */
  parent: AgencyCode.nullable(),
  /** English name, as document titles give it */
  official: z.string().min(1),
  /** how English answers name it */
  en: z.string().min(1),
  short: z.string().min(1),
  /** names a question may call it by, normalised (lower case); the first is how a question is read */
  aliases: z.array(z.string()),
  /** for a ministry-level budget: names that stand for it or for the ministry proper alike */
  ambiguous: z.array(z.string()).optional(),
  /** the agency line it is read from */
  doc: DocId,
  line: z.number().int().positive(),
});
export type Agency = z.infer<typeof Agency>;

export const SourceDoc = z.object({
  doc: DocId,
  title: z.string(),
  titleEn: z.string(),
  type: z.string(),
  year: z.number().int(),
  agency: AgencyCode,
  publisher: z.string(),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

export const RESOURCES = {
  sources: SourceDoc,
  agencies: Agency,
  budget_lines: BudgetLine,
  facts: Fact,
  major_plans: MajorPlan,
  kpis: Kpi,
  passages: Passage,
  disagreements: Disagreement,
} as const;
export type ResourceName = keyof typeof RESOURCES;

export interface Dataset {
  sources: SourceDoc[];
  agencies: Agency[];
  budget_lines: BudgetLine[];
  facts: Fact[];
  major_plans: MajorPlan[];
  kpis: Kpi[];
  passages: Passage[];
  disagreements: Disagreement[];
}
