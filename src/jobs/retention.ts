import type { ConversationStore } from '../db/store.js';
import type { Logger } from '../http/logger.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which conversations are no longer kept. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Deletes transcripts older than the retention period. Runs hourly on Node and as a Cron
 * Trigger on Workers; both call this same function.
 */
export async function runRetention(
  store: ConversationStore,
  options: { now: Date; retentionDays: number; log: Logger },
): Promise<number> {
  const cutoff = retentionCutoff(options.now, options.retentionDays);
  const { sessions } = await store.purgeBefore(cutoff);
  options.log('info', 'retention.purged', { sessions, cutoff: cutoff.toISOString() });
  return sessions;
}
