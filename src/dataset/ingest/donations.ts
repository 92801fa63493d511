// 捐助經費分析表 and 委辦經費分析表 of a unit budget: donation plans and commissioned projects,
// each a tree (合計 → recipient type / programme → object class → plan) with the same columns.
import { type Doc, isDash } from './source.js';
import { cleanText } from './text.js';
import type { Fact } from '../schema.js';
import { NAME_CORRECTIONS, correctionFor } from './corrections.js';
import { readTree, sixColumns, type Column, type TreeRow } from './tree-table.js';
import { accountCode, classCode } from './cost-summary.js';
import { parseProgrammes } from './programmes.js';

export const DONATION_TABLE = '捐助經費分析表';
export const COMMISSIONED_TABLE = '委辦經費分析表';

export type { Column, TreeRow };

// ---------- 捐助經費分析表 ----------

export const DONATION_COLUMNS = sixColumns(
  ['經常門人事費', '經常門業務費', '經常門其他', '資本門營建工程', '資本門其他'],
  ['budget_personnel', 'budget_operating', 'budget_other', 'budget_capital_construction', 'budget_capital_other'],
);

export function donationTree(d: Doc): TreeRow[] {
  return readTree(d, {
    table: DONATION_TABLE, opener: '捐助計畫', headLines: 1, labels: ['捐助計畫', '捐助對象', '捐助內容', '經常', '人事費'],
    rightOpener: '經費', rightLabels: ['用途', '分析', '門', '資本門', '合計', '業務費', '其他', '營建工程', '其他'],
    leftFigures: 1, columns: DONATION_COLUMNS, levels: [/^合\s*計$/, /^\d+\.\D/, /^\d{4}\s/, /^\(\d+\)/, /^\[\d+\]/],
  });
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

export function donationFacts(d: Doc): Fact[] {
  const out: Fact[] = [];
  for (const row of donationTree(d)) {
    const type = ancestor(row, 1)?.label ?? null; // 對團體之捐助 / 對個人之捐助
    const cls = ancestor(row, 2);
    const clsName = cls ? cls.label.replace(/^\d{4}\s*/, '') : null;
    const clsCode = cls ? cls.key : null;
    let subject = d.agencyName;
    let subjectCode: string | null = accountCode(d, d.agencyName);
    let category: string | null = row.level === 0 ? '合計' : row.level === 1 ? row.label : clsName;
    let idParts: string[];
    let note: string | undefined = type ?? undefined;
    const prog = row.level >= 3 ? programmeOf(d, ancestor(row, 3)!.label) : null;
    if (row.level === 3) {
      subject = prog!.name;
      subjectCode = prog!.code;
      idParts = [subject, type!, clsCode!, row.key];
    } else if (row.level === 4) {
      const [no, period, ...rest] = row.texts;
      subject = row.label;
      subjectCode = prog!.code;
      idParts = [subject, clsCode!, no];
      note = `${type}；捐助對象及內容：${cleanText(rest.map((t) => t + ' '))}；計畫起訖年度 ${period}；項次 ${no}`;
    } else {
      idParts = row.level === 0 ? [subject, '合計'] : [subject, type!, ...(row.level === 2 ? [clsCode!] : [])];
    }
    out.push(...cellFacts(d, row, 'donation', DONATION_TABLE, idParts, subject, subjectCode, category, row.level >= 2 ? clsCode : null, note));
  }
  return out;
}

function cellFacts(d: Doc, 
  row: TreeRow,
  family: 'donation' | 'commissioned',
  table: string,
  idParts: string[],
  subject: string,
  subjectCode: string | null,
  category: string | null,
  categoryCode: string | null,
  note: string | undefined,
): Fact[] {
  const capital = row.values.some((v) => v.column.nature === 'capital' && !isDash(v.cell));
  return row.values
    .filter((v) => !isDash(v.cell))
    .map((v) =>
      d.fact({
        idParts: v.column.measure === 'budget' ? idParts : [...idParts, v.column.measure],
        family,
        table,
        line: v.line,
        subject,
        subjectCode,
        category,
        categoryCode,
        nature: v.column.nature ?? (capital ? null : 'current'),
        measure: v.column.measure,
        value: d.twd(v.cell, v.line),
        unit: 'TWD',
        ...noteFor(v.column, note),
      }),
    );
}

/** The budget cell carries the row's note; a part cell names its column first. */
function noteFor(column: Column, note: string | undefined): { note?: string } {
  const text = column.measure === 'budget' ? note : [column.label, note].filter(Boolean).join('；');
  return text ? { note: text } : {};
}

// ---------- 委辦經費分析表 ----------

export const COMMISSIONED_COLUMNS = sixColumns(
  ['經常門用人費用', '經常門業務費用', '經常門其他', '資本門設備購置', '資本門其他'],
  ['budget_personnel', 'budget_operating', 'budget_other', 'budget_capital_equipment', 'budget_capital_other'],
);

export function commissionedTree(d: Doc): TreeRow[] {
  const tree = readTree(d, {
    table: COMMISSIONED_TABLE, opener: '委辦計畫', headLines: 2, labels: ['委辦計畫', '委辦內容', '經常', '用人費用', '業務費用'],
    rightOpener: '經費之用途分析', rightLabels: ['門其他', '資本', '設備購置', '其他', '合計'],
    leftFigures: 2, columns: COMMISSIONED_COLUMNS, levels: [/^合\s*計$/, /^\d+\.\d{10}/, /^\(\d+\)/],
  });
  moveSpilledContent(d, tree);
  return tree;
}

/** 委辦內容 of a row that stops mid-sentence continues at the head of the next row's cell. */
function moveSpilledContent(d: Doc, tree: TreeRow[]): void {
  const leaves = tree.filter((r) => r.level === 2);
  leaves.forEach((r, i) => {
    const next = leaves[i + 1];
    const content = r.texts[1] ?? '';
    if (!next || content === '' || /。$/.test(content)) return;
    const cut = next.texts[1].indexOf('。');
    if (cut < 0) throw new Error(`${d.name}:${next.line}: cannot find where the spilled 委辦內容 ends`);
    r.texts[1] = content + next.texts[1].slice(0, cut + 1);
    next.texts[1] = next.texts[1].slice(cut + 1).trim();
  });
}

function projectName(d: Doc, row: TreeRow): string {
  return correctionFor(d, NAME_CORRECTIONS, row.rawFirst) ?? row.label;
}

export function commissionedFacts(d: Doc): Fact[] {
  const out: Fact[] = [];
  for (const row of commissionedTree(d)) {
    const prog = row.level >= 1 ? programmeOf(d, row.level === 1 ? row.label : row.parent!.label) : null;
    let subject = d.agencyName;
    let subjectCode: string | null = accountCode(d, d.agencyName);
    let note: string | undefined;
    let idParts = [d.agencyName, '合計'];
    if (row.level === 1) {
      subject = prog!.name;
      subjectCode = prog!.code;
      idParts = [subject];
    } else if (row.level === 2) {
      subject = projectName(d, row);
      subjectCode = prog!.code;
      idParts = [subject];
      note = `委辦內容：${cleanText([row.texts[1] ?? ''])}；計畫起訖年度 ${row.texts[0]}`;
    }
    out.push(...cellFacts(d, row, 'commissioned', COMMISSIONED_TABLE, idParts, subject, subjectCode, '委辦費', classCode(d, '委辦費'), note));
  }
  return out;
}
