import { and, count, gte, lt, eq, sql } from 'drizzle-orm';
import type { Database } from './drizzle-store.js';
import { stuckEvents } from './schema.js';

export interface SignalQuery {
  from: Date;
  /** Exclusive. */
  to: Date;
  agencyId?: string;
}

/** Events per UTC hour: hours map exactly onto Amsterdam days, whatever the DST rules. */
export interface HourlyCount {
  hour: number;
  agencyId: string | null;
  topicId: string | null;
  signal: string;
  count: number;
}

/** Reads the stuck-signal log for the policy report. */
export interface SignalStore {
  hourlyCounts(query: SignalQuery): Promise<HourlyCount[]>;
}

export function createDrizzleSignalStore(db: Database): SignalStore {
  return {
    async hourlyCounts({ from, to, agencyId }) {
      const hour = sql<number>`${stuckEvents.at} / 3600000`;
      const conditions = [gte(stuckEvents.at, from), lt(stuckEvents.at, to)];
      if (agencyId) conditions.push(eq(stuckEvents.agencyId, agencyId));
      const rows = await db
        .select({
          hour,
          agencyId: stuckEvents.agencyId,
          topicId: stuckEvents.topicId,
          signal: stuckEvents.signal,
          count: count(),
        })
        .from(stuckEvents)
        .where(and(...conditions))
        .groupBy(hour, stuckEvents.agencyId, stuckEvents.topicId, stuckEvents.signal);
      return rows.map((row) => ({ ...row, hour: Number(row.hour) }));
    },
  };
}
