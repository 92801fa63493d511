// HTTP mode: POST /discord/interactions on the shared server. Discord signs every request with
// Ed25519 over timestamp + raw body; the reply goes back in the HTTP response, deferred work after it.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Engine } from '../../core/engine.js';
import { MAX_BODY_BYTES, readBody, refuseTooLarge } from '../http/body.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import type { Limiter } from '../limits.js';
import type { ConversationStore } from '../state/conversations.js';
import { claimOnce } from '../state/claims.js';
import type { Delivery } from '../delivery.js';
import { MemoryStore, type KeyValueStore } from '../state/store.js';
import { createInteractionProcessor } from './interactions.js';
import type { GapReporter } from '../report/chat.js';
import { createDiscordRest } from './rest.js';

export interface DiscordHttpOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** The process-wide limiter, when there is one; else the handler keeps its own. */
  limiter?: Limiter;
  conversations?: ConversationStore;
  /** where interaction ids already answered are kept (shared through Redis); in process when absent */
  store?: KeyValueStore;
  /** Outbound replies with bounded retries; deferred work tracked for shutdown. */
  delivery?: Delivery;
  rest?: REST;  /** `/budget report` for the admins */
  reporter?: GapReporter;
}

/** A raw 32-byte Ed25519 public key (64 hex characters) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Discord's replay window: an interaction signed longer ago than this is refused. */
export const MAX_AGE_S = 5 * 60;

export function fresh(timestamp: unknown, nowS = Date.now() / 1000): boolean {
  return typeof timestamp === 'string' && /^\d{1,12}$/.test(timestamp) && Math.abs(nowS - Number(timestamp)) <= MAX_AGE_S;
}

export function verifySignature(key: KeyObject, timestamp: unknown, signature: unknown, body: Buffer): boolean {
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^[0-9a-f]{128}$/i.test(signature) || !timestamp) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

export function createDiscordInteractionsHandler(opts: DiscordHttpOptions): RouteHandler {
  if (!opts.config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is required for Discord HTTP interactions');
  const key = publicKeyFromHex(opts.config.DISCORD_PUBLIC_KEY);
  const rest = opts.rest ?? createDiscordRest(opts.config);
  const processInteraction = createInteractionProcessor({ ...opts, rest });
  const log = opts.logger;
  const store = opts.store ?? new MemoryStore();

  return async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return refuseTooLarge(req, res);
    if (!verifySignature(key, req.headers['x-signature-timestamp'], req.headers['x-signature-ed25519'], body)) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    if (!fresh(req.headers['x-signature-timestamp'])) return sendJson(res, 401, { error: 'stale request' });
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'malformed JSON' });
    }
    const id = (payload as { id?: unknown; type?: unknown } | null)?.id;
    if (typeof id === 'string' && (payload as { type?: unknown }).type !== 1 && !(await claimOnce(store, `discord:interaction:${id}`, log))) {
      log.info({ interaction: id }, 'duplicate discord interaction dropped');
      return sendJson(res, 409, { error: 'interaction already answered' });
    }
    const outcome = await processInteraction(payload);
    sendJson(res, 200, outcome.response);
    if (outcome.after) {
      const after = outcome.after;
      res.once('finish', () => void after());
    }
  };
}
