// What the Discord surface says by itself (not answers): notices in zh-TW and English.
import type { Lang } from '../../core/answer.js';

export const TEXT = {
  tooFast: { zh: '問得太快了，請稍後再試。', en: 'Too many questions; please try again shortly.' },
  expired: { zh: '這個按鈕已失效，請重新提問。', en: 'This button no longer works; please ask again.' },
  noChart: { zh: '這個答案沒有圖表。', en: 'This answer has no chart.' },
  chartsOff: { zh: '圖表功能目前無法使用，數字請見上方表格。', en: 'Charts are unavailable right now; the figures are in the table above.' },
  unknown: { zh: '不認得這個指令。請用 /budget。', en: 'Unknown command. Please use /budget.' },
  failed: { zh: '處理時發生錯誤，請稍後再試（參考編號 {ref}）。', en: 'Something went wrong; please try again later (reference {ref}).' },
  stale: { zh: '這個請求已過期。', en: 'This request has expired.' },
} satisfies Record<string, Record<Lang, string>>;

export function localeLang(locale: unknown): Lang {
  return typeof locale === 'string' && locale.startsWith('zh') ? 'zh' : 'en';
}
