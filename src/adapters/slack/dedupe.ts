// Each Slack delivery is answered once: an event by its event_id, a command or button press by its
// trigger_id. A retry whose first delivery never arrived is answered; a retry or replay of one that
// did is acknowledged and dropped. The claims live in the shared store, so replicas agree.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { KeyValueStore } from '../state/store.js';

/** Longer than Slack's retry schedule and the signature's five-minute replay window. */
export const DEDUPE_MS = 10 * 60 * 1000;

export function deliveryId(body: unknown): string | undefined {
  const b = (body ?? {}) as { event_id?: unknown; trigger_id?: unknown; type?: unknown };
  if (typeof b.event_id === 'string' && b.event_id) return `event:${b.event_id}`;
  if (typeof b.trigger_id === 'string' && b.trigger_id) return `trigger:${b.trigger_id}`;
  return undefined;
}

export function dedupeMiddleware(store: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const id = deliveryId(args.body);
    let first = true;
    if (id) {
      try {
        first = await store.add(`slack:${id}`, 1, DEDUPE_MS);
      } catch (err) {
        // the store is down: better a rare double answer than a lost one
        logger.warn({ err: { message: (err as Error)?.message } }, 'dedupe store failed');
      }
    }
    if (first) return args.next();
    logger.info({ delivery: id?.split(':')[0] }, 'duplicate slack delivery dropped');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  };
}
