// Each Slack delivery is answered once: an event by its event_id, a command or button press by its
// trigger_id. A retry whose first delivery never arrived is answered; a retry or replay of one that
// did is acknowledged and dropped. The claims live in the shared store, so replicas agree.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { claimOnce } from '../state/claims.js';
import type { KeyValueStore } from '../state/store.js';

export function deliveryId(body: unknown): string | undefined {
  const b = (body ?? {}) as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === 'string' && b.event_id) return `slack:event:${b.event_id}`;
  if (typeof b.trigger_id === 'string' && b.trigger_id) return `slack:trigger:${b.trigger_id}`;
  return undefined;
}

export function dedupeMiddleware(store: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const id = deliveryId(args.body);
    if (!id || (await claimOnce(store, id, logger))) return args.next();
    logger.info({ delivery: id.split(':')[1] }, 'duplicate slack delivery dropped');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  };
}
