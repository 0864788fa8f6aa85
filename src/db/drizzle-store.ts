import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema.js';
import type { ConversationStore, StoredSession } from './store.js';

export type Database = LibSQLDatabase<typeof schema>;

/** The conversation store on drizzle; one batch per turn keeps session and turn consistent. */
export function createDrizzleStore(db: Database): ConversationStore {
  return {
    async loadSession(id) {
      const [row] = await db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, id))
        .limit(1);
      if (!row) return undefined;
      return {
        id: row.id,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        locale: row.locale,
        channel: row.channel,
        agencyId: row.agencyId,
        topicId: row.topicId,
        pendingOptions: row.pendingOptions,
        turnCount: row.turnCount,
      } satisfies StoredSession;
    },

    async saveTurn(session, turn) {
      const values = {
        id: session.id,
        createdAt: session.createdAt,
        updatedAt: session.updatedAt,
        locale: session.locale,
        channel: session.channel,
        agencyId: session.agencyId,
        topicId: session.topicId,
        pendingOptions: session.pendingOptions,
        turnCount: session.turnCount,
      };
      await db.batch([
        db
          .insert(schema.sessions)
          .values(values)
          .onConflictDoUpdate({
            target: schema.sessions.id,
            set: {
              updatedAt: values.updatedAt,
              locale: values.locale,
              agencyId: values.agencyId,
              topicId: values.topicId,
              pendingOptions: values.pendingOptions,
              turnCount: values.turnCount,
            },
          }),
        db.insert(schema.turns).values({ sessionId: session.id, ...turn }),
      ]);
    },

    async ping() {
      await db.run(sql`select 1`);
    },

    async purgeBefore(cutoff) {
      // Turns go with their session (ON DELETE CASCADE); deleting them first keeps this
      // correct on a connection where foreign keys are off.
      const old = db
        .select({ id: schema.sessions.id })
        .from(schema.sessions)
        .where(lt(schema.sessions.updatedAt, cutoff));
      await db.delete(schema.turns).where(inArray(schema.turns.sessionId, old));
      const deleted = await db
        .delete(schema.sessions)
        .where(lt(schema.sessions.updatedAt, cutoff))
        .returning({ id: schema.sessions.id });
      return { sessions: deleted.length };
    },
  };
}
