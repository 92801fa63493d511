// Slash commands, defined once as data. Slack and Discord both render these; each subcommand
// becomes a natural question through its template, so it takes the same path through the core.
import { z } from 'zod';
import { agency, MINISTRY } from '../src/format/agencies.js';

/** The agency the examples ask about, by its code. */
const EXAMPLE = agency('6220');

const Localized = z.object({ en: z.string().min(1).max(100), zh: z.string().min(1).max(100) });

export const CommandOption = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  type: z.enum(['string', 'integer', 'boolean']),
  description: Localized,
  required: z.boolean().default(false),
  /** Which names from the data to offer while typing (Discord autocomplete). */
  autocomplete: z.enum(['any', 'agency', 'item', 'kpi', 'plan']).optional(),
  choices: z.array(z.object({ name: Localized, value: z.string() })).max(25).optional(),
  minValue: z.number().int().optional(),
  maxValue: z.number().int().optional(),
});
export type CommandOption = z.infer<typeof CommandOption>;

export const Subcommand = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  description: Localized,
  options: z.array(CommandOption).max(25),
  /**
   * The natural question this subcommand stands for. `{option}` is replaced by its value;
   * a `[...]` group is dropped when an option inside it was not given.
   */
  template: z.string(),
});
export type Subcommand = z.infer<typeof Subcommand>;

export const Command = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  description: Localized,
  subcommands: z.array(Subcommand).min(1).max(25),
});
export type Command = z.infer<typeof Command>;

const year = (required = false) => ({
  name: 'year',
  type: 'integer' as const,
  description: { en: 'Fiscal year, ROC (114) or AD (2025)', zh: '年度，民國（114）或西元（2025）' },
  required,
  minValue: 1,
  maxValue: 2200,
});

/** On every subcommand: answer so that only the asker sees it (Discord; Slack's /budget is always private). */
const privately = {
  name: 'private',
  type: 'boolean' as const,
  description: { en: 'Only you see the answer', zh: '只有你看得到答案' },
};

export const BUDGET_COMMAND = Command.parse({
  name: 'budget',
  description: { en: `Budgets and indicators of the ${MINISTRY.proper.official}`, zh: `查詢${MINISTRY.proper.name}預算與績效指標` },
  subcommands: [
    {
      name: 'ask',
      description: { en: 'Ask a question in your own words', zh: '用自己的話提問' },
      options: [{ name: 'question', type: 'string', required: true, autocomplete: 'any', description: { en: `e.g. ${EXAMPLE.short} budget 2025`, zh: `例如：${EXAMPLE.name} 114 預算` } }, privately],
      template: '{question}',
    },
    {
      name: 'compare',
      description: { en: 'Compare an item across two years', zh: '比較某項目兩個年度的數字' },
      options: [
        { name: 'item', type: 'string', required: true, autocomplete: 'item', description: { en: 'Agency, programme or plan', zh: '機關、計畫或項目' } },
        { name: 'from', type: 'integer', description: { en: 'Earlier year (default: previous year)', zh: '較早年度（預設：上年度）' }, minValue: 1, maxValue: 2200 },
        { name: 'to', type: 'integer', description: { en: 'Later year (default: latest)', zh: '較晚年度（預設：最新年度）' }, minValue: 1, maxValue: 2200 },
        privately,
      ],
      template: '{item}[ {to} 年度]與[ {from} 年度]預算比較',
    },
    {
      name: 'top',
      description: { en: 'Rank agencies or programmes by budget', zh: '依預算排名機關或計畫' },
      options: [
        {
          name: 'level', type: 'string', description: { en: 'What to rank', zh: '排名對象' },
          choices: [
            { name: { en: 'Agencies', zh: '機關' }, value: '機關' },
            { name: { en: 'Programmes', zh: '業務計畫' }, value: '業務計畫' },
            { name: { en: 'Work plans', zh: '工作計畫' }, value: '工作計畫' },
          ],
        },
        year(),
        { name: 'n', type: 'integer', description: { en: 'How many (default 5)', zh: '顯示幾名（預設 5）' }, minValue: 1, maxValue: 25 },
        privately,
      ],
      template: '[{year} 年度]預算最多的[前 {n} 名]{level}排名',
    },
    {
      name: 'breakdown',
      description: { en: 'Break a budget down by class', zh: '預算依用途別等分類細分' },
      options: [
        { name: 'item', type: 'string', required: true, autocomplete: 'item', description: { en: 'Agency or programme', zh: '機關或計畫' } },
        {
          name: 'by', type: 'string', description: { en: 'Classification', zh: '分類方式' },
          choices: [
            { name: { en: 'Object class', zh: '用途別' }, value: '用途別' },
            { name: { en: 'Economic class', zh: '經濟性分類' }, value: '經濟性分類' },
            { name: { en: 'Asset type (capital)', zh: '資本支出資產別' }, value: '資本支出' },
            { name: { en: 'Sub-programme / work plan', zh: '分支計畫／工作計畫' }, value: '分支計畫' },
          ],
        },
        year(),
        privately,
      ],
      template: '{item}[ {year} 年度]預算[依{by}]細分',
    },
    {
      name: 'kpi',
      description: { en: 'Latest value of an indicator, with its series', zh: '績效指標最新數值與歷次數列' },
      options: [{ name: 'metric', type: 'string', required: true, autocomplete: 'kpi', description: { en: 'e.g. MyData agencies', zh: '例如：MyData 介接機關' } }, privately],
      template: '{metric} 指標',
    },
    {
      name: 'plan',
      description: { en: 'Progress of a major plan', zh: '重大計畫執行情形' },
      options: [{ name: 'name', type: 'string', required: true, autocomplete: 'plan', description: { en: 'Plan name', zh: '計畫名稱' } }, privately],
      template: '{name} 計畫執行情形',
    },
    {
      name: 'search',
      description: { en: 'Search the documents by keyword', zh: '以關鍵字搜尋文件' },
      options: [{ name: 'keywords', type: 'string', required: true, description: { en: 'Words to look for', zh: '關鍵字' } }, privately],
      template: '搜尋 {keywords}',
    },
    {
      // REPORT_SUBCOMMAND: for the admins in REPORT_ADMIN_IDS
      name: 'report',
      description: { en: 'Questions it could not answer, by group (admins)', zh: '答不出來的問題，依類別統計（管理員）' },
      options: [{ name: 'since', type: 'string', description: { en: 'Period: 7d, 24h, 2w or a date (default 7d)', zh: '期間：7d、24h、2w 或日期（預設 7d）' } }],
      template: 'report[ {since}]',
    },
    {
      name: 'help',
      description: { en: 'What the bot can answer', zh: '使用說明' },
      options: [privately],
      template: 'help',
    },
  ],
});

/** The admins' gap report: answered by the chat adapters, never by the core. */
export const REPORT_SUBCOMMAND = 'report';

export function findSubcommand(name: string): Subcommand | undefined {
  return BUDGET_COMMAND.subcommands.find((s) => s.name === name);
}

/** The natural question a subcommand call stands for. Unknown subcommands become plain questions. */
export function commandToQuestion(subcommand: string, options: Record<string, string | number | undefined>): string {
  const sub = findSubcommand(subcommand);
  if (!sub) return [subcommand, ...Object.values(options)].filter((v) => v !== undefined).join(' ');
  const filled = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(options[k] ?? '').trim());
  const withGroups = sub.template.replace(/\[([^\]]*)\]/g, (_, group: string) => {
    const names = [...group.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return names.every((k) => options[k] !== undefined && String(options[k]).trim() !== '') ? filled(group) : '';
  });
  return filled(withGroups).replace(/\s+/g, ' ').trim();
}
