import type { Catalog } from '../catalog/catalog.js';
import type { Locale } from '../catalog/texts.js';
import type { Contact } from '../core/contact.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { PersonalDataKind } from '../core/redact.js';
import type { Router, RoutingDecision } from '../core/routing/router.js';
import type { Channel, ConversationStore, StoredSession } from '../db/store.js';

/** A validated chat request. */
export interface TurnInput {
  message: string;
  sessionId?: string;
  locale?: Locale;
  channel: Channel;
  /** The agency whose site the question was asked on, if any. */
  agencyHint?: string;
}

/** Everything a turn's steps need from outside; passed in so each step can be tested alone. */
export interface TurnDeps {
  catalog: Catalog;
  calendar: HolidayCalendar;
  router: Router;
  store: ConversationStore;
  detectLanguage: (text: string) => Locale | undefined;
  newId: () => string;
}

export type AnsweredBy = 'router' | 'llm' | 'fallback';

/** The state one turn builds up as it passes through the pipeline. */
export interface TurnContext {
  input: TurnInput;
  now: Date;
  locale: Locale;
  session?: StoredSession;
  /** The message with personal data replaced; the raw message is never stored or logged. */
  redacted?: { text: string; kinds: PersonalDataKind[] };
  decision?: RoutingDecision;
  contact?: Contact;
  reply?: string;
  signals: string[];
  answeredBy: AnsweredBy;
  /** Milliseconds per step, for the structured log. */
  timings: Record<string, number>;
}

/** One step of a turn. It reads and extends the context; throwing ends the turn safely. */
export interface TurnStep {
  name: string;
  run(context: TurnContext, deps: TurnDeps): void | Promise<void>;
}

export function newTurnContext(input: TurnInput, now: Date): TurnContext {
  return {
    input,
    now,
    locale: input.locale ?? 'nl',
    signals: [],
    answeredBy: 'router',
    timings: {},
  };
}

/** Thrown by a step when a dependency (the database) is unavailable: the reply is a 503. */
export class DependencyError extends Error {
  constructor(
    public readonly dependency: string,
    options?: { cause?: unknown },
  ) {
    super(`${dependency} unavailable`, options);
    this.name = 'DependencyError';
  }
}

/** Returns the context's value or throws: a step ran before the one that provides it. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`turn step order: ${what} is not set yet`);
  return value;
}
