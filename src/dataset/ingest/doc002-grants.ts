// 捐助經費分析表 and 委辦經費分析表 of document 002: donation plans and commissioned projects,
// each a tree (合計 → recipient type / programme → object class → plan) with the same columns.
import { type Doc, compact, isDash } from './source.js';
import { cleanName, cleanText } from './text.js';
import type { Fact } from '../schema.js';
import { NAME_CORRECTIONS, correctionFor } from './doc002-corrections.js';
import { readHalves, type HalfRow } from './doc002-halves.js';
import { accountCode, classCode } from './doc002-analysis.js';
import { parseProgrammes } from './doc002-programmes.js';

export const DONATION_TABLE = '捐助經費分析表';
export const COMMISSIONED_TABLE = '委辦經費分析表';

export interface Column {
  label: string; // as printed in the header
  measure: string;
  nature: 'current' | 'capital' | null;
}

export interface TreeRow {
  level: number; // 0 = 合計
  label: string; // the printed row label, numbering removed
  key: string; // printed numbering: "1.", "4040", "(2)", "[3]"
  rawFirst: string; // the label cell as printed
  line: number;
  rightLine: number;
  values: { column: Column; cell: string; line: number }[];
  texts: string[]; // other left cells: item no, period, recipient, content
  parent: TreeRow | null;
}

const LABEL = /^(合\s*計|\d+\.(?=\d{10}|\D)|\d{4}\s|\(\d+\)|\[\d+\])/;

function levelOf(d: Doc, label: string, levels: RegExp[]): number {
  const i = levels.findIndex((re) => re.test(label));
  if (i < 0) throw new Error(`${d.name}: row label "${label}" has no level`);
  return i;
}

function buildTree(d: Doc, rows: HalfRow[], columns: Column[], leftFigures: number, levels: RegExp[]): TreeRow[] {
  const out: TreeRow[] = [];
  const stack: TreeRow[] = [];
  for (const r of rows) {
    const first = r.cells[0];
    const level = levelOf(d, first, levels);
    const key = LABEL.exec(first)![1].trim();
    const leftValues = r.cells.filter((c) => c !== '').slice(-leftFigures);
    const cellsAll = [
      ...leftValues.map((cell) => ({ cell, line: r.line })),
      ...r.right.map((cell) => ({ cell, line: r.rightLine })),
    ];
    if (cellsAll.length !== columns.length) throw new Error(`${d.name}:${r.line}: ${cellsAll.length} figures for ${columns.length} columns`);
    const texts = r.cells.slice(1).filter((c) => c !== '');
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const row: TreeRow = {
      level,
      label: cleanName(first.replace(LABEL, '')),
      key: compact(key),
      rawFirst: first,
      line: r.line,
      rightLine: r.rightLine,
      values: cellsAll.map((c, i) => ({ column: columns[i], ...c })),
      texts: texts.slice(0, texts.length - leftFigures),
      parent: stack[stack.length - 1] ?? null,
    };
    stack.push(row);
    out.push(row);
  }
  return out;
}

// ---------- 捐助經費分析表 ----------

export const DONATION_COLUMNS: Column[] = [
  { label: '經常門人事費', measure: 'budget_personnel', nature: 'current' },
  { label: '經常門業務費', measure: 'budget_operating', nature: 'current' },
  { label: '經常門其他', measure: 'budget_other', nature: 'current' },
  { label: '資本門營建工程', measure: 'budget_capital_construction', nature: 'capital' },
  { label: '資本門其他', measure: 'budget_capital_other', nature: 'capital' },
  { label: '合計', measure: 'budget', nature: null },
];

export function donationTree(d: Doc): TreeRow[] {
  const from = d.find((t) => compact(t).startsWith('捐助計畫'), 1, undefined, '捐助計畫');
  const to = d.find((t) => t === '派員出國計畫預算總表', from, undefined, '派員出國計畫預算總表');
  d.expectHeader(from, from + 1, ['捐助計畫', '捐助對象', '捐助內容', '經常', '人事費'], DONATION_TABLE);
  const rightHead = d.find((t) => compact(t).startsWith('經費'), from, to, 'header 經費');
  d.expectHeader(rightHead, rightHead + 2, ['用途', '分析', '門', '資本門', '合計', '業務費', '其他', '營建工程', '其他'], DONATION_TABLE);
  const rows = readHalves(d, {
    from,
    to,
    isLeftHeader: (c) => compact(c[0]).startsWith('捐助計畫'),
    isRightHeader: (c) => compact(c[0]).startsWith('經費'),
    isRowLabel: (first) => LABEL.test(first),
    leftFigures: 1,
    what: DONATION_TABLE,
  });
  return buildTree(d, rows, DONATION_COLUMNS, 1, [/^合\s*計$/, /^\d+\.\D/, /^\d{4}\s/, /^\(\d+\)/, /^\[\d+\]/]);
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

export const COMMISSIONED_COLUMNS: Column[] = [
  { label: '經常門用人費用', measure: 'budget_personnel', nature: 'current' },
  { label: '經常門業務費用', measure: 'budget_operating', nature: 'current' },
  { label: '經常門其他', measure: 'budget_other', nature: 'current' },
  { label: '資本門設備購置', measure: 'budget_capital_equipment', nature: 'capital' },
  { label: '資本門其他', measure: 'budget_capital_other', nature: 'capital' },
  { label: '合計', measure: 'budget', nature: null },
];

export function commissionedTree(d: Doc): TreeRow[] {
  const from = d.find((t) => compact(t).startsWith('委辦計畫'), 1, undefined, '委辦計畫');
  const to = d.count;
  d.expectHeader(from, from + 2, ['委辦計畫', '委辦內容', '經常', '用人費用', '業務費用'], COMMISSIONED_TABLE);
  const rightHead = d.find((t) => compact(t).startsWith('經費之用途分析'), from, to, 'header 經費之用途分析');
  d.expectHeader(rightHead, rightHead + 2, ['門其他', '資本', '設備購置', '其他', '合計'], COMMISSIONED_TABLE);
  const rows = readHalves(d, {
    from,
    to,
    isLeftHeader: (c) => compact(c[0]).startsWith('委辦計畫'),
    isRightHeader: (c) => compact(c[0]).startsWith('經費之用途分析'),
    isRowLabel: (first) => LABEL.test(first),
    leftFigures: 2,
    what: COMMISSIONED_TABLE,
  });
  const tree = buildTree(d, rows, COMMISSIONED_COLUMNS, 2, [/^合\s*計$/, /^\d+\.\d{10}/, /^\(\d+\)/]);
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
