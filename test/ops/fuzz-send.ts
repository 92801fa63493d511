// Sends generated cases to a running bot over loopback, signing each as its case says at the moment
// it is sent, a few at a time, and counts the answers by status.
import { createHmac, sign, type KeyObject } from 'node:crypto';
import { statusOf } from './burst.js';
import type { FuzzCase } from './fuzz-payloads.js';

export interface Signer {
  slackSecret: string;
  discordKey: KeyObject;
}

export interface FuzzStats {
  sent: number;
  byStatus: Record<string, number>;
  /** requests answered with a 5xx: the case and the status */
  serverErrors: { status: number; c: FuzzCase }[];
  /** the connection closed without an answer (expected only for bodies past the cap) */
  dropped: number;
}

function slackHeaders(secret: string, body: string, ts: number, mode: FuzzCase['signing']): Record<string, string> {
  if (mode === 'none') return {};
  const sig = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${mode === 'bad' ? sig.replace(/^./, (c) => (c === '0' ? '1' : '0')) : sig}` };
}

function discordHeaders(key: KeyObject, body: string, ts: number, mode: FuzzCase['signing']): Record<string, string> {
  if (mode === 'none') return {};
  const signature = sign(null, Buffer.from(`${ts}${mode === 'bad' ? ' ' : ''}${body}`), key).toString('hex');
  return { 'x-signature-timestamp': String(ts), 'x-signature-ed25519': signature };
}

export function headersFor(c: FuzzCase, s: Signer, nowS = Math.floor(Date.now() / 1000)): Record<string, string> {
  const ts = c.signing === 'stale' ? nowS - 3_600 : nowS;
  const body = c.body ?? '';
  const signed = c.endpoint === 'slack' ? slackHeaders(s.slackSecret, body, ts, c.signing)
    : c.endpoint === 'discord' ? discordHeaders(s.discordKey, body, ts, c.signing) : {};
  return { ...(c.contentType ? { 'content-type': c.contentType } : {}), ...c.headers, ...signed };
}

/** One fuzz case; resolves with the status, or 0 when the connection closed without an answer. */
export function send(base: string, c: FuzzCase, headers: Record<string, string>): Promise<number> {
  const body = c.body === undefined ? undefined : Buffer.from(c.body, 'utf8');
  return statusOf(`${base}${c.path}`, c.method, { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) }, (req) => req.end(body));
}

/** Send every case, `concurrency` at a time. */
export async function runCases(base: string, cases: FuzzCase[], signer: Signer, concurrency = 16): Promise<FuzzStats> {
  const stats: FuzzStats = { sent: 0, byStatus: {}, serverErrors: [], dropped: 0 };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const status = await send(base, c, headersFor(c, signer));
      stats.sent++;
      stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
      if (status === 0) stats.dropped++;
      if (status >= 500) stats.serverErrors.push({ status, c });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}

/** A short line for a report: status → count. */
export function summarise(stats: FuzzStats): string {
  const parts = Object.entries(stats.byStatus).sort(([a], [b]) => Number(a) - Number(b)).map(([s, n]) => `${s}×${n}`);
  return `${stats.sent} sent: ${parts.join(' ')}`;
}
