// How figures read: zh-TW 22.16 億元 (2,216,120 千元), English NT$2.22 billion. Formatting only; no arithmetic on data.
export type Lang = 'zh' | 'en';
import { rocToAd } from '../core/years.js';
export type UnitKind = 'TWD' | 'percent' | 'person' | 'count' | 'sqm' | 'year';

const intFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

// Building an Intl.NumberFormat costs far more than formatting with one: one per precision, kept.
const fixedFormats = new Map<number, Intl.NumberFormat>();

export function groupDigits(n: number, decimals = 0): string {
  let f = fixedFormats.get(decimals);
  if (!f) fixedFormats.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(n);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Money in whole NT$ as people say it. */
export function formatMoney(twd: number, lang: Lang): string {
  const abs = Math.abs(twd);
  const sign = twd < 0 ? '-' : '';
  if (lang === 'zh') {
    const thousands = Number.isInteger(twd / 1000) ? `（${groupDigits(twd / 1000)} 千元）` : '';
    if (abs >= 1e8) return `${sign}${groupDigits(abs / 1e8, 2)} 億元${thousands}`;
    if (abs >= 1e4) return `${sign}${trimZeros(groupDigits(abs / 1e4, 1))} 萬元${thousands}`;
    return `${sign}${intFmt.format(abs)} 元`;
  }
  if (abs >= 1e9) return `${sign}NT$${groupDigits(abs / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${sign}NT$${groupDigits(abs / 1e6, 2)} million`;
  return `${sign}NT$${intFmt.format(abs)}`;
}

/** Short money for table cells and chart axes: 千元 in zh tables, millions in English. */
export function formatMoneyCell(twd: number, lang: Lang): string {
  if (lang === 'zh') return Number.isInteger(twd / 1000) ? groupDigits(twd / 1000) : groupDigits(twd / 1000, 3);
  return groupDigits(twd / 1e6, 3);
}

export function moneyCellUnit(lang: Lang): string {
  return lang === 'zh' ? '千元' : 'NT$ million';
}

/** Compact money for chart labels: 22.16 億 / 1,298 萬 / NT$2.22B / NT$1.3M. */
export function formatMoneyShort(twd: number, lang: Lang): string {
  const abs = Math.abs(twd);
  const sign = twd < 0 ? '-' : '';
  if (lang === 'zh') {
    if (abs >= 1e8) return `${sign}${trimZeros(groupDigits(abs / 1e8, 2))} 億`;
    if (abs >= 1e4) return `${sign}${groupDigits(abs / 1e4)} 萬`;
    return `${sign}${intFmt.format(abs)}`;
  }
  if (abs >= 1e9) return `${sign}NT$${trimZeros(groupDigits(abs / 1e9, 2))}B`;
  if (abs >= 1e6) return `${sign}NT$${trimZeros(groupDigits(abs / 1e6, 1))}M`;
  if (abs >= 1e3) return `${sign}NT$${trimZeros(groupDigits(abs / 1e3, 1))}K`;
  return `${sign}NT$${intFmt.format(abs)}`;
}

/** The documents' counting words, in English. */
const UNIT_EN: Record<string, string> = {
  個機關: 'agencies', 個: '', 家: 'companies', 座: 'sites', 位: 'people', 名: 'people', 人: 'people', 人次: 'person-visits',
  件: 'cases', 筆: 'records', 項: 'items', 場: 'sessions', 場次: 'sessions', 次: 'times', 張: 'certificates', 路: 'circuits',
  條: 'lines', 處: 'sites', 所: 'sites', 案: 'cases', 套: 'sets', 間: 'units', 臺: 'units', 台: 'units', 組: 'teams',
  種: 'kinds', 輛: 'vehicles', 國: 'countries', 層: 'floors', 人天: 'person-days',
};

export function formatValue(value: number, unit: UnitKind, lang: Lang, unitLabel?: string): string {
  switch (unit) {
    case 'TWD':
      return formatMoney(value, lang);
    case 'percent':
      return `${groupDigits(value, 2)}%`;
    case 'person':
      return lang === 'zh' ? `${intFmt.format(value)} ${unitLabel ?? '人'}` : `${intFmt.format(value)} ${value === 1 ? 'person' : 'people'}`;
    case 'year':
      return lang === 'zh' ? `民國 ${value} 年（${rocToAd(value)}）` : `${rocToAd(value)} (ROC ${value})`;
    case 'sqm':
      return lang === 'zh' ? `${groupDigits(value, Number.isInteger(value) ? 0 : 2)} 平方公尺` : `${groupDigits(value, Number.isInteger(value) ? 0 : 2)} m²`;
    default: {
      const n = Number.isInteger(value) ? intFmt.format(value) : groupDigits(value, 2);
      const label = lang === 'en' && unitLabel ? (UNIT_EN[unitLabel] ?? unitLabel) : unitLabel;
      return label ? `${n} ${label}` : n;
    }
  }
}

/**
 * Chinese text uses full-width brackets: "(1,339,556 千元) (-37.67%)" → "（1,339,556 千元）（-37.67%）".
 * Only brackets around a figure, a year or a short Chinese note are changed; quoted text is left alone.
 */
export function fullWidthBrackets(text: string): string {
  return text.replace(/\s?\(([^()「」]{1,40})\)/g, (whole, inner: string) =>
    /^[-+±−]?[\d,.]+\s*(?:%|千元|萬元|億元|元|人|個機關)?$|^[\u3400-\u9fff]/.test(inner.trim()) ? `（${inner.trim()}）` : whole);
}

/** A figure's label as its language writes brackets: "MyData members（Feb 2026）" reads "MyData members (Feb 2026)" in English. */
export function labelText(label: string, lang: Lang): string {
  return lang === 'en' ? label.replace(/\s*（/g, ' (').replace(/）/g, ')') : label;
}

/** A change with sign and, when the base is known and nonzero, the percent: +11,398 千元 (+4.44%). */
export function formatChange(change: number, base: number | null, unit: UnitKind, lang: Lang): string {
  const sign = change > 0 ? '+' : change < 0 ? '-' : '±';
  const body = formatValue(Math.abs(change), unit, lang);
  const p = base ? `${change >= 0 ? '+' : '-'}${groupDigits(Math.abs((change / base) * 100), 2)}%` : '';
  const pct = !p ? '' : lang === 'zh' ? `（${p}）` : ` (${p})`;
  return `${sign}${body}${pct}`;
}
