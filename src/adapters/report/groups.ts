// The gap report's groups: questions gathered by what the frame understood (subject, measure,
// operation) and, separately, by each word it could not read; ranked by how often they were asked,
// each with the questions asked most often in it as examples.
import type { GapRecord } from './records.js';

export interface GapGroup {
  /** for the frame groups: subject, measure and operation; for the word groups: the word */
  subject?: string;
  measure?: string;
  operation?: string;
  word?: string;
  asked: number;
  noFigure: number;
  choices: number;
  down: number;
  examples: string[];
}

export interface GapGroups {
  byFrame: GapGroup[];
  byWord: GapGroup[];
}

interface Tally {
  group: GapGroup;
  questions: Map<string, { n: number; last: number }>;
}

function add(tallies: Map<string, Tally>, key: string, make: () => GapGroup, r: GapRecord): void {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { group: make(), questions: new Map() }));
  const g = t.group;
  g.asked++;
  if (r.gap === 'no_figure') g.noFigure++;
  if (r.gap === 'choices') g.choices++;
  g.down += r.downs;
  const q = t.questions.get(r.question) ?? { n: 0, last: 0 };
  t.questions.set(r.question, { n: q.n + 1, last: Math.max(q.last, r.time) });
}

/** Most asked first; then most 👎; then by name, so the same log gives the same report. */
function ranked(tallies: Map<string, Tally>, examples: number): GapGroup[] {
  const sorted = [...tallies.entries()].sort(([ka, a], [kb, b]) =>
    b.group.asked - a.group.asked || b.group.down - a.group.down || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return sorted.map(([, t]) => ({
    ...t.group,
    // the questions asked most often, the latest first among equals
    examples: [...t.questions.entries()].sort(([, a], [, b]) => b.n - a.n || b.last - a.last).slice(0, examples).map(([q]) => q),
  }));
}

export function groupGaps(records: GapRecord[], examples = 2): GapGroups {
  const frames = new Map<string, Tally>();
  const words = new Map<string, Tally>();
  for (const r of records) {
    const f = r.frame ?? { subject: '', measure: '', operation: '', unread: [] };
    add(frames, `${f.subject}\u0000${f.measure}\u0000${f.operation}`, () => ({
      subject: f.subject, measure: f.measure, operation: f.operation, asked: 0, noFigure: 0, choices: 0, down: 0, examples: [],
    }), r);
    for (const word of new Set(f.unread)) {
      add(words, word, () => ({ word, asked: 0, noFigure: 0, choices: 0, down: 0, examples: [] }), r);
    }
  }
  return { byFrame: ranked(frames, examples), byWord: ranked(words, examples) };
}
