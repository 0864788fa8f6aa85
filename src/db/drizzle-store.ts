import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema.js';
import { openEscalationsQuery } from './escalation-store.js';
import type { ConversationStore, StoredSession } from './store.js';

/**
 * A drizzle database over our schema, whichever driver is underneath: libSQL (file, memory or
 * server; `LibSQLDatabase`) or Cloudflare D1 (`DrizzleD1Database`). Both are async SQLite with a
 * `batch`; they differ only in what `run` returns (a libSQL `ResultSet`, a `D1Result`), which the
 * stores never read, hence `unknown`.
 */
export type Database = BaseSQLiteDatabase<'async', unknown, typeof schema> & {
  batch<U extends BatchItem<'sqlite'>, T extends Readonly<[U, ...U[]]>>(
    batch: T,
  ): Promise<BatchResponse<T>>;
};

/** The conversation store on drizzle; one batch per turn keeps session, turn and events consistent. */
export function createDrizzleStore(db: Database): ConversationStore {
  return {
    async loadSession(id) {
      const rows = await sessionQuery(db, id);
      return toStoredSession(rows[0]);
    },

    async loadConversation(id, historyTurns) {
      const [sessionRows, turnRows, escalationRows] = await db.batch([
        sessionQuery(db, id),
        recentTurnsQuery(db, id, historyTurns),
        openEscalationsQuery(db, id),
      ]);
      const session = toStoredSession(sessionRows[0]);
      if (!session) return undefined;
      return {
        session,
        history: [...turnRows].reverse(),
        openEscalations: escalationRows,
      };
    },

    async createSession(session) {
      await db
        .insert(schema.sessions)
        .values(sessionValues(session))
        .onConflictDoNothing({ target: schema.sessions.id });
    },

    async saveTurn(session, turn, events = [], place) {
      const values = sessionValues(session);
      const upsertSession = db
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
            pendingQuestion: values.pendingQuestion,
            handoffOffered: values.handoffOffered,
            // Counted in the database: two turns of one session at once both count.
            turnCount: sql`${schema.sessions.turnCount} + 1`,
          },
        });
      // The number follows the session's last stored turn, in the same statement, so turns
      // arriving at once (a double click, a retry) never share one.
      const insertTurn = db.insert(schema.turns).values({
        sessionId: session.id,
        ...turn,
        seq: sql`(select coalesce(max(${schema.turns.seq}), 0) + 1 from ${schema.turns} where ${schema.turns.sessionId} = ${session.id})`,
      });
      const statements: BatchItem<'sqlite'>[] = [];
      if (place) {
        // Bounded by `at` (indexed) to the events since the session started.
        statements.push(
          db
            .update(schema.stuckEvents)
            .set({ agencyId: place.agencyId, topicId: place.topicId })
            .where(
              and(
                gte(schema.stuckEvents.at, place.since),
                eq(schema.stuckEvents.session, place.session),
                isNull(schema.stuckEvents.agencyId),
              ),
            ),
        );
      }
      if (events.length > 0) statements.push(db.insert(schema.stuckEvents).values(events));
      await db.batch([upsertSession, insertTurn, ...statements]);
    },

    async ping() {
      await db.run(sql`select 1`);
    },

    async purgeBefore(cutoff) {
      // A conversation handed to a caseworker stays until the case is closed. (NOT IN over a
      // list with a NULL matches nothing, hence the IS NOT NULL.)
      const active = db
        .select({ id: schema.escalations.sessionId })
        .from(schema.escalations)
        .where(
          and(
            inArray(schema.escalations.status, ['open', 'claimed']),
            isNotNull(schema.escalations.sessionId),
          ),
        );
      const expired = and(
        lt(schema.sessions.updatedAt, cutoff),
        notInArray(schema.sessions.id, active),
      );
      const old = db.select({ id: schema.sessions.id }).from(schema.sessions).where(expired);
      // Turns go with their session (ON DELETE CASCADE); deleting them first keeps this
      // correct on a connection where foreign keys are off.
      await db.delete(schema.turns).where(inArray(schema.turns.sessionId, old));
      const deleted = await db
        .delete(schema.sessions)
        .where(expired)
        .returning({ id: schema.sessions.id });
      // Closed cases go too, with the callback number and note they held.
      await db
        .delete(schema.escalations)
        .where(
          and(eq(schema.escalations.status, 'resolved'), lt(schema.escalations.resolvedAt, cutoff)),
        );
      // Stuck events stay for the weekly report, but their excerpt is text and goes.
      await db
        .update(schema.stuckEvents)
        .set({ excerpt: null })
        .where(lt(schema.stuckEvents.at, cutoff));
      return { sessions: deleted.length };
    },
  };
}

function sessionQuery(db: Database, id: string) {
  return db.select().from(schema.sessions).where(eq(schema.sessions.id, id)).limit(1);
}

/** The session's last `limit` turns, newest first. */
function recentTurnsQuery(db: Database, sessionId: string, limit: number) {
  return db
    .select({
      seq: schema.turns.seq,
      message: schema.turns.message,
      agencyId: schema.turns.agencyId,
      confidence: schema.turns.confidence,
      clarify: schema.turns.clarify,
      signals: schema.turns.signals,
    })
    .from(schema.turns)
    .where(eq(schema.turns.sessionId, sessionId))
    .orderBy(desc(schema.turns.seq))
    .limit(limit);
}

function toStoredSession(row: typeof schema.sessions.$inferSelect | undefined) {
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
    pendingQuestion: row.pendingQuestion,
    handoffOffered: row.handoffOffered,
    turnCount: row.turnCount,
  } satisfies StoredSession;
}

/** The columns a session is written with. */
function sessionValues(session: StoredSession) {
  return {
    id: session.id,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    locale: session.locale,
    channel: session.channel,
    agencyId: session.agencyId,
    topicId: session.topicId,
    pendingOptions: session.pendingOptions,
    pendingQuestion: session.pendingQuestion,
    handoffOffered: session.handoffOffered,
    turnCount: session.turnCount,
  };
}
