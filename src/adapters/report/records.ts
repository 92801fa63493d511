// The question log read back: of every `question` and `answer feedback` line since a moment, the
// questions the bot gave no figure for, gave choices for, or that someone marked 👎, with what the
// frame understood of each. Lines that are not JSON, or of another kind, are skipped.
import type { GapFrame } from '../gap-frame.js';

export type Gap = 'no_figure' | 'choices';

export interface GapRecord {
  time: number;
  /** the question as the log holds it (already redacted) */
  question: string;
  /** what the answer lacked; undefined for a 👎 on an answer with a figure */
  gap?: Gap;
  /** 👎 votes on this answer */
  downs: number;
  frame?: GapFrame;
}

export interface LogSummary {
  from: number;
  to: number;
  questions: number;
  figures: number;
  noFigure: number;
  choices: number;
  up: number;
  down: number;
  records: GapRecord[];
}

/** Outcomes as the log writes them now, and as older lines wrote them. */
const GAPS = new Map<unknown, Gap>([['not_found', 'no_figure'], ['passages', 'no_figure'], ['no_figure', 'no_figure'], ['choices', 'choices'], ['clarify', 'choices']]);
const FIGURE = new Set<unknown>(['figure', 'answered']);

interface Line {
  time?: unknown; msg?: unknown; outcome?: unknown; q?: unknown; answerId?: unknown; frame?: unknown;
  feedback?: unknown; question?: unknown;
}

function frameOf(v: unknown): GapFrame | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const f = v as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const unread = Array.isArray(f.unread) ? f.unread.filter((w): w is string => typeof w === 'string' && w !== '') : [];
  return { subject: text(f.subject), measure: text(f.measure), operation: text(f.operation), unread };
}

function parse(text: string): Line | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as Line;
  } catch {
    return undefined;
  }
}

/** Reads log lines (any order, any mix of files) into the summary of [since, until). */
export async function readGapRecords(lines: AsyncIterable<string> | Iterable<string>, since: number, until = Date.now()): Promise<LogSummary> {
  const out: LogSummary = { from: since, to: until, questions: 0, figures: 0, noFigure: 0, choices: 0, up: 0, down: 0, records: [] };
  const byAnswer = new Map<string, GapRecord>();
  const downVotes: { time: number; line: Line }[] = [];
  for await (const text of lines) {
    const line = parse(text);
    const time = typeof line?.time === 'number' ? line.time : NaN;
    if (!line || !(time >= since && time < until)) continue;
    if (line.msg === 'question') {
      out.questions++;
      if (FIGURE.has(line.outcome)) out.figures++;
      const gap = GAPS.get(line.outcome);
      // a passages answer to a search asked for carries no text: nothing was missing
      if (!gap || typeof line.q !== 'string') continue;
      if (gap === 'no_figure') out.noFigure++;
      else out.choices++;
      const record: GapRecord = { time, question: line.q, gap, downs: 0, frame: frameOf(line.frame) };
      out.records.push(record);
      if (typeof line.answerId === 'string') byAnswer.set(line.answerId, record);
    } else if (line.msg === 'answer feedback') {
      if (line.feedback === 'up') out.up++;
      if (line.feedback !== 'down') continue;
      out.down++;
      downVotes.push({ time, line });
    }
  }
  // a 👎 on an answer counted as a gap is a vote on that question; on any other answer, the first
  // vote makes it a question of the report and later ones add to it
  for (const { time, line } of downVotes) {
    const id = typeof line.answerId === 'string' ? line.answerId : undefined;
    const known = id === undefined ? undefined : byAnswer.get(id);
    if (known) known.downs++;
    else if (typeof line.question === 'string') {
      const record: GapRecord = { time, question: line.question, downs: 1, frame: frameOf(line.frame) };
      out.records.push(record);
      if (id !== undefined) byAnswer.set(id, record);
    }
  }
  return out;
}
