import type { Locale } from '../catalog/texts.js';

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

/**
 * Persistence for conversations. Implemented with drizzle over libSQL (and D1); tests may use
 * the same implementation on an in-memory database.
 */
export interface ConversationStore {
  loadSession(id: string): Promise<StoredSession | undefined>;
  /** Writes the session's new state and the turn together: both or neither. */
  saveTurn(session: StoredSession, turn: NewTurn): Promise<void>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** Deletes conversations untouched since `cutoff`, with their turns; returns how many. */
  purgeBefore(cutoff: Date): Promise<{ sessions: number }>;
}
