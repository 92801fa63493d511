// What the ingest understood of each document: the table titles a book lists or prints that no
// parser read (their lines kept as passages), and the parsed tables whose rows do not add up to the
// totals they print.
import type { BudgetLine, Dataset, Fact } from '../schema.js';
import { agencies, type Doc } from './source.js';
import { unreadTables, type UnreadTable } from './unread-tables.js';
import { BUDGET_BOOKS } from './parsers.js';

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

/** What became of a table no parser reads: its lines kept as passages, or why none are. */
function unreadNote(t: UnreadTable): string {
  const where = t.printed ? '' : 'listed in the contents; no page prints the whole title; ';
  return ` (${where}${t.lines.length ? `${t.lines.length} lines kept as searchable passages` : 'no lines found to keep'})`;
}

/** The report printed after an ingest: for each budget book, what was and was not understood. */
export function ingestReport(docs: Doc[], data: Dataset): string {
  const out: string[] = [];
  for (const d of docs.filter((x) => BUDGET_BOOKS.includes(x.kind))) {
    const mine = <T extends { doc: string }>(rs: T[]) => rs.filter((r) => r.doc === d.name);
    const tables = new Set([...mine(data.facts), ...mine(data.budget_lines)].map((r) => r.table));
    const unparsed = unreadTables(d, data);
    const problems = [...lineProblems(mine(data.budget_lines)), ...factProblems(mine(data.facts))];
    out.push(`${d.name} (${d.kind} ${d.year}, ${d.agencyName}): ${tables.size} tables parsed, ${unparsed.length} not parsed`);
    out.push(`  parsed: ${[...tables].join('、')}`);
    for (const t of unparsed) out.push(`  not parsed: ${t.title}${unreadNote(t)}`);
    for (const p of problems) out.push(`  does not reconcile: ${p}`);
    if (!problems.length) out.push('  reconciled: every budget line and ministry-wide row equals the sum of its parts');
  }
  return out.join('\n');
}
