// The front door of POST /slack/events (HTTP mode): the body is read with a cap while streaming,
// the signature is checked, the payload's shape is checked (a command or button the app does not have: 404), and only then does Bolt see the
// request (with the body already read, as Bolt allows). Each refusal is fast and 4xx.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import { MAX_BODY_BYTES, readBody, refuseTooLarge } from '../http/body.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import { bodyProblem, payloadProblem } from './payload.js';

/** Slack's replay window: a signature older (or newer) than this is refused. */
export const SIGNATURE_WINDOW_S = 5 * 60;

export function verifySlackSignature(secret: string, headers: IncomingMessage['headers'], body: Buffer, nowS = Date.now() / 1000): boolean {
  const ts = headers['x-slack-request-timestamp'];
  const sig = headers['x-slack-signature'];
  if (typeof ts !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(ts) || !/^v0=[0-9a-f]{64}$/.test(sig)) return false;
  if (Math.abs(nowS - Number(ts)) > SIGNATURE_WINDOW_S) return false;
  const mac = createHmac('sha256', secret).update(`v0:${ts}:`).update(body).digest();
  return timingSafeEqual(mac, Buffer.from(sig.slice(3), 'hex'));
}

const isSslCheck = (type: string | undefined, text: string) =>
  type === 'application/x-www-form-urlencoded' && new URLSearchParams(text).get('ssl_check') === '1';

export function guardSlackEvents(signingSecret: string, bolt: (req: IncomingMessage, res: ServerResponse) => void): RouteHandler {
  return async (req, res) => {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return refuseTooLarge(req, res);
    const type = req.headers['content-type'];
    const text = body.toString('utf8');
    if (!isSslCheck(type, text)) {
      if (!verifySlackSignature(signingSecret, req.headers, body)) return sendJson(res, 401, { error: 'invalid request signature' });
      const refusal = payloadProblem(type, text);
      if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    bolt(req, res);
  };
}

/**
 * Socket Mode's front door: envelopes arrive parsed over the WebSocket, so the same shape check
 * runs on the parsed payload before Bolt sees it; a malformed one is acknowledged and dropped.
 */
export function guardSocketEvents(app: App, logger: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const refusal = bodyProblem(event.body);
    if (!refusal) return processEvent(event);
    logger.warn({ problem: refusal.error }, 'malformed slack payload dropped');
    await event.ack();
  };
}
