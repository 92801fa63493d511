// Words every answer uses: years, dates, measures, agencies, labels of computed figures, headings.
import { groupDigits, moneyCellUnit } from '../numbers.js';
import { rocToAd } from '../../core/years.js';
import { MINISTRY } from '../agencies.js';

const MEASURE_ZH: Record<string, string> = {
  budget: '預算數', final: '決算數', change: '與上年度比較', rate: '執行率', positions: '預算員額', staff: '實際員額',
  approved: '核定總經費', budgetedToDate: '截至本年度已編列預算數', executedToDate: '截至本年底累計執行數',
  actual: '實際數', share: '占比', value: '', shortfall: '較預算減少',
  area: '面積', rent: '租金', units: '數量', count: '數量', maintenance: '維護費', fuel_cost: '油料費', fuel_litres: '油料',
  passengers: '乘客數', displacement: '排氣量', other: '其他費用', plans: '計畫數', person_days: '人天', people: '人數', days: '天數',
  transport: '交通費', living: '生活費', office: '辦公費', persons: '人數',
  budget_personnel: '人事費', budget_operating: '業務費', budget_other: '其他',
};
const MEASURE_EN: Record<string, string> = {
  budget: 'budget', final: 'final account', change: 'change from previous year', rate: 'execution rate', positions: 'authorised positions',
  staff: 'actual staff', approved: 'approved total', budgetedToDate: 'budgeted to date', executedToDate: 'executed to date',
  actual: 'actual', share: 'share', value: '', shortfall: 'shortfall against budget',
  area: 'floor area', rent: 'rent', units: 'units', count: 'count', maintenance: 'maintenance', fuel_cost: 'fuel cost', fuel_litres: 'fuel',
  passengers: 'seats', displacement: 'engine size', other: 'other costs', plans: 'trips', person_days: 'person-days', people: 'people', days: 'days',
  transport: 'transport', living: 'living costs', office: 'office costs', persons: 'people',
  budget_personnel: 'personnel', budget_operating: 'operating', budget_other: 'other',
};
const MONTHS = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An agency as answers name it; code 6201 is the ministry proper, named as such. */
export interface AgencyWords { code: string; zh: string; short: string }
/** A figure's label: its title with its year (and measure) or its as-of date. */
export interface FigureWords { title: string; year: number; measure: string; asOf?: string }
export interface SharedWords { part: string; partValue: string; whole: string; wholeValue: string; percent: number }

const zh = {
  /** a fiscal year in both calendars: 114 年度（2025） */
  year: (roc: number) => `${roc} 年度（${rocToAd(roc)}）`,
  /** a year on a chart axis */
  chartYear: (roc: number) => `${roc} (${rocToAd(roc)})`,
  /** an as-of date: 115 年 2 月 */
  date: (asOf: string) => {
    const [y, m, d] = asOf.split('-');
    return `${y} 年${m ? ` ${Number(m)} 月` : ''}${d ? ` ${Number(d)} 日` : ''}`;
  },
  measure: (measure: string) => MEASURE_ZH[measure] ?? measure,
  /** the part of an object class an item is */
  nature: (nature: string): string => (nature === 'capital' ? '（資本門）' : '（經常門）'),
  natureName: (nature: string): string => (nature === 'capital' ? '資本門' : '經常門'),
  /** the total of a table that adds the special budget to the general one */
  withSpecial: (agency: string) => `${agency}（含特別預算）`,
  agency: (a: AgencyWords) => (a.code === MINISTRY.proper.code ? `${a.zh}（本部）` : a.zh),
  agencyItem: (p: { agency: string; short: string; name: string }) => `${p.agency} ${p.name}`,
  figureLabel: (f: FigureWords) => (f.asOf ? `${f.title}（截至 ${zh.date(f.asOf)}）` : `${f.title} ${zh.year(f.year)}${f.measure}`.trim()),
  differenceLabel: (a: string, b: string) => `${a}與${b}之差`,
  shareLabel: (part: string, whole: string) => `${part}占${whole}比例`,
  shareSummary: (s: SharedWords) => `${s.part} ${s.partValue}，占${s.whole} ${s.wholeValue} 的 ${groupDigits(s.percent, 2)}%。`,
  caption: (parts: string[]) => `資料來源：${parts.join('；')}`,
  /** the same item compared with its previous year, as a question */
  changeQuestion: (title: string) => `${title} 與上年度比較`,
  budgetQuestion: (title: string, roc: number) => `${title} ${roc} 年度預算`,
  listJoin: '、',
  amountColumn: (money: boolean) => (money ? `金額（${moneyCellUnit('zh')}）` : '數值'),
  total: '合計',
  budgetSeries: '預算數',
  /** said by a surface when the store of conversations could not be reached: the question stood alone */
  startedFresh: '（對話紀錄暫時無法取得，這一題未接續先前的問題。）',
};

const en: typeof zh = {
  year: (roc) => `FY${rocToAd(roc)} (ROC ${roc})`,
  chartYear: (roc) => `FY${rocToAd(roc)}`,
  date: (asOf) => {
    const [y, m] = asOf.split('-');
    return `${m ? `${MONTHS[Number(m)]} ` : ''}${rocToAd(Number(y))}`;
  },
  measure: (measure) => MEASURE_EN[measure] ?? measure,
  nature: (nature) => ` (${nature})`,
  natureName: (nature) => nature,
  withSpecial: (agency) => `${agency} incl. special budget`,
  agency: (a) => (a.code === MINISTRY.proper.code ? `${a.short} (ministry proper)` : `${a.short} (${a.zh})`),
  agencyItem: (p) => `${p.short} ${p.name}`,
  figureLabel: (f) => (f.asOf ? `${f.title} (as of ${en.date(f.asOf)})` : `${f.title} ${en.year(f.year)} ${f.measure}`.trim()),
  differenceLabel: (a, b) => `${a} minus ${b}`,
  shareLabel: (part, whole) => `${part} as a share of ${whole}`,
  shareSummary: (s) => `${s.part} is ${s.partValue}, ${groupDigits(s.percent, 2)}% of ${s.whole} (${s.wholeValue}).`,
  caption: (parts) => `Source: ${parts.join('；')}`,
  changeQuestion: (title) => `${title} change from previous year`,
  budgetQuestion: (title, roc) => `${title} budget FY${rocToAd(roc)}`,
  listJoin: '; ',
  amountColumn: (money) => (money ? `Amount (${moneyCellUnit('en')})` : 'Value'),
  total: 'Total',
  budgetSeries: 'Budget',
  startedFresh: '(Earlier questions could not be recalled just now; this one was read on its own.)',
};

export const COMMON = { zh, en };
