// The web pages' own words, in Traditional Chinese and English; the UI language is chosen per request.
import type { IncomingMessage } from 'node:http';
import { agency, MINISTRY } from '../../format/agencies.js';

export type UiLang = 'zh' | 'en';

export const UI = {
  zh: {
    htmlLang: 'zh-Hant-TW',
    appTitle: `${MINISTRY.proper.name}預算查詢`,
    tagline: `${MINISTRY.proper.name}及所屬機關的預算與績效指標，每個數字都附上出處。`,
    placeholder: `例如：${agency('6220').name} 114 年度預算`,
    ask: '查詢',
    question: '問題',
    asked: '問題：',
    sources: '出處',
    suggestions: '接著問',
    examples: '試試看',
    earlier: '本次查詢的問題',
    newSession: '重新開始',
    present: '簡報模式',
    leavePresent: '離開簡報模式',
    otherLang: 'English',
    data: '開放資料',
    dataset: '資料集：',
    hasRecords: '本行有讀入資料集的數字',
    documents: '原始文件',
    csv: '下載 CSV',
    png: '下載圖表 PNG',
    json: 'JSON',
    link: '本頁連結',
    computed: '計算自',
    keys: '按 / 輸入問題，Enter 查詢，P 切換簡報模式，Esc 離開簡報模式',
    noFigure: '資料中沒有可直接回答的數字。',
    choose: '可能的數字，選一個',
  },
  en: {
    htmlLang: 'en',
    appTitle: `${MINISTRY.proper.short} budget lookup`,
    tagline: `Budgets and performance indicators of Taiwan's ${MINISTRY.proper.official}, every figure with its source.`,
    placeholder: `e.g. ${agency('6220').short} budget 2025`,
    ask: 'Ask',
    question: 'Question',
    asked: 'Question:',
    sources: 'Sources',
    suggestions: 'Ask next',
    examples: 'Try',
    earlier: 'Asked in this session',
    newSession: 'Start over',
    present: 'Presentation mode',
    leavePresent: 'Leave presentation mode',
    otherLang: '中文',
    data: 'Open data',
    dataset: 'Dataset: ',
    hasRecords: 'Figures of the dataset were read from this line',
    documents: 'Source documents',
    csv: 'Download CSV',
    png: 'Download chart (PNG)',
    json: 'JSON',
    link: 'Link to this page',
    computed: 'Computed from',
    keys: 'Press / to type a question, Enter to ask, P for presentation mode, Esc to leave it',
    noFigure: 'The data has no figure that answers this directly.',
    choose: 'The figures this may mean: choose one',
  },
} as const;

export type Words = (typeof UI)[UiLang];

/** `?lang=` wins; then the language of the question asked; then the browser's; Chinese by default. */
export function uiLangOf(req: IncomingMessage, params: URLSearchParams): UiLang {
  const asked = params.get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  const q = params.get('q');
  if (q?.trim()) return /[\u3400-\u9fff]/.test(q) ? 'zh' : 'en';
  const accept = String(req.headers['accept-language'] ?? '').trim().toLowerCase();
  return accept.startsWith('en') ? 'en' : 'zh';
}
