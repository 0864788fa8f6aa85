import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    /**
     * The (redacted) question those options answered: "Hoe lang heb ik om terug te betalen?"
     * answered with "zorgtoeslag" is about paying back zorgtoeslag, not zorgtoeslag in general.
     */
    pendingQuestion: text('pending_question'),
    /** Set when the last answer offered a hand-off, so "ja, graag" can accept it. */
    handoffOffered: integer('handoff_offered', { mode: 'boolean' }).notNull().default(false),
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

/**
 * A hand-off to a named caseworker. The transcript stays in `turns` (linked by session) and is
 * shown to staff only with the citizen's consent. The callback phone is personal data given
 * for this purpose only: it is never logged and is removed with the case after retention.
 */
export const escalations = sqliteTable(
  'escalations',
  {
    reference: text('reference').primaryKey(),
    sessionId: text('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    agencyId: text('agency_id').notNull(),
    topicId: text('topic_id'),
    caseworkerId: text('caseworker_id').notNull(),
    caseworkerName: text('caseworker_name').notNull(),
    status: text('status', { enum: ['open', 'claimed', 'resolved'] }).notNull(),
    consent: integer('consent', { mode: 'boolean' }).notNull(),
    callbackPhone: text('callback_phone'),
    /** Where the person lives, for a case only their own municipality can handle. */
    municipality: text('municipality'),
    note: text('note'),
    signals: text('signals', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    channel: text('channel').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expectedContactAt: integer('expected_contact_at', { mode: 'timestamp_ms' }).notNull(),
    claimedBy: text('claimed_by'),
    /** The claimer's display name from their sign-in, when it has one: what colleagues read. */
    claimedByName: text('claimed_by_name'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    outcome: text('outcome'),
    webhookStatus: text('webhook_status', { enum: ['none', 'pending', 'delivered', 'failed'] })
      .notNull()
      .default('none'),
    webhookAttempts: integer('webhook_attempts').notNull().default(0),
  },
  (table) => [
    index('escalations_agency_status_idx').on(table.agencyId, table.status, table.createdAt),
    index('escalations_session_idx').on(table.sessionId),
    index('escalations_caseworker_idx').on(table.caseworkerId, table.status),
    // One case a conversation has open per organisation, even when two requests for it arrive
    // at once (a double click, a channel's retry): the second insert finds the first.
    uniqueIndex('escalations_open_per_agency_idx')
      .on(table.sessionId, table.agencyId)
      .where(sql`status <> 'resolved'`),
  ],
);

/** A caseworker's note on a case. */
export const escalationNotes = sqliteTable('escalation_notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reference: text('reference')
    .notNull()
    .references(() => escalations.reference, { onDelete: 'cascade' }),
  authorSub: text('author_sub').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  text: text('text').notNull(),
});

/** Every staff read of a case or transcript, and every change, for accountability. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorSub: text('actor_sub').notNull(),
    actorRole: text('actor_role').notNull(),
    actorAgency: text('actor_agency').notNull(),
    action: text('action').notNull(),
    reference: text('reference'),
    agencyId: text('agency_id'),
  },
  (table) => [index('audit_log_reference_idx').on(table.reference, table.at)],
);

/**
 * One moment a person got stuck, without personal data: a pseudonymous session (a salted hash),
 * the agency and topic, the signal, the channel and a short redacted excerpt. Kept for policy
 * reporting; the excerpt is removed after the retention period.
 */
export const stuckEvents = sqliteTable(
  'stuck_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    session: text('session').notNull(),
    agencyId: text('agency_id'),
    topicId: text('topic_id'),
    signal: text('signal').notNull(),
    channel: text('channel').notNull(),
    excerpt: text('excerpt'),
  },
  (table) => [
    index('stuck_events_at_idx').on(table.at),
    index('stuck_events_agency_idx').on(table.agencyId, table.at),
  ],
);

export type EscalationRow = typeof escalations.$inferSelect;
export type StuckEventRow = typeof stuckEvents.$inferSelect;
