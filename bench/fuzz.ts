// `npm run fuzz`: the hardening checks at full size against a separate bot process (Slack HTTP +
// Discord HTTP + the API, the page and MCP on one loopback port, fakes for both platforms): 200
// concurrent unsigned 4 MB posts, then 10,000 generated payloads per endpoint (signed and unsigned;
// charts as PNG, MCP batches, session ids in URLs and cookies among them). Passes when the bot is
// alive throughout, no response is a 5xx, no log line holds a secret, and its RSS stays under
// 250 MB during the uploads and is back under 250 MB within 90 s of the fuzz. Exits 1 otherwise.
// FUZZ_RUNS sets the count per endpoint, FUZZ_SEED the seed; `-- --compiled` runs dist/ instead of tsx.
import { existsSync } from 'node:fs';
import { oversizedChunkedPosts, oversizedPosts } from '../test/ops/burst.js';
import { sampleCases, type Endpoint } from '../test/ops/fuzz-payloads.js';
import { runCases, summarise } from '../test/ops/fuzz-send.js';
import { spawnBot, START_FLAGS, type SpawnedBot } from '../test/ops/spawned.js';
import { FUZZ_MCP_TOKEN } from '../test/ops/fuzz-payloads.js';
import { COMPILED } from '../test/ops/spawned.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const LIMIT_MB = 250;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function uploads(bot: SpawnedBot): Promise<{ peakMb: number; statuses: number[] }> {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, bot.rssMb())), 5);
  const exact = bot.resetPeak();
  const paths = ['/slack/events', '/discord/interactions'];
  const declared = await oversizedPosts(bot.url, paths, 200, 4 * 1024 * 1024);
  const chunked = await oversizedChunkedPosts(bot.url, paths, 200, 4 * 1024 * 1024);
  clearInterval(sample);
  return { peakMb: exact ? Math.max(peak, bot.peakMb()) : peak, statuses: [...declared, ...chunked] };
}

async function settle(bot: SpawnedBot, deadlineMs = 90_000): Promise<number> {
  const until = Date.now() + deadlineMs;
  let rss = bot.rssMb();
  while (rss >= LIMIT_MB && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1_000));
    rss = bot.rssMb();
  }
  return rss;
}

async function main() {
  const compiled = process.argv.includes('--compiled') && existsSync(COMPILED);
  const bot = await spawnBot({ MCP_TOKEN: FUZZ_MCP_TOKEN }, compiled ? [...START_FLAGS, COMPILED] : undefined);
  const idleMb = bot.rssMb();
  const up = await uploads(bot);
  const fuzz: Record<Endpoint, string> = { slack: '', discord: '', api: '', mcp: '' };
  let serverErrors = 0;
  for (const endpoint of Object.keys(fuzz) as Endpoint[]) {
    const cases = sampleCases(endpoint, { slackUrl: bot.slack.url, mcpToken: FUZZ_MCP_TOKEN }, RUNS, SEED);
    const stats = await runCases(bot.url, cases, { slackSecret: bot.secrets.slackSigning, discordKey: bot.keys.privateKey });
    fuzz[endpoint] = summarise(stats);
    serverErrors += stats.serverErrors.length;
    for (const e of stats.serverErrors.slice(0, 3)) process.stderr.write(`${e.status} ${endpoint} ${e.c.contentType} ${e.c.body?.slice(0, 300)}\n`);
  }
  const afterFuzzMb = bot.rssMb();
  const settledMb = await settle(bot);
  const healthy = (await fetch(`${bot.url}/healthz`).then((r) => r.status, () => 0)) === 200;
  const checks = {
    aliveAfterAll: bot.alive() && healthy,
    noServerErrors: serverErrors === 0,
    uploadsRefused: up.statuses.every((s) => s === 413 || s === 0),
    uploadPeakUnder250: up.peakMb < LIMIT_MB,
    rssAfterFuzzUnder250: settledMb < LIMIT_MB,
    noSecretInLogs: bot.leaks() === 0,
  };
  const exit = await bot.stop();
  const rows: [string, string][] = [
    ['bot', `${compiled ? 'compiled' : 'tsx'}, seed ${SEED}, ${RUNS} cases per endpoint`],
    ['RSS idle before', `${r1(idleMb)} MB`],
    ['200 + 200 unsigned 4 MB posts (declared, chunked)', `peak RSS ${r1(up.peakMb)} MB; ${up.statuses.filter((s) => s === 413).length} × 413, ${up.statuses.filter((s) => s === 0).length} cut off`],
    ...Object.entries(fuzz).map(([k, v]): [string, string] => [`fuzz ${k}`, v]),
    ['RSS after the fuzz (then settled)', `${r1(afterFuzzMb)} MB (${r1(settledMb)} MB)`],
    ['exit code on SIGTERM', String(exit)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
  for (const [k, ok] of Object.entries(checks)) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${k}\n`);
  process.stdout.write(JSON.stringify({
    runsPerEndpoint: RUNS, seed: SEED, serverErrors, idleRssMb: r1(idleMb), uploadPeakRssMb: r1(up.peakMb),
    rssAfterFuzzMb: r1(afterFuzzMb), rssSettledMb: r1(settledMb), ...checks,
  }) + '\n');
  return Object.values(checks).every(Boolean);
}

main().then((ok) => process.exit(ok ? 0 : 1), (err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
