import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One conversation. `agencyId` is the agency the conversation is about so far, so that a
 * follow-up question stays with it. No personal data is stored here.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
    channel: text('channel', { enum: ['web', 'kiosk', 'api', 'botframework'] }).notNull(),
    agencyId: text('agency_id'),
    topicId: text('topic_id'),
    /** Agency ids offered in the last clarifying question, so the next answer can pick one. */
    pendingOptions: text('pending_options', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    turnCount: integer('turn_count').notNull().default(0),
  },
  (table) => [index('sessions_updated_at_idx').on(table.updatedAt)],
);

/**
 * One question and its answer. `message` is stored only after redaction of personal data;
 * the whole row is deleted after the retention period.
 */
export const turns = sqliteTable(
  'turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    message: text('message').notNull(),
    reply: text('reply').notNull(),
    agencyId: text('agency_id'),
    topicId: text('topic_id'),
    confidence: real('confidence'),
    clarify: integer('clarify', { mode: 'boolean' }).notNull(),
    signals: text('signals', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    redactedKinds: text('redacted_kinds', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Which path produced the answer: the built-in router, an LLM, or a safe fallback. */
    answeredBy: text('answered_by').notNull(),
    durationMs: real('duration_ms').notNull(),
  },
  (table) => [
    index('turns_session_idx').on(table.sessionId, table.seq),
    index('turns_created_at_idx').on(table.createdAt),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;
export type TurnRow = typeof turns.$inferSelect;

/**
 * The embedded staff-token signing key (used only when no identity provider is configured), so
 * that the server and `npm run token` on the same database share it. The private key is stored
 * as it is: in that mode the database is local to whoever runs the service.
 */
export const authKeys = sqliteTable('auth_keys', {
  kid: text('kid').primaryKey(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  privateJwk: text('private_jwk').notNull(),
  publicJwk: text('public_jwk').notNull(),
});

export type AuthKeyRow = typeof authKeys.$inferSelect;
