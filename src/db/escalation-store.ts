import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from './drizzle-store.js';
import { auditLog, escalationNotes, escalations, sessions, turns } from './schema.js';
import type { EscalationRow } from './schema.js';

export type NewEscalation = Omit<
  EscalationRow,
  | 'claimedBy'
  | 'claimedByName'
  | 'claimedAt'
  | 'resolvedAt'
  | 'outcome'
  | 'webhookStatus'
  | 'webhookAttempts'
> & { webhookStatus: EscalationRow['webhookStatus'] };

export interface AuditEntry {
  at: Date;
  actorSub: string;
  actorRole: string;
  actorAgency: string;
  action: 'list' | 'read-case' | 'claim' | 'resolve' | 'note';
  reference: string | null;
  agencyId: string | null;
}

export interface TranscriptTurn {
  seq: number;
  at: Date;
  message: string;
  reply: string;
  agencyId: string | null;
  signals: string[];
}

export interface CaseNote {
  authorSub: string;
  at: Date;
  text: string;
}

/** Persistence of hand-offs, their notes and the audit trail of staff access. */
export interface EscalationStore {
  /**
   * Inserts the case and clears the session's pending offer in one write. False when the
   * conversation already has an open case for the organisation (two requests at once): nothing
   * is written then.
   */
  create(escalation: NewEscalation): Promise<boolean>;
  /** This conversation's open or claimed cases, newest first. */
  openForSession(sessionId: string): Promise<EscalationRow[]>;
  /** This conversation's most recently closed case, if any. */
  lastResolvedForSession(sessionId: string): Promise<EscalationRow | undefined>;
  updateCallback(
    reference: string,
    change: {
      callbackPhone?: string | null;
      municipality?: string | null;
      note?: string | null;
      consent?: boolean;
      signals?: string[];
    },
  ): Promise<void>;
  openCasesPerCaseworker(agencyId: string): Promise<Map<string, number>>;
  list(filter: {
    agencyIds: string[] | 'all';
    status?: EscalationRow['status'];
  }): Promise<EscalationRow[]>;
  get(reference: string): Promise<EscalationRow | undefined>;
  transcript(sessionId: string): Promise<TranscriptTurn[]>;
  notes(reference: string): Promise<CaseNote[]>;
  /**
   * `by.name` is the claimer's display name, when their sign-in carries one. Only a case that is
   * not closed and still held by `seen.claimedBy` (as the caller read it) is taken: false when
   * a colleague claimed or closed it in between, so two people never both hold one case.
   */
  claim(
    reference: string,
    by: { sub: string; name?: string },
    at: Date,
    seen: { claimedBy: string | null },
  ): Promise<boolean>;
  /**
   * Closes a case. One nobody claimed is claimed by `by` in the same statement: whoever closes
   * it handled it. Like `claim`, only while it is open and held by `seen.claimedBy`: false when
   * someone closed or claimed it in between, whose outcome then stands.
   */
  resolve(
    reference: string,
    outcome: string,
    at: Date,
    by: { sub: string; name?: string },
    seen: { claimedBy: string | null },
  ): Promise<boolean>;
  addNote(reference: string, note: CaseNote): Promise<void>;
  setWebhook(
    reference: string,
    status: EscalationRow['webhookStatus'],
    attempts: number,
  ): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
  auditTrail(reference: string): Promise<AuditEntry[]>;
}

export function createDrizzleEscalationStore(db: Database): EscalationStore {
  return {
    async create(escalation) {
      const insert = db
        .insert(escalations)
        .values(escalation)
        .onConflictDoNothing()
        .returning({ reference: escalations.reference });
      if (!escalation.sessionId) return (await insert).length > 0;
      const [inserted] = await db.batch([
        insert,
        db
          .update(sessions)
          .set({ handoffOffered: false })
          .where(eq(sessions.id, escalation.sessionId)),
      ]);
      return inserted.length > 0;
    },

    async openForSession(sessionId) {
      return openEscalationsQuery(db, sessionId);
    },

    async lastResolvedForSession(sessionId) {
      const [row] = await db
        .select()
        .from(escalations)
        .where(and(eq(escalations.sessionId, sessionId), eq(escalations.status, 'resolved')))
        .orderBy(desc(escalations.resolvedAt))
        .limit(1);
      return row;
    },

    async updateCallback(reference, change) {
      await db.update(escalations).set(change).where(eq(escalations.reference, reference));
    },

    async openCasesPerCaseworker(agencyId) {
      const rows = await db
        .select({ caseworkerId: escalations.caseworkerId, open: count() })
        .from(escalations)
        .where(
          and(eq(escalations.agencyId, agencyId), inArray(escalations.status, ['open', 'claimed'])),
        )
        .groupBy(escalations.caseworkerId);
      return new Map(rows.map((row) => [row.caseworkerId, row.open]));
    },

    async list({ agencyIds, status }) {
      const conditions = [];
      if (agencyIds !== 'all') conditions.push(inArray(escalations.agencyId, agencyIds));
      if (status) conditions.push(eq(escalations.status, status));
      return db
        .select()
        .from(escalations)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(asc(escalations.expectedContactAt))
        .limit(500);
    },

    async get(reference) {
      const [row] = await db
        .select()
        .from(escalations)
        .where(eq(escalations.reference, reference))
        .limit(1);
      return row;
    },

    async transcript(sessionId) {
      const rows = await db
        .select({
          seq: turns.seq,
          at: turns.createdAt,
          message: turns.message,
          reply: turns.reply,
          agencyId: turns.agencyId,
          signals: turns.signals,
        })
        .from(turns)
        .where(eq(turns.sessionId, sessionId))
        .orderBy(asc(turns.seq));
      return rows;
    },

    async notes(reference) {
      return db
        .select({
          authorSub: escalationNotes.authorSub,
          at: escalationNotes.createdAt,
          text: escalationNotes.text,
        })
        .from(escalationNotes)
        .where(eq(escalationNotes.reference, reference))
        .orderBy(asc(escalationNotes.createdAt));
    },

    async claim(reference, by, at, seen) {
      const claimed = await db
        .update(escalations)
        .set({
          status: 'claimed',
          claimedBy: by.sub,
          claimedByName: by.name ?? null,
          claimedAt: at,
        })
        .where(unchangedSince(reference, seen))
        .returning({ reference: escalations.reference });
      return claimed.length > 0;
    },

    async resolve(reference, outcome, at, by, seen) {
      // SQLite reads every SET expression from the row as it was before the update.
      const unclaimed = sql`${escalations.claimedBy} is null`;
      const resolved = await db
        .update(escalations)
        .set({
          status: 'resolved',
          outcome,
          resolvedAt: at,
          claimedBy: sql`coalesce(${escalations.claimedBy}, ${by.sub})`,
          claimedByName: sql`case when ${unclaimed} then ${by.name ?? null} else ${escalations.claimedByName} end`,
          claimedAt: sql`case when ${unclaimed} then ${at.getTime()} else ${escalations.claimedAt} end`,
        })
        .where(unchangedSince(reference, seen))
        .returning({ reference: escalations.reference });
      return resolved.length > 0;
    },

    async addNote(reference, note) {
      await db
        .insert(escalationNotes)
        .values({ reference, authorSub: note.authorSub, createdAt: note.at, text: note.text });
    },

    async setWebhook(reference, status, attempts) {
      await db
        .update(escalations)
        .set({ webhookStatus: status, webhookAttempts: attempts })
        .where(eq(escalations.reference, reference));
    },

    async audit(entry) {
      await db.insert(auditLog).values(entry);
    },

    async auditTrail(reference) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.reference, reference))
        .orderBy(asc(auditLog.at), asc(auditLog.id));
      return rows.map((row) => ({
        at: row.at,
        actorSub: row.actorSub,
        actorRole: row.actorRole,
        actorAgency: row.actorAgency,
        action: row.action as AuditEntry['action'],
        reference: row.reference,
        agencyId: row.agencyId,
      }));
    },
  };
}

/** The case as the caller read it: not closed, and held by the same person (or nobody). */
function unchangedSince(reference: string, seen: { claimedBy: string | null }) {
  return and(
    eq(escalations.reference, reference),
    inArray(escalations.status, ['open', 'claimed']),
    seen.claimedBy === null
      ? isNull(escalations.claimedBy)
      : eq(escalations.claimedBy, seen.claimedBy),
  );
}

/**
 * The session's hand-offs that are still open or claimed, newest first. One per organisation at
 * most (a second request continues the first), so a handful covers any real conversation.
 */
export function openEscalationsQuery(db: Database, sessionId: string) {
  return db
    .select()
    .from(escalations)
    .where(
      and(eq(escalations.sessionId, sessionId), inArray(escalations.status, ['open', 'claimed'])),
    )
    .orderBy(desc(escalations.createdAt))
    .limit(OPEN_CASES_READ);
}
const OPEN_CASES_READ = 5;
