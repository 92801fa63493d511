// One item's figure, its change between years, the same item across agencies, and a sum of parts.
import { moneyCellUnit } from '../numbers.js';
import { rocToAd } from '../../core/years.js';

export interface MissingYearWords { title: string; year: number | null; measure: string; have: number[] }
export interface OtherNatureWords { nature: string; otherNature: string; other: string; total: string }
export interface CompareWords { title: string; from: number; to: number; fromValue: string; toValue: string; up: boolean; delta: string }
export interface AcrossWords { parts: { title: string; value: string }[]; year: string; measure: string; more: boolean; delta: string }

/** A series of one item's yearly figures, as a sentence says it. */
export interface SeriesWords { title: string; measure: string; points: { year: number; value: string }[]; delta: string }

const zh = {
  missingYear: (m: MissingYearWords) => {
    const range = m.have.length ? `${m.have[0]}–${m.have[m.have.length - 1]}` : '';
    return `資料中沒有${m.title}${m.year ? ` ${m.year} 年度` : ''}的${m.measure || '數字'}；資料有 ${range} 年度（${m.have.join('、')}）。`;
  },
  yearQuestion: (title: string, roc: number, measure: string) => `${title} ${roc} 年度${measure}`,
  summary: (label: string, value: string) => `${label}為 ${value}。`,
  alsoStated: (others: { value: string; table: string }[]) => ` 另有記載為 ${others.map((o) => `${o.value}（${o.table}）`).join('、')}，兩者並列。`,
  bothNaturesLabel: (title: string) => `${title.replace(/（.*門）$/, '')} 經常門與資本門合計`,
  otherNature: (n: OtherNatureWords) => ` 此為${n.nature}；另有${n.otherNature} ${n.other}，兩者合計 ${n.total}。`,
  /** the printed change from the previous year; delta is signed */
  changeFromPrevious: (change: number, delta: string) => (change === 0 ? ' 與上年度相同。' : ` 較上年度${change > 0 ? '增加' : '減少'} ${delta.slice(1)}。`),
  breakdownQuestion: (title: string, roc: number | null) => `${title} ${roc ?? ''} 年度預算細分`.replace(/\s+/g, ' '),
  seriesColumns: (money: boolean) => ['年度', '項目', money ? `金額（${moneyCellUnit('zh')}）` : '數值', '來源'],
  compareMissing: (title: string, from: number, to: number, years: number[]) =>
    `資料中${title}沒有 ${from} 與 ${to} 兩個年度的預算數可比較；有的年度：${years.join('、')}。`,
  compareLabel: (title: string, from: number, to: number) => `${title} ${to} 年度較 ${from} 年度預算增減`,
  compareSummary: (c: CompareWords) =>
    `${c.title} ${c.to} 年度預算 ${c.toValue}，較 ${c.from} 年度 ${c.fromValue} ${c.up ? '增加' : '減少'} ${c.delta.slice(1)}。`,
  compareColumns: () => ['年度', `預算數（${moneyCellUnit('zh')}）`],
  changeRow: '增減',
  compareTitle: (title: string, from: number, to: number) => `${title} 預算 ${from}→${to} 年度`,
  seriesTitle: (title: string, from: number, to: number) => `${title} ${from}–${to} 年度`,
  seriesSummary: (s: SeriesWords) => `${s.title}各年度${s.measure}：${s.points.map((p) => `${p.year} 年度 ${p.value}`).join('、')}；首尾相比 ${s.delta}。`,
  acrossSummary: (a: AcrossWords) =>
    `${a.parts.map((p) => `${p.title} ${p.value}`).join('；')}（${a.year}${a.measure}）。前者${a.more ? '多' : '少'} ${a.delta.slice(1)}。`,
  acrossColumns: (year: string, money: boolean) => ['項目', money ? `${year}（${moneyCellUnit('zh')}）` : year],
  acrossTitle: (year: string, measure: string) => `${year}${measure}比較`,
  sumLabel: (year: string, n: number) => `${year}合計（${n} 項相加）`,
  sumListed: (parts: { label: string; value: string }[]) =>
    (parts.length <= 3 ? parts.map((f) => `${f.label} ${f.value}`).join('，加上') : `${parts.length} 項（見表）`),
  sumSummary: (listed: string, total: string) => `${listed}，合計 ${total}。`,
  sumColumn: '項目',
};

const en: typeof zh = {
  missingYear: (m) =>
    `The documents give no ${m.measure} of ${m.title}${m.year ? ` for FY${rocToAd(m.year)} (ROC ${m.year})` : ''}; they cover ROC ${m.have.join(', ')}.`,
  yearQuestion: (title, roc, measure) => `${title} ${measure} FY${rocToAd(roc)}`,
  summary: (label, value) => `${label}: ${value}.`,
  alsoStated: (others) => ` Also stated as ${others.map((o) => `${o.value} (${o.table})`).join(', ')}; both are shown.`,
  bothNaturesLabel: (title) => `${title} current and capital combined`,
  otherNature: (n) => ` This is the ${n.nature} part; the ${n.otherNature} part is ${n.other}, ${n.total} combined.`,
  changeFromPrevious: (change, delta) => (change === 0 ? ' Unchanged from the previous year.' : ` Change from the previous year: ${delta}.`),
  breakdownQuestion: (title, roc) => `${title} breakdown FY${rocToAd(roc ?? 0)}`,
  seriesColumns: (money) => ['Year', 'Measure', money ? `Amount (${moneyCellUnit('en')})` : 'Value', 'Source'],
  compareMissing: (title, from, to, years) =>
    `The documents do not give ${title}'s budget for both FY${rocToAd(from)} and FY${rocToAd(to)}; years available (ROC): ${years.join(', ')}.`,
  compareLabel: (title, from, to) => `${title} budget change FY${rocToAd(from)}→FY${rocToAd(to)}`,
  compareSummary: (c) => `${c.title}: FY${rocToAd(c.to)} budget ${c.toValue} vs FY${rocToAd(c.from)} ${c.fromValue}, a change of ${c.delta}.`,
  compareColumns: () => ['Year', `Budget (${moneyCellUnit('en')})`],
  changeRow: 'Change',
  compareTitle: (title, from, to) => `${title} budget FY${rocToAd(from)}→FY${rocToAd(to)}`,
  seriesTitle: (title, from, to) => `${title} FY${rocToAd(from)}–FY${rocToAd(to)}`,
  seriesSummary: (s) => `${s.title}, ${s.measure} by year: ${s.points.map((p) => `FY${rocToAd(p.year)} ${p.value}`).join(', ')}; first to last ${s.delta}.`,
  acrossSummary: (a) =>
    `${a.parts.map((p) => `${p.title}: ${p.value}`).join('; ')} (${a.year} ${a.measure}). The first is ${a.more ? 'more' : 'less'} by ${a.delta.slice(1)}.`,
  acrossColumns: (year, money) => ['Item', money ? `${year} (${moneyCellUnit('en')})` : year],
  acrossTitle: (year, measure) => `${year} ${measure}`,
  sumLabel: (year, n) => `${year} total (${n} parts added)`,
  sumListed: (parts) => (parts.length <= 3 ? parts.map((f) => `${f.label} ${f.value}`).join(' plus ') : `${parts.length} parts (see the table)`),
  sumSummary: (listed, total) => `${listed}: ${total} in all.`,
  sumColumn: 'Part',
};

export const AMOUNT = { zh, en };
