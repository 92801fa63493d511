// What the ingest understood of each document: the table titles a book lists or prints that no
// parser read, and the parsed tables whose rows do not add up to the totals they print.
import type { BudgetLine, Dataset, Fact } from '../schema.js';
import { agencies, compact, runningHeads, type Doc } from './source.js';

/** "6. 歲入來源別預算表	第 36-38 頁" in the contents. */
const CONTENTS_ENTRY = /^\d+\.\s*(\S+表(?:—\S+)?)\t/;

/** Titles a document names: in its contents (`listed`) and over its pages (`printed`). */
export function documentTitles(d: Doc): { listed: string[]; printed: string[] } {
  const listed = new Set<string>();
  const printed = new Set<string>();
  for (const line of d.lines) {
    const entry = CONTENTS_ENTRY.exec(line.trim());
    if (entry) listed.add(compact(entry[1]));
    else if (!line.includes('\t')) {
      let t = compact(line.replace(/\*/g, ''));
      for (const h of runningHeads()) if (t.startsWith(h)) t = t.slice(h.length);
      if (/^\S{4,30}表$/.test(t) && !/^([一二三四五六七八九十]+、)?(本|主要|附屬)/.test(t)) printed.add(t);
    }
  }
  // a title split across the halves of a page prints as pieces of a longer one
  const all = [...listed, ...printed];
  const whole = (t: string) => !all.some((u) => u !== t && (u.startsWith(t) || u.endsWith(t)));
  return { listed: [...listed].filter(whole), printed: [...printed].filter((t) => whole(t) && !listed.has(t)) };
}

/** Titles a document names that no record of the dataset cites, marked when only the contents list them. */
export function unparsedTitles(d: Doc, data: Dataset): string[] {
  const parsed = [...new Set([...data.facts, ...data.budget_lines].filter((r) => r.doc === d.name).map((r) => compact(r.table)))];
  const isParsed = (t: string) => parsed.some((p) => p === t || p.startsWith(t) || p.endsWith(t));
  const onPage = (t: string) => d.lines.some((l) => !l.includes('\t') && compact(l.replace(/\*/g, '')).endsWith(t));
  const { listed, printed } = documentTitles(d);
  return [...listed, ...printed].filter((t) => !isParsed(t)).map((t) => (onPage(t) ? t : `${t} (listed in the contents; no page prints the whole title)`));
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Budget lines whose children (other than named plans) do not add up to them. */
function lineProblems(lines: BudgetLine[]): string[] {
  const out: string[] = [];
  for (const p of lines) {
    const kids = lines.filter((l) => l.parent === p.id && l.level !== 'plan');
    if (kids.length === 0 || p.budget === null || kids.some((k) => k.budget === null)) continue;
    const total = sum(kids.map((k) => k.budget!));
    if (total !== p.budget) out.push(`${p.table} line ${p.line}: ${p.name} ${p.budget} but its ${kids.length} lines add up to ${total}`);
  }
  return out;
}

/**
 * Rows a ministry book prints for the ministry as a whole (數位發展部主管, 合計) that the rows of its
 * agencies do not add up to, column by column.
 */
function factProblems(facts: Fact[]): string[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = [f.table, f.family, f.category, f.nature, f.measure, f.year, f.unit].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: string[] = [];
  for (const g of groups.values()) {
    const parts = g.filter((f) => f.agency !== null && f.agency !== '62' && f.subject === agencies().find((a) => a.code === f.agency)?.name);
    const added = sum(parts.map((f) => f.value));
    for (const total of g.filter((f) => f.agency === '62' && parts.length > 0)) {
      if (total.value !== added) out.push(`${total.table} line ${total.line}: ${total.subject} ${total.category} ${total.value} but its agencies add up to ${added}`);
    }
  }
  return out;
}

/** The report printed after an ingest: for each budget book, what was and was not understood. */
export function ingestReport(docs: Doc[], data: Dataset): string {
  const out: string[] = [];
  for (const d of docs.filter((x) => ['ministry-budget', 'unit-budget'].includes(x.kind))) {
    const mine = <T extends { doc: string }>(rs: T[]) => rs.filter((r) => r.doc === d.name);
    const tables = new Set([...mine(data.facts), ...mine(data.budget_lines)].map((r) => r.table));
    const unparsed = unparsedTitles(d, data);
    const problems = [...lineProblems(mine(data.budget_lines)), ...factProblems(mine(data.facts))];
    out.push(`${d.name} (${d.kind} ${d.year}, ${d.agencyName}): ${tables.size} tables parsed, ${unparsed.length} not parsed`);
    out.push(`  parsed: ${[...tables].join('、')}`);
    for (const t of unparsed) out.push(`  not parsed: ${t}`);
    for (const p of problems) out.push(`  does not reconcile: ${p}`);
    if (!problems.length) out.push('  reconciled: every budget line and ministry-wide row equals the sum of its parts');
  }
  return out.join('\n');
}
