// Rankings, breakdowns and collections: many records of one kind, side by side.
import { groupDigits, moneyCellUnit } from '../numbers.js';
import { rocToAd } from '../../core/years.js';
import { COMMON } from './common.js';

export type RankLevel = 'agency' | 'programme' | 'workplan' | 'plan';
/** What a ranking ranks by: a year's budget or final account, a major plan's totals, the change from the year before. */
export type RankMeasure = 'budget' | 'final' | 'approved' | 'budgetedToDate' | 'executedToDate' | 'increase' | 'decrease';
export type BreakdownBy = 'lines' | 'object_class' | 'econ_class' | 'capital_asset';
export type CollectionName = 'majorPlans' | 'commissioned' | 'vehicles';

export interface RankGapWords { level: RankLevel; year: number | undefined; final: boolean; covered: number; complete: number[] }
export interface RankWords { level: RankLevel; year: number; measure: RankMeasure; asc: boolean; first: { title: string; value: string }; next: string[] }
export interface BreakdownWords { title: string; year: number; by: BreakdownBy; total?: string; count: number; part: string; value: string; percent: number }
export interface CountWords { year: number; count: number; unitLabel: string; name: CollectionName; names: string }

const zh = {
  level: { agency: '機關', programme: '業務計畫', workplan: '工作計畫', plan: '重大計畫' } as Record<RankLevel, string>,
  rankBy: { budget: '預算', final: '決算', approved: '核定總經費', budgetedToDate: '已編列預算', executedToDate: '累計執行數', increase: '預算增加', decrease: '預算減少' } as Record<RankMeasure, string>,
  rankGap: (r: RankGapWords) =>
    `資料中 ${r.year ?? ''} 年度的${zh.level[r.level]}${r.final ? '決算' : '預算'}不齊全（只有 ${r.covered} 個${zh.level[r.level]}），無法排名；可排名的年度：${r.complete.join('、')}。`,
  largestQuestion: (level: RankLevel, roc: number) => `${roc} 年度哪個${zh.level[level]}預算最多`,
  largestFinalQuestion: (level: RankLevel, roc: number) => `${roc} 年度哪個${zh.level[level]}決算最多`,
  rankSummary: (r: RankWords) =>
    `${r.year} 年度${zh.rankBy[r.measure]}${r.asc ? '最少' : '最多'}的${zh.level[r.level]}是${r.first.title}，${r.first.value}${r.next.length ? `；其次為${r.next.join('、')}` : ''}。`,
  rankColumns: (level: RankLevel, roc: number, by: RankMeasure) => ['名次', zh.level[level], `${COMMON.zh.year(roc)}${zh.rankBy[by]}（${moneyCellUnit('zh')}）`, '占比'],
  rankTitle: (level: RankLevel, roc: number, by: RankMeasure) => `${roc} 年度${zh.level[level]}${zh.rankBy[by]}排名`,
  rankQuestions: (first: string, roc: number) => [`${first} ${roc} 年度預算細分`, `${roc} 年度預算最多的前 5 個業務計畫`, `${first} 與上年度比較`],
  byItemSummary: (what: string, roc: number, list: string) => `依${what}排名（${roc} 年度）：${list}。`,
  byItemColumns: () => ['名次', '項目', '數值'],
  byItemTitle: (what: string, roc: number) => `${roc} 年度${what}`,
  by: { lines: '下層計畫', object_class: '用途別', econ_class: '經濟性分類', capital_asset: '資產別' } as Record<BreakdownBy, string>,
  breakdownMissing: (title: string, roc: number) => `資料中沒有${title} ${roc} 年度的這種細分。`,
  breakdownMissingQuestions: (title: string, roc: number) => [`${title} ${roc} 年度預算`, `${title} 用途別細分`],
  breakdownSummary: (b: BreakdownWords) =>
    `${b.title} ${b.year} 年度${b.total ? `預算 ${b.total}，` : ''}依${zh.by[b.by]}分為 ${b.count} 項，最大為${b.part} ${b.value}（${groupDigits(b.percent, 1)}%）。`,
  breakdownColumns: (by: BreakdownBy, roc: number) => [zh.by[by], `${COMMON.zh.year(roc)}（${moneyCellUnit('zh')}）`, '占比'],
  breakdownTitle: (title: string, roc: number, by: BreakdownBy) => `${title} ${roc} 年度預算（依${zh.by[by]}）`,
  breakdownQuestions: (title: string, by: BreakdownBy) =>
    [`${title} 用途別細分`, `${title} 資本支出資產別`, `${title} 與上年度比較`].filter((s) => !s.includes(zh.by[by])),
  collection: { majorPlans: '重大計畫', commissioned: '委辦計畫', vehicles: '公務車輛' } as Record<CollectionName, string>,
  collectionColumns: () => ['#', '名稱', '金額（千元）'],
  countLabel: (roc: number, name: CollectionName) => `${roc} 年度${zh.collection[name]}數`,
  countSummary: (c: CountWords) => `${c.year} 年度共有 ${c.count} ${c.unitLabel}${zh.collection[c.name]}：${c.names}。`,
  collectionSumLabel: (roc: number, count: number, name: CollectionName) => `${roc} 年度 ${count} 項${zh.collection[name]}合計`,
  collectionSumSummary: (count: number, name: CollectionName, total: string) => `${count} 項${zh.collection[name]}相加為 ${total}。`,
};

const en: typeof zh = {
  level: { agency: 'agency', programme: 'programme', workplan: 'work plan', plan: 'major plan' },
  rankBy: { budget: 'budget', final: 'final account', approved: 'approved total', budgetedToDate: 'budgeted to date', executedToDate: 'executed to date', increase: 'budget increase', decrease: 'budget cut' },
  rankGap: (r) =>
    `The data does not have every ${en.level[r.level]}'s FY${rocToAd(r.year ?? 0)} ${r.final ? 'final account' : 'budget'}, so there is no ranking; complete years (ROC): ${r.complete.join(', ')}.`,
  largestQuestion: (level, roc) => `Which ${en.level[level]} has the largest budget in ${rocToAd(roc)}?`,
  largestFinalQuestion: (level, roc) => `Which ${en.level[level]} had the largest final account in ${rocToAd(roc)}?`,
  rankSummary: (r) =>
    `The ${en.level[r.level]} with the ${r.asc ? 'smallest' : 'largest'} FY${rocToAd(r.year)} ${en.rankBy[r.measure]} is ${r.first.title}: ${r.first.value}${r.next.length ? `; then ${r.next.join(', ')}` : ''}.`,
  rankColumns: (level, roc, by) => ['#', en.level[level], `FY${rocToAd(roc)} ${en.rankBy[by]} (${moneyCellUnit('en')})`, 'Share'],
  rankTitle: (level, roc, by) => `FY${rocToAd(roc)} ${en.level[level]} ${en.rankBy[by]}`,
  rankQuestions: (first, roc) => [`${first} breakdown FY${rocToAd(roc)}`, `Top 5 programmes FY${rocToAd(roc)}`],
  byItemSummary: (what, roc, list) => `Ranked by ${what} (FY${rocToAd(roc)}): ${list}.`,
  byItemColumns: () => ['#', 'Item', 'Value'],
  byItemTitle: (what, roc) => `${what}, FY${rocToAd(roc)}`,
  by: { lines: 'sub-lines', object_class: 'object class', econ_class: 'economic class', capital_asset: 'asset type' },
  breakdownMissing: (title, roc) => `The documents give no such breakdown of ${title} for FY${rocToAd(roc)}.`,
  breakdownMissingQuestions: (title, roc) => [`${title} budget FY${rocToAd(roc)}`],
  breakdownSummary: (b) =>
    `${b.title} FY${rocToAd(b.year)}${b.total ? ` budget ${b.total}` : ''} by ${en.by[b.by]}: ${b.count} parts; the largest is ${b.part} at ${b.value} (${groupDigits(b.percent, 1)}%).`,
  breakdownColumns: (by, roc) => [en.by[by], `FY${rocToAd(roc)} (${moneyCellUnit('en')})`, 'Share'],
  breakdownTitle: (title, roc, by) => `${title} FY${rocToAd(roc)} by ${en.by[by]}`,
  breakdownQuestions: (title) => [`${title} by object class`, `${title} change from previous year`],
  collection: { majorPlans: 'major plans', commissioned: 'commissioned projects', vehicles: 'official vehicles' },
  collectionColumns: () => ['#', 'Name', 'Amount (NT$ thousand)'],
  countLabel: (roc, name) => `Number of ${en.collection[name]}, ${rocToAd(roc)}`,
  countSummary: (c) => `${c.count} ${en.collection[c.name]} in ${rocToAd(c.year)}: ${c.names}.`,
  collectionSumLabel: (roc, count, name) => `${count} ${en.collection[name]}, ${rocToAd(roc)}, total`,
  collectionSumSummary: (count, name, total) => `The ${count} ${en.collection[name]} add up to ${total}.`,
};

export const LISTS = { zh, en };
