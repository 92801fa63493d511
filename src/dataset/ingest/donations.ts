// 捐助經費分析表 and 委辦經費分析表 of a unit budget: donation plans and commissioned projects,
// each a tree (合計 → recipient type / programme → object class → plan) with the same columns.
import { type Doc, type FactBase, isDash } from './source.js';
import { cleanText } from './text.js';
import type { Fact } from '../schema.js';
import { NAME_CORRECTIONS, correctionFor } from './corrections.js';
import { readTree, sixColumns, type TreeRow } from './tree-table.js';
import { ownAccount } from './accounts.js';
import { classCode, parseProgrammes } from './programmes.js';

export const DONATION_TABLE = '捐助經費分析表';
export const COMMISSIONED_TABLE = '委辦經費分析表';

export type { TreeRow };

export function donationTree(d: Doc): TreeRow[] {
  return readTree(d, {
    table: DONATION_TABLE,
    left: { opens: '捐助計畫', labels: ['捐助計畫', '捐助對象', '捐助內容', '經常', '人事費'], lines: 2 },
    right: { opens: '經費', labels: ['用途', '分析', '門', '資本門', '合計', '業務費', '其他', '營建工程', '其他'], lines: 3 },
    leftFigures: 1,
    columns: sixColumns(
      ['經常門人事費', '經常門業務費', '經常門其他', '資本門營建工程', '資本門其他'],
      ['budget_personnel', 'budget_operating', 'budget_other', 'budget_capital_construction', 'budget_capital_other'],
    ),
    levels: [/^合\s*計$/, /^\d+\.\D/, /^\d{4}\s/, /^\(\d+\)/, /^\[\d+\]/],
  });
}

export function commissionedTree(d: Doc): TreeRow[] {
  const tree = readTree(d, {
    table: COMMISSIONED_TABLE,
    left: { opens: '委辦計畫', labels: ['委辦計畫', '委辦內容', '經常', '用人費用', '業務費用'], lines: 3 },
    right: { opens: '經費之用途分析', labels: ['門其他', '資本', '設備購置', '其他', '合計'], lines: 3 },
    leftFigures: 2,
    columns: sixColumns(
      ['經常門用人費用', '經常門業務費用', '經常門其他', '資本門設備購置', '資本門其他'],
      ['budget_personnel', 'budget_operating', 'budget_other', 'budget_capital_equipment', 'budget_capital_other'],
    ),
    levels: [/^合\s*計$/, /^\d+\.\d{10}/, /^\(\d+\)/],
  });
  // 委辦內容 of a row that stops mid-sentence continues at the head of the next row's cell
  const leaves = tree.filter((r) => r.level === 2);
  leaves.forEach((r, i) => {
    const next = leaves[i + 1];
    const content = r.texts[1] ?? '';
    if (!next || content === '' || /。$/.test(content)) return;
    const cut = next.texts[1].indexOf('。');
    if (cut < 0) d.fail(next.line, `${COMMISSIONED_TABLE}: cannot find where the spilled 委辦內容 ends`);
    r.texts[1] = content + next.texts[1].slice(0, cut + 1);
    next.texts[1] = next.texts[1].slice(cut + 1).trim();
  });
  return tree;
}

function programmeOf(d: Doc, label: string): { code: string; name: string } {
  const m = /^(\d{10})\s*(.*)$/.exec(label);
  if (!m) throw new Error(`${d.name}: no programme in "${label}"`);
  const prog = parseProgrammes(d).find((p) => p.code === m[1]);
  if (!prog) throw new Error(`${d.name}: unknown programme ${m[1]}`);
  return prog;
}

function ancestor(row: TreeRow, level: number): TreeRow | null {
  let r: TreeRow | null = row;
  while (r && r.level !== level) r = r.parent;
  return r;
}

/** A fact per figure of a row: the budget (合計) carries the row's note, a part names its column first. */
function rowFacts(d: Doc, row: TreeRow, base: Omit<FactBase, 'line' | 'nature'>): Fact[] {
  const capital = row.values.some((v) => v.column.nature === 'capital' && !isDash(v.cell));
  return row.values.flatMap((v) => {
    const budget = v.column.measure === 'budget';
    const idParts = budget ? base.idParts : [...base.idParts, v.column.measure];
    const note = (budget ? base.note : [v.column.label, base.note].filter(Boolean).join('；')) || undefined;
    return d.figure({ ...base, idParts, line: v.line, nature: v.column.nature ?? (capital ? null : 'current'), note }, v.column, v.cell);
  });
}

export function donationFacts(d: Doc): Fact[] {
  return donationTree(d).flatMap((row) => {
    const type = ancestor(row, 1)?.label; // 對團體之捐助 / 對個人之捐助
    const cls = ancestor(row, 2);
    const clsCode = cls?.key ?? null;
    const category = row.level === 0 ? '合計' : row.level === 1 ? row.label : cls!.label.replace(/^\d{4}\s*/, '');
    const base = { family: 'donation', table: DONATION_TABLE, category, categoryCode: row.level >= 2 ? clsCode : null, note: type } as const;
    if (row.level <= 2) {
      const idParts = row.level === 0 ? [d.agencyName, '合計'] : [d.agencyName, type!, ...(row.level === 2 ? [clsCode!] : [])];
      return rowFacts(d, row, { ...base, idParts, subject: d.agencyName, subjectCode: ownAccount(d, d.agencyName) });
    }
    const prog = programmeOf(d, ancestor(row, 3)!.label);
    if (row.level === 3) return rowFacts(d, row, { ...base, idParts: [prog.name, type!, clsCode!, row.key], subject: prog.name, subjectCode: prog.code });
    const [no, period, ...rest] = row.texts;
    const note = `${type}；捐助對象及內容：${cleanText(rest.map((t) => t + ' '))}；計畫起訖年度 ${period}；項次 ${no}`;
    return rowFacts(d, row, { ...base, idParts: [row.label, clsCode!, no], subject: row.label, subjectCode: prog.code, note });
  });
}

export function commissionedFacts(d: Doc): Fact[] {
  const base = { family: 'commissioned', table: COMMISSIONED_TABLE, category: '委辦費', categoryCode: classCode(d, '委辦費') } as const;
  return commissionedTree(d).flatMap((row) => {
    if (row.level === 0) return rowFacts(d, row, { ...base, idParts: [d.agencyName, '合計'], subject: d.agencyName, subjectCode: ownAccount(d, d.agencyName) });
    const prog = programmeOf(d, (row.level === 1 ? row : row.parent!).label);
    if (row.level === 1) return rowFacts(d, row, { ...base, idParts: [prog.name], subject: prog.name, subjectCode: prog.code });
    const subject = correctionFor(d, NAME_CORRECTIONS, row.rawFirst) ?? row.label;
    const note = `委辦內容：${cleanText([row.texts[1] ?? ''])}；計畫起訖年度 ${row.texts[0]}`;
    return rowFacts(d, row, { ...base, idParts: [subject], subject, subjectCode: prog.code, note });
  });
}
