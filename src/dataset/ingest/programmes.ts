// 歲出計畫提要及分支計畫概況表 of a unit budget: programmes, their sub-programmes (分支計畫),
// the object classes listed under each, and the explanation column (說明), which flows from page
// to page independently of the rows beside it; and the plans an explanation names with their
// amounts ("2. 數位創新研發計畫253,482千元，係推動…"), each a plan line under its sub-programme.
import { BUDGET, type Doc, compact, isFurniture, isNumberCell } from './source.js';
import { cleanText, thousandsToTwd } from './text.js';
import type { Fact } from '../schema.js';
import { tableSpan } from './openings.js';
import type { Fragment, PlanItem } from './explained-plans.js';

export const PLAN_TABLE = '歲出計畫提要及分支計畫概況表';

/** A numbered row and its amount (NT$): a programme (10 digits), a sub-programme ("01") or an object class (4 digits). */
export interface Coded extends Pick<PlanItem, 'name' | 'budget' | 'line'> {
  code: string;
}

/** A piece of the 說明 column, and the sub-programme whose rows it is printed beside. */
export interface Segment extends Fragment {
  beside: SubProgramme;
}

export interface SubProgramme extends Coded {
  classes: Coded[];
  /** explanation segments that belong to this sub-programme, in order */
  segments: Segment[];
}

export interface Programme extends Coded {
  intro: string[]; // 計畫內容 / 預期成果 text before the first row
  subs: SubProgramme[];
}

/** A sub-programme explanation opens with 本分支計畫 or 本年度預算數. */
function opensExplanation(text: string): boolean {
  return /^(本分支計畫|本年度預算數)/.test(cleanText([text]));
}

export function parseProgrammes(d: Doc): Programme[] {
  return d.memo('programmes', () => {
    const [start, end] = tableSpan(d, PLAN_TABLE);
    const programmes: Programme[] = [];
    const segments: Segment[] = [];
    let prog: Programme | undefined;
    let inRows = false;
    let sub: SubProgramme | undefined;

    const fail = (n: number, message: string): never => d.fail(n, `${PLAN_TABLE}: ${message}`);
    for (let n = start; n <= end; n++) {
      const text = d.text(n);
      if (isFurniture(text, PLAN_TABLE) || /^[-\s]+$/.test(text)) continue;
      const c = d.cells(n);
      const head = /^工作計畫名稱及編號$/.test(c[0]) ? /^(\d{10})\s+(.+)$/.exec(c[1] ?? '') : null;
      if (head) {
        if (c[2] !== '預算金額') fail(n, 'programme header without 預算金額');
        const found = programmes.find((p) => p.code === head[1]);
        if (found && found !== prog) fail(n, `programme ${head[1]} resumes out of order`);
        if (!found) {
          programmes.push((prog = { code: head[1], name: head[2].trim(), budget: d.twd(c[3], n), line: n, intro: [], subs: [] }));
          inRows = false;
          sub = undefined;
        }
        continue;
      }
      if (!prog) fail(n, 'text before the first programme header');
      // a sub-programme ("01 人員維持") or an object class under it ("1015 法定編制人員待遇")
      const row = isNumberCell(c[1] ?? '') ? /^(\d{2}|\d{4})\s+(.+)$/.exec(c[0]) : null;
      if (compact(c[0]) === '分支計畫及用途別科目') inRows = true;
      else if (!inRows) prog!.intro.push(c.filter((x) => x !== '').join(' '));
      else if (row) {
        const [, code, name] = row;
        const coded = { code, name: name.trim(), budget: d.twd(c[1], n), line: n };
        if (code.length === 2) prog!.subs.push((sub = { ...coded, classes: [], segments: [] }));
        else (sub ?? fail(n, 'object class before any sub-programme')).classes.push(coded);
        if (c[3]) segments.push({ raw: c[3], line: n, beside: sub! });
      } else if (c[0] === '') {
        const last = [...c].reverse().find((x) => x !== '');
        if (last) segments.push({ raw: last, line: n, beside: sub ?? fail(n, 'explanation before any sub-programme') });
      } else fail(n, `unexpected row: ${text.slice(0, 60)}`);
    }
    assignSegments(programmes, segments);
    return programmes;
  });
}

/**
 * The 說明 column runs on as one text. A segment printed beside a sub-programme whose own
 * explanation opens further down is the tail of the previous sub-programme's explanation;
 * otherwise it belongs to the sub-programme it is printed beside.
 */
function assignSegments(programmes: Programme[], segments: Segment[]): void {
  for (const prog of programmes) {
    const own = segments.filter((s) => prog.subs.includes(s.beside));
    let owner: SubProgramme | undefined;
    own.forEach((s, i) => {
      const opensLater = own.slice(i + 1).some((t) => t.beside === s.beside && opensExplanation(t.raw));
      if (opensExplanation(s.raw) || !(opensLater && owner)) owner = s.beside;
      owner!.segments.push(s);
    });
  }
}

export function subExplanation(sub: SubProgramme): string {
  return cleanText(sub.segments.map((s) => s.raw));
}

/** 3000-series classes (設備及投資) are capital; the rest of a sub-programme's classes are current. */
export function natureOf(code: string): 'current' | 'capital' {
  return code.startsWith('3') ? 'capital' : 'current';
}

/** Object-class code by name, from the classes printed under the sub-programmes. */
export function classCode(d: Doc, name: string): string | null {
  for (const p of parseProgrammes(d)) for (const s of p.subs) for (const c of s.classes) if (c.name === name) return c.code;
  return null;
}

/** object_class facts: one per object class listed under a sub-programme. */
export function subProgrammeClassFacts(d: Doc): Fact[] {
  return parseProgrammes(d).flatMap((prog) =>
    prog.subs.flatMap((sub) =>
      sub.classes.map((oc) => {
        const base = { idParts: [sub.name, oc.name], family: 'object_class', table: PLAN_TABLE, line: oc.line, subject: sub.name, subjectCode: prog.code } as const;
        const note = `工作計畫 ${prog.code} ${prog.name}，分支計畫 ${sub.code} ${sub.name}`;
        return d.fact({ ...base, category: oc.name, categoryCode: oc.code, nature: natureOf(oc.code), ...BUDGET, value: oc.budget, note });
      }),
    ),
  );
}

// ---------- named plans in a sub-programme's explanation ----------

/**
 * An item "N. <name ending in 計畫 or 作業><amount>千元". The name may not cross a sentence or
 * clause mark, so "8. 專案計畫招標作業與計畫執行所需之…經費2,306千元" is not taken for a plan.
 */
const ITEM = /(?<![\d.,])(\d{1,2})\s*\.\s*([^。，；：「」\s][^。，；：「」]{1,48}?(?:計畫|作業))(\d{1,3}(?:,\d{3})*)千元/g;
/** Where any numbered item starts, to cut an item's text. */
const ITEM_START = /(?<![\d.,])\d{1,2}\s*\.\s*(?=\D)/g;

export function plansOf(d: Doc, sub: SubProgramme): PlanItem[] {
  const text = subExplanation(sub);
  const starts = [...text.matchAll(ITEM_START)].map((m) => m.index!);
  const out = [...text.matchAll(ITEM)].map((m) => {
    const name = m[2].trim();
    // the segment that prints "<end of name><amount>千元"
    const tail = compact(name).slice(-3) + m[3] + '千元';
    const seg = sub.segments.find((s) => compact(cleanText([s.raw])).includes(tail)) ?? d.fail('-', `sub-programme ${sub.name}: cannot place "${tail}"`);
    const next = starts.find((s) => s > m.index!) ?? text.length;
    return { name, budget: thousandsToTwd(m[3])!, line: seg.line, text: text.slice(m.index!, next).trim() };
  });
  if (new Set(out.map((p) => p.name)).size !== out.length) d.fail('-', `sub-programme ${sub.name}: a plan name repeats`);
  return out;
}
