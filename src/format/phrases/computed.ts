// Figures no document prints: changes, differences, rates, what is left, and operations on the
// figures of earlier answers in a conversation.
import { groupDigits } from '../numbers.js';
import { rocToAd } from '../../core/years.js';

/** Two labelled figures with their values as said. */
export interface PairWords { a: string; aValue: string; b: string; bValue: string }
export type FigureOperation = 'diff' | 'changePct' | 'sum';

const zh = {
  missing: (title: string, what: string) => `資料中沒有計算所需的${title}數字（${what}）；只列出文件記載的數字。`,
  budgetQuestion: (title: string, roc: number) => `${title} ${roc} 年度預算`,
  changePctLabel: (later: string, earlier: string) => `${later}較${earlier}增減比率`,
  /** a is the later figure, b the earlier */
  changePctSummary: (p: PairWords, percent: number) =>
    `${p.a} ${p.aValue}，較${p.b} ${p.bValue}${percent >= 0 ? '增加' : '減少'} ${groupDigits(Math.abs(percent), 2)}%。`,
  diffSummary: (p: PairWords, difference: string) => `${p.a} ${p.aValue}，${p.b} ${p.bValue}，相差 ${difference}。`,
  rateLabel: (title: string, numerator: string, denominator: string) => `${title} 執行率（${numerator} ÷ ${denominator}）`,
  rateSummary: (p: PairWords, percent: number) => `${p.a} ${p.aValue}，${p.b} ${p.bValue}，執行率 ${groupDigits(percent, 2)}%。`,
  remainingLabel: (name: string) => `${name} 已編列尚未執行數`,
  unspentLabel: (name: string, roc: number) => `${name} ${roc} 年度預算未執行數（預算減決算）`,
  remainingSummary: (p: PairWords, left: string) => `${p.a} ${p.aValue}，${p.b} ${p.bValue}，尚未執行 ${left}。`,
  onFigures: (p: PairWords, op: FigureOperation, shown: string) =>
    `延續前兩題：${p.a} ${p.aValue}、${p.b} ${p.bValue}，${{ sum: '合計', diff: '相差', changePct: '增減' }[op]} ${shown}。`,
  onMany: (items: { label: string; value: string }[], shown: string) =>
    `延續前 ${items.length} 題：${items.map((i) => `${i.label} ${i.value}`).join('、')}，合計 ${shown}。`,
  carried: (note: string, summary: string) => `（延續上一題：${note}）${summary}`,
  place: (n: number, label: string, value: string) => `上一個排名的第 ${n} 名：${label} ${value}。`,
  shareOfLastLabel: (part: string, whole: string) => `${part}占${whole}比例`,
  shareOfLastSummary: (part: string, partValue: string, whole: string, wholeValue: string, percent: number) =>
    `延續上一題：${part} ${partValue}，占${whole} ${wholeValue} 的 ${groupDigits(percent, 2)}%。`,
};

const en: typeof zh = {
  missing: (title, what) => `The documents lack a figure needed for ${title} (${what}); only printed figures are given.`,
  budgetQuestion: (title, roc) => `${title} budget ${rocToAd(roc)}`,
  changePctLabel: (later, earlier) => `${later} vs ${earlier}, change in percent`,
  changePctSummary: (p, percent) =>
    `${p.a}: ${p.aValue}, ${percent >= 0 ? 'up' : 'down'} ${groupDigits(Math.abs(percent), 2)}% from ${p.b} (${p.bValue}).`,
  diffSummary: (p, difference) => `${p.a}: ${p.aValue}; ${p.b}: ${p.bValue}; a difference of ${difference}.`,
  rateLabel: (title, numerator, denominator) => `${title} execution rate (${numerator} ÷ ${denominator})`,
  rateSummary: (p, percent) => `${p.a}: ${p.aValue}; ${p.b}: ${p.bValue}; execution rate ${groupDigits(percent, 2)}%.`,
  remainingLabel: (name) => `${name} budgeted but not yet executed`,
  unspentLabel: (name, roc) => `${name} FY${roc + 1911} budget left unspent (budget less final account)`,
  remainingSummary: (p, left) => `${p.a}: ${p.aValue}; ${p.b}: ${p.bValue}; not yet executed: ${left}.`,
  onFigures: (p, op, shown) =>
    `From the last two answers: ${p.a} ${p.aValue} and ${p.b} ${p.bValue}; ${{ sum: 'together', diff: 'difference', changePct: 'change' }[op]} ${shown}.`,
  onMany: (items, shown) =>
    `From the last ${items.length} answers: ${items.map((i) => `${i.label} ${i.value}`).join(', ')}; together ${shown}.`,
  carried: (note, summary) => `(Following on from the last question: ${note}) ${summary}`,
  place: (n, label, value) => `Number ${n} of the last ranking: ${label}, ${value}.`,
  shareOfLastLabel: (part, whole) => `${part} as a share of ${whole}`,
  shareOfLastSummary: (part, partValue, whole, wholeValue, percent) =>
    `From the last answer: ${part} (${partValue}) is ${groupDigits(percent, 2)}% of ${whole} (${wholeValue}).`,
};

export const COMPUTED = { zh, en };
