// 捐助經費分析表 and 委辦經費分析表 of a unit budget: donation plans and commissioned projects, each a
// tree of rows (合計 → recipient type / programme → object class → plan) with the same columns,
// printed in a left half of labels and a right half of figures, page after page. A tree is found by
// its left half's header wherever it is printed and read until the next table opens, each page's
// left rows joined to its right rows by order.
import type { Fact } from '../schema.js';
import { type Column, type Doc, type FactBase, type Row, compact, filled, isDash, isFurniture, isNumberCell, isNumericRow } from './source.js';
import { cleanName, cleanText } from './text.js';
import { NAME_CORRECTIONS, correctionFor } from './corrections.js';
import { ownAccount } from './accounts.js';
import { classCode, parseProgrammes } from './programmes.js';
import { pages, readHalves, tableSpan, type Head } from './openings.js';

export const DONATION_TABLE = '捐助經費分析表';
export const COMMISSIONED_TABLE = '委辦經費分析表';

/** A column of 千元 figures, current or capital money (null: the total). */
export type TreeColumn = Column & { nature: 'current' | 'capital' | null };

export interface TreeRow {
  level: number; // 0 = 合計
  label: string; // the printed row label, numbering removed (or as a correction reads it)
  key: string; // printed numbering: "1.", "4040", "(2)", "[3]"
  line: number;
  values: { column: TreeColumn; cell: string; line: number }[];
  texts: string[]; // other left cells: item no, period, recipient, content
  parent: TreeRow | null;
}

interface TreeSpec {
  table: string;
  /** the headers of the left half (labels) and the right half (figures), printed again on each page */
  left: Head;
  right: Head;
  /** how many trailing left cells hold figures */
  leftFigures: number;
  columns: TreeColumn[];
  /** the row labels of each level of the tree, from 合計 down */
  levels: RegExp[];
}

/** 經常門 personnel, operating and other money, 資本門 `capital` and other money, then 合計 (the budget). */
function sixColumns(personnel: string, operating: string, [capital, measure]: [label: string, measure: string]): TreeColumn[] {
  const parts = [`經常門${personnel}`, `經常門${operating}`, '經常門其他', `資本門${capital}`, '資本門其他'];
  const measures = ['budget_personnel', 'budget_operating', 'budget_other', measure, 'budget_capital_other'];
  const columns = parts.map((label, i) => ({ label, measure: measures[i], unit: 'TWD' as const, nature: i < 3 ? ('current' as const) : ('capital' as const) }));
  return [...columns, { label: '合計', measure: 'budget', unit: 'TWD', nature: null }];
}

const LABEL = /^(合\s*計|\d+\.(?=\d{10}|\D)|\d{4}\s|\(\d+\)|\[\d+\])/;

/**
 * Append a continuation line to the row it continues: its first cell to the name, its other text
 * to the first text cell of the row that stops mid-sentence (a wrapped recipient such as
 * "財團法人資訊工" + "業策進會、工業 技術研究院"), else to the last text cell.
 */
function mergeContinuation(d: Doc, table: string, row: string[], cont: Row): void {
  if (cont.cells[0]) row[0] = `${row[0]} ${cont.cells[0]}`;
  const rest = filled(cont.cells.slice(1));
  if (rest.length === 0) return;
  const text = row.flatMap((cell, i) => (i > 0 && cell !== '' && !isNumberCell(cell) && !/^\d+-\d+$/.test(cell) ? [i] : []));
  if (text.length === 0) d.fail(cont.line, `${table}: continuation "${rest.join(' ')}" has no cell to continue`);
  const k = text.find((i) => !/[。.]$/.test(row[i])) ?? text[text.length - 1];
  row[k] = `${row[k]} ${rest.join(' ')}`;
}

/**
 * A tree table found by its left header, wherever it is printed; it runs until the next table opens.
 * Each page's left rows are paired by order with its right rows; a left line that opens no row
 * continues the last row, of its page or the page before (a wrapped name or recipient).
 */
export function readTree(d: Doc, s: TreeSpec): TreeRow[] {
  const [left] = readHalves(d, s.table, [s.left, s.right]);
  let last: Row | undefined;
  const rows = pages(d.rows(left.head, tableSpan(d, s.table)[1], (c) => !isFurniture(c.join('\t'), s.table)), s.left.opens, s.right.opens).flatMap((page) => {
    const lefts: Row[] = [];
    for (const r of page.left) {
      const figures = filled(r.cells).slice(-s.leftFigures);
      if (r.cells[0] === '' && lefts.length === 0) continue; // the second line of a left header
      if (LABEL.test(r.cells[0]) && figures.length === s.leftFigures && figures.every(isNumberCell)) lefts.push((last = r));
      else if (last) mergeContinuation(d, s.table, last.cells, r);
      else d.fail(r.line, `${s.table}: continuation before any row`);
    }
    return d.pair(lefts, page.right.filter((r) => isNumericRow(r.cells)), `${s.table}: a page`);
  });
  const stack: TreeRow[] = [];
  return rows.map(([l, r]) => {
    const first = l.cells[0];
    const level = s.levels.findIndex((re) => re.test(first));
    if (level < 0) d.fail(l.line, `${s.table}: row label "${first}" has no level`);
    const figures = [...filled(l.cells).slice(-s.leftFigures).map((cell) => ({ cell, line: l.line })), ...filled(r.cells).map((cell) => ({ cell, line: r.line }))];
    if (figures.length !== s.columns.length) d.fail(l.line, `${s.table}: ${figures.length} figures for ${s.columns.length} columns`);
    const texts = filled(l.cells.slice(1));
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const row: TreeRow = {
      level,
      label: correctionFor(d, NAME_CORRECTIONS, first) ?? cleanName(first.replace(LABEL, '')),
      key: compact(LABEL.exec(first)![1].trim()),
      line: l.line,
      values: figures.map((c, i) => ({ column: s.columns[i], ...c })),
      texts: texts.slice(0, texts.length - s.leftFigures),
      parent: stack[stack.length - 1] ?? null,
    };
    stack.push(row);
    return row;
  });
}

export function donationTree(d: Doc): TreeRow[] {
  return readTree(d, {
    table: DONATION_TABLE,
    left: { opens: '捐助計畫', labels: ['捐助計畫', '捐助對象', '捐助內容', '經常', '人事費'], lines: 2 },
    right: { opens: '經費', labels: ['用途', '分析', '門', '資本門', '合計', '業務費', '其他', '營建工程', '其他'], lines: 3 },
    leftFigures: 1,
    columns: sixColumns('人事費', '業務費', ['營建工程', 'budget_capital_construction']),
    levels: [/^合\s*計$/, /^\d+\.\D/, /^\d{4}\s/, /^\(\d+\)/, /^\[\d+\]/],
  });
}

export function commissionedTree(d: Doc): TreeRow[] {
  const tree = readTree(d, {
    table: COMMISSIONED_TABLE,
    left: { opens: '委辦計畫', labels: ['委辦計畫', '委辦內容', '經常', '用人費用', '業務費用'], lines: 3 },
    right: { opens: '經費之用途分析', labels: ['門其他', '資本', '設備購置', '其他', '合計'], lines: 3 },
    leftFigures: 2,
    columns: sixColumns('用人費用', '業務費用', ['設備購置', 'budget_capital_equipment']),
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
  const code = /^(\d{10})/.exec(label)?.[1] ?? d.fail('-', `no programme in "${label}"`);
  return parseProgrammes(d).find((p) => p.code === code) ?? d.fail('-', `unknown programme ${code}`);
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
    const note = `委辦內容：${cleanText([row.texts[1] ?? ''])}；計畫起訖年度 ${row.texts[0]}`;
    return rowFacts(d, row, { ...base, idParts: [row.label], subject: row.label, subjectCode: prog.code, note });
  });
}
