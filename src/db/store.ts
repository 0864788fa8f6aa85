import type { Locale } from '../catalog/texts.js';
import type { EscalationRow } from './schema.js';

export type Channel = 'web' | 'kiosk' | 'api' | 'botframework';

/** The conversation state the next turn needs. */
export interface StoredSession {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  locale: Locale;
  channel: Channel;
  agencyId: string | null;
  topicId: string | null;
  pendingOptions: string[];
  /** The redacted question the pending options answered; null without options. */
  pendingQuestion: string | null;
  /** The last answer offered a hand-off to a caseworker. */
  handoffOffered: boolean;
  turnCount: number;
}

/** A turn as stored: the message is already redacted. */
export interface NewTurn {
  seq: number;
  createdAt: Date;
  message: string;
  reply: string;
  agencyId: string | null;
  topicId: string | null;
  confidence: number | null;
  clarify: boolean;
  signals: string[];
  redactedKinds: string[];
  answeredBy: string;
  durationMs: number;
}

/** An earlier turn, as the stuck detector needs it. */
export interface PreviousTurn {
  seq: number;
  message: string;
  agencyId: string | null;
  confidence: number | null;
  clarify: boolean;
  signals: string[];
}

/** One moment a person got stuck, without personal data (see `stuck_events`). */
export interface NewStuckEvent {
  at: Date;
  session: string;
  agencyId: string | null;
  topicId: string | null;
  signal: string;
  channel: string;
  excerpt: string | null;
}

/**
 * A conversation's earlier stuck events that no organisation was known for yet ("ik moet geld
 * terugbetalen", answered with a clarifying question), to be counted under the organisation a
 * later turn of the same conversation names. Only events of this pseudonym since the session
 * started and still without an organisation are changed: each stays one event, now placed.
 */
export interface PlaceEarlierEvents {
  session: string;
  since: Date;
  agencyId: string;
  topicId: string | null;
}

/**
 * Persistence for conversations. Implemented with drizzle over libSQL (and D1); tests may use
 * the same implementation on an in-memory database.
 */
/** What a later turn reads of its conversation. */
export interface LoadedConversation {
  session: StoredSession;
  /** The last turns, oldest first. */
  history: PreviousTurn[];
  /** The conversation's open or claimed hand-offs, newest first. */
  openEscalations: EscalationRow[];
}

export interface ConversationStore {
  loadSession(id: string): Promise<StoredSession | undefined>;
  /**
   * The session with its last `historyTurns` turns and open hand-off, in one batch: on D1 or a
   * remote libSQL server each statement outside a batch is a round trip of its own.
   */
  loadConversation(id: string, historyTurns: number): Promise<LoadedConversation | undefined>;
  /**
   * Writes the session's new state, the turn and its stuck events together: all or nothing.
   * With `place`, the conversation's earlier events without an organisation get this turn's.
   */
  saveTurn(
    session: StoredSession,
    turn: NewTurn,
    events?: NewStuckEvent[],
    place?: PlaceEarlierEvents,
  ): Promise<void>;
  /**
   * Writes a new session before its first turn is saved: a case asked for in the first message
   * belongs to a session that must exist. A session already there is left as it is.
   */
  createSession(session: StoredSession): Promise<void>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** Deletes conversations untouched since `cutoff`, with their turns; returns how many. */
  purgeBefore(cutoff: Date): Promise<{ sessions: number }>;
}
