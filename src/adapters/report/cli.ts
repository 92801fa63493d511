// `npm run report -- [--since 7d] [--format md|csv] [--log FILE ...] [--examples 2]`: the gap report
// from the question log (QUESTION_LOG_FILE unless --log says otherwise; `--log -` reads stdin, so
// `journalctl -o cat -u bot | npm run report -- --log -` works too), printed to stdout.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SINCE, gapReport, logLines, parseSince, reportCsv, reportMarkdown, SINCE_HELP } from './index.js';

const USAGE = 'usage: npm run report -- [--since 7d|24h|2w|2025-06-01] [--format md|csv] [--log FILE ...] [--examples N]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let args;
  try {
    args = parseArgs({
      options: {
        since: { type: 'string', default: DEFAULT_SINCE },
        format: { type: 'string', default: 'md' },
        log: { type: 'string', multiple: true },
        examples: { type: 'string', default: '2' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const since = parseSince(args.since);
  if (since === undefined) fail(SINCE_HELP.en);
  if (args.format !== 'md' && args.format !== 'csv') fail('--format must be md or csv');
  const examples = Number(args.examples);
  if (!Number.isInteger(examples) || examples < 0 || examples > 20) fail('--examples must be a whole number from 0 to 20');
  const files = args.log?.length ? args.log : process.env.QUESTION_LOG_FILE ? [process.env.QUESTION_LOG_FILE] : [];
  if (!files.length) fail('No question log: pass --log FILE (or - for stdin), or set QUESTION_LOG_FILE.');
  for (const f of files) if (f !== '-' && !existsSync(f)) fail(`No such file: ${f}`);
  const { summary, groups } = await gapReport(logLines(files), since, Date.now(), examples);
  process.stdout.write(args.format === 'csv' ? reportCsv(groups) : reportMarkdown(summary, groups));
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
