// Figures in prose: counts ("84 個機關", "4 萬 7,000 路", "1 億 8,067 萬人次", "逾 167 萬"),
// percentages ("85%") and money ("1,284 萬元", "8.86 億元", "6 億 6,395 萬元").

export const COUNT_UNITS = [
  '個機關', '個縣市', '人次', '場次', '萬人', '個', '家', '座', '位', '名', '人', '件', '筆', '項', '場', '次', '張', '支', '條',
  '處', '所', '案', '套', '間', '臺', '台', '組', '路', '種', '輛', '份', '棟', '顆', '類', '款', '部', '國', '縣市', '站', '隊', '篇', '門', '則', '期', '片', '艘', '枚', '戶', '校', '封', '起',
];

const UNIT_RE = COUNT_UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const NUM = '\\d{1,3}(?:,\\d{3})+|\\d+';

/** number [億 number] [萬 [number]] [unit] | number% */
export const COUNT_RE = new RegExp(
  `(逾|超過|約|近|達|計|共|累計)?\\s*(${NUM})(?:\\.(\\d+))?(?:\\s*(億)(?:\\s*(${NUM}))?)?(?:\\s*(萬)(?:\\s*(${NUM})(\\s*千)?)?)?\\s*(%|％|${UNIT_RE})?`,
  'g',
);

export interface CountMatch {
  value: number;
  unitLabel: string | null;
  percent: boolean;
  /** an amount of money in whole NT$ (…元) */
  money: boolean;
  qualifier: string | null;
  index: number;
  end: number;
}

const n = (s?: string) => (s ? Number(s.replace(/,/g, '')) : 0);

/** Counts with a unit, a 萬/億 multiplier, or a percent sign, and money (…元); dates and ordinals are neither. */
export function findCounts(text: string): CountMatch[] {
  const out: CountMatch[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const [all, qual, int, frac, yi, afterYi, wan, afterWan, thousand, unit] = m;
    const index = (m.index ?? 0) + (all.length - all.trimStart().length);
    const end = (m.index ?? 0) + all.length;
    const before = text.slice(Math.max(0, index - 1), index);
    const after = text.slice(end, end + 1);
    // an ordinal (第 4 期, 第11屆), spaced or not, is a name's, not a figure
    if (/第\s*$/.test(text.slice(Math.max(0, index - 3), index)) || /[\d.A-Za-z]/.test(before)) continue;
    // money: "1,284 萬元", "829 億元", "3,000 千元", "500 元"
    const yuan = !unit && (after === '元' ? 1 : text.slice(end, end + 2) === '千元' && !yi && !wan ? 1000 : 0);
    if (!unit && !yi && !wan && !yuan) continue;
    // a word after 萬/億 counts what it names (11 億 tokens); after a bare number it is a name (5G, 100Mbps)
    const word = !unit && (yi || wan) ? text.slice(end).match(/^[A-Za-z]{2,}s?\b/)?.[0] : undefined;
    if (!yuan && !unit && !word && /[年月日期屆號元A-Za-z]/.test(after)) continue;
    if (unit === '萬人' && after === '次') continue;
    const base = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
    let value = base;
    if (yi) value = base * 1e8 + (wan ? n(afterYi) * 1e4 + n(afterWan) : n(afterYi));
    else if (wan) value = base * 1e4 + n(afterWan) * (thousand ? 1000 : 1);
    if (unit === '萬人') value *= 1e4;
    const percent = unit === '%' || unit === '％';
    if (yuan) {
      out.push({ value: Math.round(value * yuan), unitLabel: '元', percent: false, money: true, qualifier: qual ?? null, index, end: end + (yuan === 1000 ? 2 : 1) });
      continue;
    }
    const label = percent ? null : unit === '萬人' ? '人' : unit ?? word ?? null;
    out.push({ value: Math.round(value * 100) / 100, unitLabel: label, percent, money: false, qualifier: qual ?? null, index, end: end + (word?.length ?? 0) });
  }
  return out;
}
