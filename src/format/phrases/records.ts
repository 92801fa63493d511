// Indicators, major plans, passages found, help, and answers that give no figure.
import { groupDigits, moneyCellUnit } from '../numbers.js';
import { rocToAd } from '../../core/years.js';
import { administrationCountEn, administrationsEn, administrationsZh, agency, MINISTRY } from '../agencies.js';

const { total, proper } = MINISTRY;
/** The ministry proper and its administrations: "數位發展部（本部、資通安全署、數位產業署）". */
const coveredZh = `${proper.name}（本部、${administrationsZh()}）`;
const coveredEn = `the ${proper.official} and its ${administrationCountEn()} administrations (${administrationsEn()})`;
/** The agency the examples ask about, by its code. */
const EXAMPLE = agency('6220');

export interface KpiWords { metric: string; value: string; date: string; doc: string }
export interface PlanWords { name: string; type: string; period: string; measure: string; value: string; executed?: { year: number; value: string; percent: number } }
export interface ReadingWords { total: boolean; what: string; year?: number; measure: 'positions' | 'final' | 'budget' }

const QUOTE_CHARS = 80;

const zh = {
  rankMissing: (what: string, roc: number | undefined) =>
    `資料沒有每個機關${roc ? ` ${roc} 年度` : ''}的${what}，無法依${what}排名；以下問題資料可以回答。`,
  rankByBudget: (roc: number | undefined) => `${roc ? `${roc} 年度` : ''}哪個機關預算最多`,
  kpiMissing: (name: string, roc: number, dates: string[]) => `文件沒有${name}在 ${roc} 年的數字；有記載的時點：${dates.join('、')}。`,
  kpiSummary: (k: KpiWords) => `${k.metric}：${k.value}（截至 ${k.date}，${k.doc}）。`,
  kpiSameDate: (values: string[]) => ` 同一時點另一份文件記載 ${values.join('、')}，兩者並列。`,
  kpiEarlier: (points: { date: string; value: string }[]) => ` 歷次：${points.map((p) => `${p.date} ${p.value}`).join('；')}。`,
  /** the sentence the figure was read from, quoted (the documents are in Chinese) */
  kpiQuote: (quote: string) => ` 原文：「${quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}」`,
  kpiColumns: () => ['截至', '數值', '來源'],
  planRateLabel: (name: string) => `${name} 累計執行數占核定總經費比例`,
  planSummary: (p: PlanWords) => `${p.name}（${p.type}，${p.period}）${p.measure} ${p.value}。${p.executed
    ? `截至 ${p.executed.year} 年底累計執行 ${p.executed.value}，為核定總經費的 ${groupDigits(p.executed.percent, 1)}%。` : ''}`,
  planColumns: () => ['項目', `金額（${moneyCellUnit('zh')}）`],
  planWork: '本年度預定工作',
  planYearLabel: (name: string, start: boolean) => `${name} 計畫期程${start ? '起始' : '結束'}年`,
  planYearSummary: (name: string, period: string, roc: number, start: boolean) =>
    `${name} 的計畫期程為 ${period}，${start ? '始於' : '至'}民國 ${roc} 年（${rocToAd(roc)}）${start ? '' : '結束'}。`,
  planQuestion: (name: string) => `${name} 核定總經費多少`,
  planProgress: '執行情形',
  searchNothing: (text: string) => `文件中找不到「${text}」。`,
  searchQuestions: () => ['搜尋 MyData', '搜尋 零信任', 'help'],
  searchSummary: (count: number, text: string, heading: string) => `文件中有 ${count} 段提到「${text}」，最相關的在「${heading}」。`,
  searchColumns: () => ['章節', '內容', '來源'],
  clarifySummary: (options: string[]) => `文件中有 ${options.length} 個數字都符合這個問題，無法確定是哪一個：${options.join('；')}。請說明要哪一個。`,
  clarifyColumns: () => ['原文', '數值', '截至', '來源'],
  choicesSummary: (options: string[]) => `這個問題可能指以下 ${options.length} 個數字之一，無法確定是哪一個：${options.join('；')}。請選一個。`,
  unsure: (passages: string) => `沒有把握哪個數字回答這個問題，所以不給數字。${passages}`,
  /** a question that names one of the figures offered */
  clarifyQuestion: (quote: string) => `「${quote}」是多少`,
  help: `我回答${coveredZh}的預算、歲入、用途別、員額、執行率、重大計畫與績效指標，每個數字都附上出處。可用民國或西元年，例如：`,
  helpColumns: () => ['指令', '用途'],
  examples: () => [`${EXAMPLE.name} 114 年度預算`, '114 年度哪個機關預算最多？', `${total.name} 114 年度用途別細分`, 'MyData 介接多少機關', '112 年度主管總預算執行率'],
  foreignBody: (body: string) => `資料只涵蓋${coveredZh}，沒有「${body}」的資料。`,
  noRate: (label: string, value: string) => `資料中沒有這個問題要的比率；文件記載的是${label} ${value}。`,
  noFigure: '資料中找不到這個問題的數字。',
  readAsName: (typed: string, read: string) => `（「${typed}」視為「${read}」。）`,
  picked: (label: string) => `（依您的選擇：${label}）`,
  pickGone: '這個選項已失效，請重新提問。',
  yearWordRead: (roc: number, latest: number) => `（依文件最新的預算年度 ${latest} 年度解讀，所問年度為 ${roc} 年度（${rocToAd(roc)}）。）`,
  error: '處理這個問題時發生錯誤，請換個問法。',
  /** the other reading of 數位發展部, as a question */
  readingQuestion: (r: ReadingWords) => [
    r.total ? total.name : proper.aliases[0], r.what, r.year === undefined ? '' : `${r.year} 年度`,
    { positions: '預算員額', final: '決算', budget: r.what ? '' : '預算' }[r.measure],
  ].filter(Boolean).join(' '),
  readingNote: (total: boolean): string => (total
    ? `（「${proper.name}」此處指主管合計，含${administrationsZh('及')}；本部數字見建議問題。）`
    : `（「${proper.name}」此處指部本部；含兩署的主管合計見建議問題。）`),
};

const en: typeof zh = {
  rankMissing: (what, roc) =>
    `The documents do not give ${what} for every agency${roc ? ` in ${rocToAd(roc)}` : ''}, so there is no ranking by it; the questions below can be answered.`,
  rankByBudget: (roc) => `Which agency has the largest budget${roc ? ` in ${rocToAd(roc)}` : ''}?`,
  kpiMissing: (name, roc, dates) => `The documents give no figure for ${name} in ${rocToAd(roc)}; they report it as of ${dates.join(', ')}.`,
  kpiSummary: (k) => `${k.metric}: ${k.value} (as of ${k.date}; ${k.doc}).`,
  kpiSameDate: (values) => ` Another document gives ${values.join(', ')} for the same date; both are shown.`,
  kpiEarlier: (points) => ` Earlier: ${points.map((p) => `${p.date} ${p.value}`).join('; ')}.`,
  kpiQuote: () => '',
  kpiColumns: () => ['As of', 'Value', 'Source'],
  planRateLabel: (name) => `${name} executed to date as a share of the approved total`,
  planSummary: (p) => `${p.name} (${p.type}, ${p.period}): ${p.measure} ${p.value}.${p.executed
    ? ` Executed to the end of FY${rocToAd(p.executed.year)}: ${p.executed.value}, ${groupDigits(p.executed.percent, 1)}% of the approved total.` : ''}`,
  planColumns: () => ['Measure', `Amount (${moneyCellUnit('en')})`],
  planWork: "This year's work",
  planYearLabel: (name, start) => `${name}: ${start ? 'first' : 'last'} year of the plan`,
  planYearSummary: (name, period, roc, start) => `${name} runs ${period} (ROC): it ${start ? 'starts in' : 'ends in'} ${rocToAd(roc)} (ROC ${roc}).`,
  planQuestion: (name) => `${name} approved total`,
  planProgress: 'Progress',
  searchNothing: (text) => `Nothing in the documents matches "${text}".`,
  searchQuestions: () => ['search MyData', 'search zero trust', 'help'],
  searchSummary: (count, text, heading) => `${count} passages mention "${text}"; the closest is under "${heading}".`,
  searchColumns: () => ['Section', 'Text', 'Source'],
  clarifySummary: (options) => `The documents give ${options.length} figures that fit this question about equally: ${options.join('; ')}. Which one do you mean?`,
  clarifyColumns: () => ['Text', 'Value', 'As of', 'Source'],
  choicesSummary: (options) => `This question may mean one of ${options.length} figures: ${options.join('; ')}. Which one do you mean?`,
  unsure: (passages) => `I am not sure which figure answers this, so I give none.${passages ? ` ${passages}` : ''}`,
  clarifyQuestion: (quote) => `"${quote}"`,
  help: `I answer questions on the budgets, revenue, object classes, positions, execution, major plans and indicators of ${coveredEn}, each figure with its source. Years in ROC or AD. For example:`,
  helpColumns: () => ['Command', 'What it does'],
  examples: () => [`${EXAMPLE.short} budget 2025`, 'Which agency has the largest budget in 2025?', `${total.short} 2025 breakdown by object class`, 'MyData agencies', 'Execution rate 2023'],
  foreignBody: (body) => `The data covers only ${coveredEn}, not ${body}.`,
  noRate: (label, value) => `The documents give no such rate or share; they give ${label}: ${value}.`,
  noFigure: 'The documents do not answer this question.',
  readAsName: (typed, read) => `(Read "${typed}" as "${read}".) `,
  picked: (label) => `(As you chose: ${label}) `,
  pickGone: 'That choice is no longer available; please ask again.',
  yearWordRead: (roc, latest) => `(Read against the newest budget year in the documents, FY${rocToAd(latest)}: the year asked is FY${rocToAd(roc)}.) `,
  error: 'Something went wrong with this question; please rephrase it.',
  readingQuestion: (r) => [
    r.total ? total.short : `${proper.short} ministry proper`, r.what, r.year === undefined ? '' : `${rocToAd(r.year)}`,
    { positions: 'positions', final: 'final account', budget: 'budget' }[r.measure],
  ].filter(Boolean).join(' '),
  readingNote: (total) => (total
    ? ` ("${proper.short}" read as the ministry-level total including ${administrationsEn(' and ')}; the ministry proper is in the suggestions.)`
    : ` ("${proper.short}" read as the ministry proper; the total including ${administrationsEn(' and ')} is in the suggestions.)`),
};

export const RECORDS = { zh, en };
