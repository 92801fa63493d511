// HTTP helpers for tests: a GET from a chosen loopback source address (so two clients differ as
// they would in production), and a Discord interaction signed at a chosen time.
import { sign } from 'node:crypto';
import { request } from 'node:http';
import type { Keys } from '../discord/fake-discord.js';

export function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: body ? JSON.parse(body) : null }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function postSignedAt(base: string, body: string, keys: Keys, timestampS: number): Promise<number> {
  const timestamp = String(timestampS);
  const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
  const res = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-timestamp': timestamp, 'x-signature-ed25519': signature },
    body,
  });
  await res.text();
  return res.status;
}
