// Items from records: budget lines, facts, major plans and indicators, each merged by its natural
// key, with the names a question can call it by and its observed figures.
import type { AgencyCode, BudgetLine, Fact, Kpi, MajorPlan } from '../dataset/schema.js';
import type { Item, Observation } from './catalog.js';
import { normalizeName } from './normalize.js';
import { agencyRegistry } from '../dataset/agencies.js';

const AGENCY_NAME: Record<AgencyCode, string> = Object.fromEntries(agencyRegistry().map((a) => [a.code, a.name]));

function lineKey(l: BudgetLine): string {
  if (l.code && l.level !== 'plan') return `${l.kind}:${l.code}`;
  return `${l.kind}:${l.agency}:${l.level}:${normalizeName(l.name)}`;
}

/** Words that make a figure a flow (what was added or removed) rather than a stock. */
export const FLOW = /新增|增加|增設|新設|成長|減少/;


/** A named plan's explanation states its approved total: "總經費932,726千元". */
const APPROVED_TOTAL = /總經費\s*([\d,]+)\s*千元/;
/** ... and what earlier years budgeted: "110至113年度已編列152,368千元". */
/** "110至113年度已編列152,368千元", "113年度已編列339,260千元": budgeted through the (last) year named. */
const BUDGETED_TO_DATE = /(?:(\d{2,3})\s*至\s*)?(\d{2,3})\s*年度?已編列\s*([\d,]+)\s*千元/;

/** Names a major plan answers to: its full name, each part of a two-part name, acronyms its text defines. */
function planNames(p: MajorPlan): string[] {
  const parts = p.name.split(/[—–-]{1,2}/).filter((s) => s.length >= 4);
  const acronyms = [...`${p.name} ${p.work} ${p.targets}`.matchAll(/[(（]([A-Za-z][A-Za-z0-9/]{1,9})[)）]/g)].map((m) => m[1]);
  return [...new Set([p.name, ...(parts.length > 1 ? parts : []), ...acronyms].map(normalizeName))];
}

function lineObservations(l: BudgetLine): Observation[] {
  const base = { unit: 'TWD' as const, doc: l.doc, table: l.table, line: l.line, recordId: l.id };
  const out: Observation[] = [];
  if (l.budget !== null) out.push({ ...base, year: l.year, measure: 'budget', value: l.budget, column: '本年度預算數' });
  if (l.previousBudget !== null) out.push({ ...base, year: l.year - 1, measure: 'budget', value: l.previousBudget, column: '上年度預算數' });
  if (l.finalAccount !== null) out.push({ ...base, year: l.year - 2, measure: 'final', value: l.finalAccount, column: '前年度決算數' });
  if (l.change !== null) out.push({ ...base, year: l.year, measure: 'change', value: l.change, column: '本年度與上年度比較' });
  return out;
}

/** Words that name a fact family in questions; the first is how answers name it. */
const FAMILY_WORDS: Partial<Record<Fact['family'], string[]>> = {
  positions: ['員額', '預算員額', '人力', '編制'],
  staff: ['實際員額', '現有員額', '員工人數', '現員'],
  travel: ['派員出國', '出國計畫', '出國', '國外旅費'],
  grants: ['補助及捐助', '補助'],
  donation: ['捐助'],
  commissioned: ['委辦'],
  vehicles: ['車輛', '公務車', '座車', '輛車', '車'],
  office_space: ['辦公房屋', '辦公房舍', '辦公室', '辦公廳舍', '面積'],
  capital_asset: ['資本支出'],
  econ_class: ['經濟性分類'],
  execution: ['執行'],
  personnel_cost: ['人事費'],
};

function cleanCategory(c: string | null): string {
  return (c ?? '').replace(/小計$/, '').replace(/^\d+\s*/, '');
}

function factKey(f: Fact): string {
  // current and capital parts of one object class are different items; elsewhere nature only annotates
  const nature = f.family === 'object_class' ? (f.nature ?? '-') : '-';
  return `fact:${f.family}:${f.agency ?? '-'}:${normalizeName(f.subject)}:${normalizeName(f.category ?? '')}:${nature}`;
}

function factMatches(f: Fact): string[] {
  const cat = cleanCategory(f.category);
  const fams = FAMILY_WORDS[f.family] ?? [];
  const subjectIsAgency = f.agency !== null && (f.subject === AGENCY_NAME[f.agency] || f.subject === '合計' || f.subject === '總計');
  const out = new Set<string>();
  const total = /^(合計|總計|小計)$/.test(cat) || cat === '';
  if (subjectIsAgency) {
    if (total) for (const w of fams) out.add(w);
    else {
      out.add(cat);
      for (const w of fams) if (!cat.includes(w)) out.add(cat + w);
    }
  } else {
    out.add(total ? f.subject : f.subject + cat);
    for (const w of fams) out.add(total ? f.subject + w : f.subject + cat + w);
    // a sub-programme's object class is often asked by class name alone
    if (!total && f.family === 'object_class' && f.categoryCode && !/000$/.test(f.categoryCode)) out.add(cat);
    if (!total && (f.family === 'travel' || f.family === 'personnel_cost' || f.family === 'positions' || f.family === 'staff')) for (const w of fams) out.add(cat + w);
  }
  // the staff table counts contract and temporary staff together (約聘僱人員): 聘用 and 約僱 asked of it are that row
  if (f.family === 'staff' && cat.startsWith('約聘僱')) for (const w of ['聘用', '約僱', '約聘']) for (const fam of ['', ...fams]) out.add(w + fam);
  return [...out].filter(Boolean).map(normalizeName);
}

function factName(f: Fact): string {
  const cat = f.category && !/^(合計|總計)$/.test(f.category) ? ` ${f.category}` : '';
  const word = FAMILY_WORDS[f.family]?.[0];
  const fam = word && !(f.category ?? '').includes(word) ? ` ${word}` : '';
  return `${f.subject}${cat}${f.family === 'object_class' || f.family === 'execution' ? '' : fam}`.trim();
}

/** The items built so far, by id, and which item each record went into. */
export interface Builder {
  byId: Map<string, Item>;
  itemOfRecord: Map<string, string>;
  /** the item with the key, made on first use */
  add: (key: string, make: () => Item) => Item;
}

export function newBuilder(): Builder {
  const byId = new Map<string, Item>();
  const add = (key: string, make: () => Item): Item => {
    let item = byId.get(key);
    if (!item) {
      item = make();
      byId.set(key, item);
    }
    return item;
  };
  return { byId, itemOfRecord: new Map(), add };
}

/** Budgeted through the year the explanation names, and, with this year's budget that continues it
 * (本年度續編), through the book's year: the sum of the two printed figures. */
function budgetedToDate(l: BudgetLine, through: number, value: number): Observation[] {
  const at = { unit: 'TWD' as const, doc: l.doc, table: l.table, line: l.line, recordId: l.id };
  const out: Observation[] = [{ ...at, year: through, measure: 'budgetedToDate', value, column: '已編列' }];
  if (through < l.year && l.budget !== null) out.push({ ...at, year: l.year, measure: 'budgetedToDate', value: value + l.budget, column: '已編列＋本年度預算數' });
  return out;
}

export function addLines(b: Builder, lines: BudgetLine[]): void {
  for (const l of lines) {
    const key = lineKey(l);
    const item = b.add(key, () => ({
      id: key, kind: 'line', family: l.kind, level: l.level, name: l.name,
      match: [normalizeName(l.name)], agency: l.agency, code: l.code, parent: null, children: [], obs: [], text: '',
    }));
    item.obs.push(...lineObservations(l));
    const approved = l.level === 'plan' ? l.explanation?.match(APPROVED_TOTAL) : null;
    if (approved && !item.obs.some((o) => o.measure === 'approved')) {
      item.obs.push({ year: l.year, measure: 'approved', value: Number(approved[1].replace(/,/g, '')) * 1000, unit: 'TWD', doc: l.doc, table: l.table, line: l.line, recordId: l.id, column: '總經費' });
    }
    const toDate = l.level === 'plan' ? l.explanation?.match(BUDGETED_TO_DATE) : null;
    if (toDate && !item.obs.some((o) => o.measure === 'budgetedToDate')) item.obs.push(...budgetedToDate(l, Number(toDate[2]), Number(toDate[3].replace(/,/g, '')) * 1000));
    if (l.explanation) item.text += ` ${l.explanation}`;
    b.itemOfRecord.set(l.id, key);
  }
  // parents: resolve record ids to item ids once every line is in
  for (const l of lines) {
    if (!l.parent) continue;
    const child = b.byId.get(b.itemOfRecord.get(l.id)!)!;
    const parentKey = b.itemOfRecord.get(l.parent);
    if (!parentKey || parentKey === child.id) continue;
    child.parent ??= parentKey;
    const parent = b.byId.get(parentKey)!;
    child.under ??= parent.name;
    if (!parent.children.includes(child.id)) parent.children.push(child.id);
  }
}

export function addFacts(b: Builder, facts: Fact[]): void {
  for (const f of facts) {
    const key = factKey(f);
    const item = b.add(key, () => ({
      id: key, kind: 'fact', family: f.family, name: factName(f), match: factMatches(f), agency: f.agency,
      code: f.subjectCode, parent: null, children: [], obs: [], text: [f.category, f.note].filter(Boolean).join(' '),
      nature: f.nature, category: f.category, categoryCode: f.categoryCode, subject: f.subject,
    }));
    item.obs.push({
      year: f.year, measure: f.measure, value: f.value, unit: f.unit, unitLabel: f.unitLabel,
      doc: f.doc, table: f.table, line: f.line, recordId: f.id, column: f.category ?? undefined,
    });
    b.itemOfRecord.set(f.id, key);
  }
}

export function addPlans(b: Builder, plans: MajorPlan[]): void {
  for (const p of plans) {
    const base = { unit: 'TWD' as const, doc: p.doc, table: p.table, line: p.line, recordId: p.id, year: p.year };
    const obs: Observation[] = [];
    if (p.approvedTotal !== null) obs.push({ ...base, measure: 'approved', value: p.approvedTotal, column: '計畫核定總經費' });
    if (p.budgetedToDate !== null) obs.push({ ...base, measure: 'budgetedToDate', value: p.budgetedToDate, column: '截至本年度已編列預算數' });
    if (p.executedToDate !== null) obs.push({ ...base, measure: 'executedToDate', value: p.executedToDate, column: '截至本年底止累計執行數' });
    b.byId.set(p.id, {
      id: p.id, kind: 'plan', family: 'major_plan', name: p.name, match: planNames(p), agency: null, code: null,
      parent: null, children: [], obs, text: [p.type, p.work, p.progress, p.targets].join(' '),
    });
    b.itemOfRecord.set(p.id, p.id);
  }
}

export function addKpis(b: Builder, kpis: Kpi[]): void {
  for (const k of kpis) {
    const key = `kpi:${k.key}`;
    const names = [normalizeName(k.metric), ...k.keywords.map(normalizeName)];
    const item = b.add(key, () => ({
      id: key, kind: 'kpi', family: 'kpi', name: k.metric, match: [...names],
      agency: k.agency, code: null, parent: null, children: [], obs: [], text: `${k.metricEn} ${k.keywords.join(' ')}`,
      // what it measures, else the words around it
      ...(k.measure || k.phrase ? { phrase: normalizeName(k.measure || k.phrase!) } : {}),
      ...(FLOW.test(k.phrase ?? '') ? { flow: true } : {}),
      ...(k.planned ? { planned: true } : {}),
      ...(k.each ? { each: true } : {}),
      ...(k.context ? { context: k.context } : {}),
    }));
    item.obs.push({
      year: k.year ?? Number(k.asOf.slice(0, 3)), measure: 'value', value: k.value, unit: k.unit, unitLabel: k.unitLabel,
      asOf: k.asOf, doc: k.doc, table: k.table, line: k.line, recordId: k.id,
    });
    for (const m of names) if (!item.match.includes(m)) item.match.push(m);
    b.itemOfRecord.set(k.id, key);
  }
}
