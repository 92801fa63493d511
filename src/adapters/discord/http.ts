// HTTP mode: POST /discord/interactions on the shared server. Discord signs every request with
// Ed25519 over timestamp + raw body; the reply goes back in the HTTP response, deferred work after it.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import type { Limiter } from '../limits.js';
import type { ConversationStore } from '../state/conversations.js';
import { createInteractionProcessor } from './interactions.js';
import { createDiscordRest } from './rest.js';

/** Interaction payloads are a few KiB; a command with resolved data stays far below this. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface DiscordHttpOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** The process-wide limiter, when there is one; else the handler keeps its own. */
  limiter?: Limiter;
  conversations?: ConversationStore;
  rest?: REST;
}

/** A raw 32-byte Ed25519 public key (64 hex characters) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export function verifySignature(key: KeyObject, timestamp: unknown, signature: unknown, body: Buffer): boolean {
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^[0-9a-f]{128}$/i.test(signature) || !timestamp) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

/** The body, or null once it passed `max` bytes (the caller answers 413). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createDiscordInteractionsHandler(opts: DiscordHttpOptions): RouteHandler {
  if (!opts.config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is required for Discord HTTP interactions');
  const key = publicKeyFromHex(opts.config.DISCORD_PUBLIC_KEY);
  const rest = opts.rest ?? createDiscordRest(opts.config);
  const processInteraction = createInteractionProcessor({ ...opts, rest });
  const log = opts.logger;

  return async (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const body = declared > MAX_BODY_BYTES ? null : await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      res.setHeader('connection', 'close');
      return sendJson(res, 413, { error: 'payload too large' });
    }
    if (!verifySignature(key, req.headers['x-signature-timestamp'], req.headers['x-signature-ed25519'], body)) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'malformed JSON' });
    }
    const outcome = await processInteraction(payload);
    sendJson(res, 200, outcome.response);
    if (outcome.after) {
      const after = outcome.after;
      res.once('finish', () => void after().catch((err: unknown) => log.error({ err }, 'discord deferred work failed')));
    }
  };
}
