// 歲出計畫提要及分支計畫概況表 of a unit budget: programmes, their sub-programmes (分支計畫),
// the object classes listed under each, and the explanation column (說明), which flows from page
// to page independently of the rows beside it.
import { type Doc, compact, isNumberCell } from './source.js';
import { cleanText } from './text.js';
import type { Fact } from '../schema.js';
import { tableEnd } from './openings.js';

export const PLAN_TABLE = '歲出計畫提要及分支計畫概況表';

export interface ObjectClassRow {
  code: string; // 4 digits
  name: string;
  amount: number; // NT$
  line: number;
}

export interface Segment {
  text: string;
  line: number;
  /** the sub-programme whose rows the segment is printed beside */
  beside: SubProgramme;
}

export interface SubProgramme {
  no: string; // "01"
  name: string;
  budget: number;
  line: number;
  unitCells: string[]; // 承辦單位, wrapped over several rows
  classes: ObjectClassRow[];
  /** explanation segments that belong to this sub-programme, in order */
  segments: Segment[];
}

export interface Programme {
  code: string; // 10 digits
  name: string;
  budget: number;
  line: number;
  intro: string[]; // 計畫內容 / 預期成果 text before the first row
  subs: SubProgramme[];
}

const FURNITURE = [
  /^數位發展部\S*$/,
  /^歲出計畫提要及分支計畫概況表$/,
  /^中華民國\s*\d+\s*年度$/,
  /^經資門併計$/,
  /^單位：新臺幣千元$/,
  /^[-\s]+$/,
  /^本頁空白$/,
];

function isFurniture(text: string): boolean {
  const t = text.trim();
  return t === '' || FURNITURE.some((re) => re.test(t)) || /^本頁空白$/.test(compact(t));
}

/** A sub-programme explanation opens with 本分支計畫 or 本年度預算數. */
function opensExplanation(text: string): boolean {
  return /^(本分支計畫|本年度預算數)/.test(cleanText([text]));
}

export function parseProgrammes(d: Doc): Programme[] {
  return d.memo('programmes', () => readProgrammes(d));
}

function readProgrammes(d: Doc): Programme[] {
  const start = d.find((t) => t === PLAN_TABLE, 1, undefined, PLAN_TABLE);
  const end = tableEnd(d, start, PLAN_TABLE) + 1;
  const programmes: Programme[] = [];
  const segments: Segment[] = [];
  let prog: Programme | undefined;
  let inRows = false;
  let sub: SubProgramme | undefined;

  for (let n = start; n < end; n++) {
    const text = d.text(n);
    if (isFurniture(text)) continue;
    const c = d.cells(n);
    const head = /^工作計畫名稱及編號$/.test(c[0]) ? /^(\d{10})\s+(.+)$/.exec(c[1] ?? '') : null;
    if (head) {
      if (c[2] !== '預算金額') throw new Error(`line ${n}: programme header without 預算金額`);
      const found = programmes.find((p) => p.code === head[1]);
      if (found) {
        if (found !== prog) throw new Error(`line ${n}: programme ${head[1]} resumes out of order`);
      } else {
        prog = { code: head[1], name: head[2].trim(), budget: d.twd(c[3], n), line: n, intro: [], subs: [] };
        programmes.push(prog);
        inRows = false;
        sub = undefined;
      }
      continue;
    }
    if (!prog) throw new Error(`line ${n}: text before the first programme header`);
    if (compact(c[0]) === '分支計畫及用途別科目') {
      inRows = true;
      continue;
    }
    if (!inRows) {
      prog.intro.push(c.filter((x) => x !== '').join(' '));
      continue;
    }
    const subRow = /^(\d{2})\s+(.+)$/.exec(c[0]);
    const classRow = /^(\d{4})\s+(.+)$/.exec(c[0]);
    if (subRow && isNumberCell(c[1] ?? '')) {
      sub = { no: subRow[1], name: subRow[2].trim(), budget: d.twd(c[1], n), line: n, unitCells: [], classes: [], segments: [] };
      prog.subs.push(sub);
      if (c[2]) sub.unitCells.push(c[2]);
      if (c[3]) segments.push({ text: c[3], line: n, beside: sub });
    } else if (classRow && isNumberCell(c[1] ?? '')) {
      if (!sub) throw new Error(`line ${n}: object class before any sub-programme`);
      sub.classes.push({ code: classRow[1], name: classRow[2].trim(), amount: d.twd(c[1], n), line: n });
      if (c[2]) sub.unitCells.push(c[2]);
      if (c[3]) segments.push({ text: c[3], line: n, beside: sub });
    } else if (c[0] === '') {
      if (!sub) throw new Error(`line ${n}: explanation before any sub-programme`);
      const last = [...c].reverse().find((x) => x !== '');
      if (last) segments.push({ text: last, line: n, beside: sub });
    } else {
      throw new Error(`line ${n}: unexpected row in ${PLAN_TABLE}: ${text.slice(0, 60)}`);
    }
  }
  assignSegments(programmes, segments);
  return programmes;
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
      if (opensExplanation(s.text)) {
        owner = s.beside;
      } else if (s.beside !== owner) {
        const opensLater = own.slice(i + 1).some((t) => t.beside === s.beside && opensExplanation(t.text));
        if (!(opensLater && owner)) owner = s.beside;
      }
      owner!.segments.push(s);
    });
  }
}

export function subExplanation(sub: SubProgramme): string {
  return cleanText(sub.segments.map((s) => s.text));
}

export function subUnit(sub: SubProgramme): string {
  return cleanText(sub.unitCells);
}

/** 3000-series classes (設備及投資) are capital; the rest of a sub-programme's classes are current. */
export function natureOf(code: string): 'current' | 'capital' {
  return code.startsWith('3') ? 'capital' : 'current';
}

/** object_class facts: one per object class listed under a sub-programme. */
export function subProgrammeClassFacts(d: Doc): Fact[] {
  const out: Fact[] = [];
  for (const prog of parseProgrammes(d)) {
    for (const sub of prog.subs) {
      for (const oc of sub.classes) {
        out.push(
          d.fact({
            idParts: [sub.name, oc.name],
            family: 'object_class',
            table: PLAN_TABLE,
            line: oc.line,
            subject: sub.name,
            subjectCode: prog.code,
            category: oc.name,
            categoryCode: oc.code,
            nature: natureOf(oc.code),
            measure: 'budget',
            value: oc.amount,
            unit: 'TWD',
            note: `工作計畫 ${prog.code} ${prog.name}，分支計畫 ${sub.no} ${sub.name}`,
          }),
        );
      }
    }
  }
  return out;
}
