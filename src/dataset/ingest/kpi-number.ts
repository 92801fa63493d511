// Counts in prose: "84 個機關", "4 萬 7,000 路", "1 億 8,067 萬人次", "逾 167 萬", "85%".

export const COUNT_UNITS = [
  '個機關', '個縣市', '人次', '場次', '萬人', '個', '家', '座', '位', '名', '人', '件', '筆', '項', '場', '次', '張', '支', '條',
  '處', '所', '案', '套', '間', '臺', '台', '組', '路', '種', '輛', '份', '棟', '顆', '類', '款', '部', '國', '縣市', '站', '隊', '篇', '門', '則',
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
  qualifier: string | null;
  index: number;
  end: number;
}

const n = (s?: string) => (s ? Number(s.replace(/,/g, '')) : 0);

/** Counts with a unit, a 萬/億 multiplier, or a percent sign; money (…元), dates and ordinals are not counts. */
export function findCounts(text: string): CountMatch[] {
  const out: CountMatch[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const [all, qual, int, frac, yi, afterYi, wan, afterWan, thousand, unit] = m;
    const index = (m.index ?? 0) + (all.length - all.trimStart().length);
    const end = (m.index ?? 0) + all.length;
    const before = text.slice(Math.max(0, index - 1), index);
    const after = text.slice(end, end + 1);
    if (before === '第' || /[\d.A-Za-z]/.test(before)) continue;
    if (!unit && !yi && !wan) continue;
    if (after === '元' || (!unit && /[年月日期屆號元A-Za-z]/.test(after))) continue;
    if (unit === '萬人' && after === '次') continue;
    const base = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
    let value = base;
    if (yi) value = base * 1e8 + (wan ? n(afterYi) * 1e4 + n(afterWan) : n(afterYi));
    else if (wan) value = base * 1e4 + n(afterWan) * (thousand ? 1000 : 1);
    if (unit === '萬人') value *= 1e4;
    const percent = unit === '%' || unit === '％';
    out.push({ value: Math.round(value * 100) / 100, unitLabel: percent ? null : unit === '萬人' ? '人' : unit ?? null, percent, qualifier: qual ?? null, index, end });
  }
  return out;
}
