// A small stand-in for Slack on 127.0.0.1: the Web API under /api/<method>, response_url endpoints
// under /response/<id>, file uploads under /upload/<id>, and optionally a Socket Mode WebSocket.
// It records every call it receives and answers like Slack does ({ ok: true, ... }).
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Call {
  kind: 'api' | 'response' | 'upload';
  /** API method (chat.postMessage), or the id after /response/ or /upload/. */
  name: string;
  body: Record<string, unknown>;
  authorization?: string;
}

type Answer = Record<string, unknown> | ((body: Record<string, unknown>) => Record<string, unknown>);

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type?.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      try {
        out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  }
  return { raw };
}

export class FakeSlack {
  readonly calls: Call[] = [];
  /** most calls kept (oldest dropped first); the bench keeps few, so its own heap does not grow with the load */
  maxCalls = Infinity;
  /** every call received, by kind (kept however few calls are) */
  readonly received = { api: 0, response: 0, upload: 0 };
  private server: Server;
  private waiters: { pred: (c: Call) => boolean; resolve: (c: Call) => void }[] = [];
  private answers = new Map<string, Answer>();
  url = '';

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  get httpServer(): Server {
    return this.server;
  }

  /** Answer an API method differently, e.g. with { ok: false, error: 'not_in_channel' }. */
  answer(method: string, answer: Answer): void {
    this.answers.set(method, answer);
  }

  private defaultAnswer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'moda-budget', team: 'Test' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `17000000${this.calls.length}.000100`, message: { text: body.text } };
      case 'conversations.open':
        return { ok: true, channel: { id: 'DOPENED' } };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.url}/upload/F1`, file_id: 'F1' };
      case 'files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F1' }] };
      default:
        return { ok: true };
    }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? '/').split('?')[0];
    const [, area, name = ''] = path.split('/');
    let call: Call;
    let reply: Record<string, unknown> | string;
    if (area === 'api') {
      const body = parseBody(raw.toString('utf8'), req.headers['content-type']);
      call = { kind: 'api', name, body, authorization: req.headers.authorization };
      const custom = this.answers.get(name);
      reply = custom ? (typeof custom === 'function' ? custom(body) : custom) : this.defaultAnswer(name, body);
    } else if (area === 'response') {
      call = { kind: 'response', name, body: parseBody(raw.toString('utf8'), req.headers['content-type']) };
      reply = 'ok';
    } else if (area === 'upload') {
      // The file arrives raw or as multipart form data; either way the PNG signature is inside.
      call = { kind: 'upload', name, body: { bytes: raw.length, png: raw.includes(PNG_SIGNATURE) } };
      reply = 'OK - F1';
    } else {
      res.writeHead(404).end();
      return;
    }
    this.received[call.kind]++;
    this.calls.push(call);
    if (this.calls.length > this.maxCalls) this.calls.shift();
    const text = typeof reply === 'string' ? reply : JSON.stringify(reply);
    res.writeHead(200, { 'content-type': typeof reply === 'string' ? 'text/plain' : 'application/json' }).end(text);
    for (const w of [...this.waiters]) {
      if (w.pred(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  /** The first call (already received or still to come) that matches; fails after a generous deadline. */
  waitFor(pred: (c: Call) => boolean, what: string, deadlineMs = 15_000): Promise<Call> {
    const seen = this.calls.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise<Call>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`fake Slack never received: ${what}\nreceived: ${this.calls.map((c) => `${c.kind}:${c.name}`).join(', ')}`));
      }, deadlineMs);
      const done = (c: Call) => {
        clearTimeout(timer);
        resolve(c);
      };
      this.waiters.push({ pred, resolve: done });
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Slack's v0 request signature over `v0:{timestamp}:{body}`. */
export function signedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${sig}` };
}

/** Every string a person could read in a payload: text, titles, alt text, button values. */
export function readableStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) readableStrings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && ['text', 'title', 'alt_text', 'initial_comment', 'value', 'placeholder'].includes(k)) out.push(v);
      else readableStrings(v, out);
    }
  }
  return out;
}
