// Load for a Slack HTTP endpoint: signed `/budget` slash commands, each with its own trigger_id and
// a fresh timestamp (an identical signed request is a replay: acknowledged, not answered), sent
// closed-loop (autocannon: N clients, each sends when its last answer came) or open-loop (a fixed
// rate whatever the answers do; latency counted from when each request was due).
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export interface SlashTarget {
  /** base URL of the app; requests go to /slack/events */
  url: string;
  signingSecret: string;
  /** where the answers go (a fake Slack's /response/<id>) */
  responseUrl: string;
  text?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

let seq = 0;

/** One signed slash command, unique by trigger_id and user. */
export function slashRequest(t: SlashTarget): { body: string; headers: Record<string, string> } {
  seq += 1;
  const body = new URLSearchParams({
    command: '/budget', text: t.text ?? '數產署 114 預算', user_id: `U${seq % 500}`, channel_id: 'C1', team_id: 'T1',
    response_url: t.responseUrl, trigger_id: `${Date.now()}.${seq}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = createHmac('sha256', t.signingSecret).update(`v0:${ts}:${body}`).digest('hex');
  return {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${sig}` },
  };
}

/** N clients for `seconds` (or until `amount` requests), each a new slash command. */
export async function closedLoop(t: SlashTarget, opts: { connections?: number; seconds?: number; amount?: number } = {}): Promise<LoadResult> {
  const r = await autocannon({
    url: `${t.url}/slack/events`,
    connections: opts.connections ?? 50,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 3 }),
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...slashRequest(t) }) }],
  });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
}

function post(agent: Agent, url: string, req: { body: string; headers: Record<string, string> }): Promise<number> {
  return new Promise((resolve) => {
    const r = request(url, { method: 'POST', agent, headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    r.once('error', () => resolve(0));
    r.end(req.body);
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

/** `rate` requests a second for `seconds`, sent on schedule whether or not earlier ones were answered. */
export async function openLoop(t: SlashTarget, rate = 100, seconds = 5): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = `${t.url}/slack/events`;
  const total = rate * seconds;
  const start = performance.now() + 20;
  const ms: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(agent, url, slashRequest(t)).then((status) => {
      ms.push(performance.now() - due);
      if (status !== 200) errors++;
    }));
  }
  await Promise.all(pending);
  agent.destroy();
  ms.sort((a, b) => a - b);
  return { rps: Math.round(total / ((performance.now() - start) / 1000)), p50: round(pct(ms, 50)), p99: round(pct(ms, 99)), errors, requests: total };
}
