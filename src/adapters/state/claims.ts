// Answer each delivery once: the first to claim an id (a Slack event_id or trigger_id, a Discord
// interaction or message id) does the work; a replay or a retry of one already taken is dropped.
// Claims live in the shared store, so two replicas never both answer one delivery.
import type { Logger } from 'pino';
import type { KeyValueStore } from './store.js';

/** Longer than Slack's retry schedule and the five-minute replay window of both platforms. */
export const CLAIM_MS = 10 * 60 * 1000;

/** true when this caller is the first; when the store cannot be reached, a rare double answer beats a lost one. */
export async function claimOnce(store: KeyValueStore, id: string, logger: Logger, ttlMs = CLAIM_MS): Promise<boolean> {
  try {
    return await store.add(`claim:${id}`, 1, ttlMs);
  } catch (err) {
    logger.warn({ err: { message: (err as Error)?.message } }, 'claim store failed');
    return true;
  }
}
