// Named plans inside the sub-programme explanations of a unit budget:
// "2. 數位創新研發計畫253,482千元，係推動…" → a plan line under its sub-programme.
import { type Doc, compact } from './source.js';
import { cleanText } from './text.js';
import type { SubProgramme } from './programmes.js';

export interface PlanItem {
  no: number; // the printed item number
  name: string;
  amount: number; // NT$
  line: number; // the line that prints the amount
  text: string; // the whole item, for the explanation
}

/**
 * An item "N. <name ending in 計畫 or 作業><amount>千元". The name may not cross a sentence or
 * clause mark, so "8. 專案計畫招標作業與計畫執行所需之…經費2,306千元" is not taken for a plan.
 */
const ITEM = /(?<![\d.,])(\d{1,2})\s*\.\s*([^。，；：「」\s][^。，；：「」]{1,48}?(?:計畫|作業))(\d{1,3}(?:,\d{3})*)千元/g;
/** Where any numbered item starts, to cut an item's text. */
const ITEM_START = /(?<![\d.,])\d{1,2}\s*\.\s*(?=\D)/g;

export function plansOf(d: Doc, sub: SubProgramme): PlanItem[] {
  const text = cleanText(sub.segments.map((s) => s.text));
  const starts = [...text.matchAll(ITEM_START)].map((m) => m.index!);
  const out: PlanItem[] = [];
  for (const m of text.matchAll(ITEM)) {
    const name = m[2].trim();
    const amountText = m[3];
    const next = starts.find((s) => s > m.index!) ?? text.length;
    out.push({
      no: Number(m[1]),
      name,
      amount: Number(amountText.replace(/,/g, '')) * 1000,
      line: lineOfAmount(d, sub, name, amountText),
      text: text.slice(m.index!, next).trim(),
    });
  }
  const names = new Set(out.map((p) => p.name));
  if (names.size !== out.length) throw new Error(`${d.name}: sub-programme ${sub.name}: a plan name repeats`);
  return out;
}

/** The segment that prints "<end of name><amount>千元". */
function lineOfAmount(d: Doc, sub: SubProgramme, name: string, amount: string): number {
  const tail = compact(name).slice(-3) + amount + '千元';
  const seg = sub.segments.find((s) => compact(cleanText([s.text])).includes(tail));
  if (!seg) throw new Error(`${d.name}: sub-programme ${sub.name}: cannot place "${tail}"`);
  return seg.line;
}
