// The gap report from question log files: read, grouped, ready to render. Shared by
// `npm run report` and the `/budget report` admin command.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { groupGaps, type GapGroups } from './groups.js';
import { readGapRecords, type LogSummary } from './records.js';

export { reportChat, reportCsv, reportMarkdown } from './render.js';
export { DEFAULT_SINCE, parseSince, SINCE_HELP } from './period.js';

/** The lines of each file in turn; `-` is standard input. A file not written yet has none. */
export async function* logLines(paths: string[], stdin: Readable = process.stdin): AsyncIterable<string> {
  for (const path of paths) {
    if (path !== '-' && !existsSync(path)) continue;
    const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
    yield* createInterface({ input, crlfDelay: Infinity });
  }
}

export async function gapReport(lines: AsyncIterable<string>, since: number, until = Date.now(), examples = 2): Promise<{ summary: LogSummary; groups: GapGroups }> {
  const summary = await readGapRecords(lines, since, until);
  return { summary, groups: groupGaps(summary.records, examples) };
}
