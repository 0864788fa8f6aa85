import type { Locale } from '../catalog/texts.js';
import type { OutsideSubject } from '../core/outside.js';
import type { Core } from '../core-deps.js';
import type { ReplyExtras } from '../core/compose.js';
import type { Contact } from '../core/contact.js';
import type { Crisis } from '../core/crisis.js';
import type { HandoffAnswer } from '../core/handoff/intent.js';
import type { PersonalDataKind } from '../core/redact.js';
import type { RoutingDecision } from '../core/routing/router.js';
import type { SmallTalk } from '../core/small-talk.js';
import type { ContactQuestion } from '../core/contact-question.js';
import type { StuckSignal } from '../core/stuck/signals.js';
import type { EscalationView, HandoffDeps } from '../handoff/escalate.js';
import type { EscalationRow } from '../db/schema.js';
import type { Channel, ConversationStore, PreviousTurn, StoredSession } from '../db/store.js';
import type { ChatModel } from '../llm/chat-completions.js';
import type { AssistOutcome } from '../core/assist/ask.js';

/** A validated chat request. */
export interface TurnInput {
  message: string;
  sessionId?: string;
  /**
   * The id a new session gets instead of a random one: for a channel whose own conversation id
   * names the session (Bot Framework), so that an unknown id still starts a session under it.
   */
  sessionIdForNew?: string;
  locale?: Locale;
  /** The page's language: the answer's when the message does not show its own. */
  defaultLocale?: Locale;
  channel: Channel;
  /** The agency whose site the question was asked on, if any. */
  agencyHint?: string;
}

/** Everything a turn's steps need from outside; passed in so each step can be tested alone. */
export interface TurnDeps extends Core, HandoffDeps {
  store: ConversationStore;
  newId: () => string;
  /** A one-way, salted name for a session, for the stuck-signal report. */
  pseudonymize: (sessionId: string) => Promise<string>;
  /** The optional language model; absent, the built-in router answers alone. */
  model?: ChatModel;
}

export type AnsweredBy = 'router' | 'llm' | 'fallback';

/** The state one turn builds up as it passes through the pipeline. */
export interface TurnContext {
  input: TurnInput;
  now: Date;
  locale: Locale;
  session?: StoredSession;
  /** The conversation's latest turns, oldest first, read together with the session. */
  history: PreviousTurn[];
  /** The conversation's open hand-offs, newest first, read together with the session. */
  openEscalations: EscalationRow[];
  /** The message with personal data replaced; the raw message is never stored or logged. */
  redacted?: { text: string; kinds: PersonalDataKind[] };
  decision?: RoutingDecision;
  /** Set when a language model is configured and was asked. */
  assist?: AssistOutcome;
  /** The person's answer to a hand-off offered in the previous turn. */
  handoffAnswer?: HandoffAnswer;
  /** The hand-off this turn created, or the one the conversation already has. */
  escalation?: EscalationView;
  /** Set when this turn made the case: its signals join the case once they are heard. */
  caseMade?: boolean;
  /**
   * For a hand-off this turn: whether the person's phone number came with it ('received', also
   * when they typed it after we asked) or still has to be asked for ('asked'); 'none' when the
   * person said they have no phone.
   */
  callback?: 'asked' | 'received' | 'known' | 'incomplete' | 'none';
  /**
   * For a hand-off to the person's municipality: whether this answer asks where they live, or
   * the person just told us.
   */
  municipality?: ReplyExtras['municipality'];
  /** The message says when the person can be called: it went to the case's note. */
  callbackWish?: boolean;
  /** The message asks about the conversation's open case: the answer is that case. */
  caseQuestion?: boolean;
  /**
   * A question about "my case" in a conversation without one: the agency its reference names
   * ("TSL-…" is Dienst Toeslagen), if it gives one.
   */
  noCase?: { agencyId: string | null };
  /** A question about "my case" after a caseworker closed the conversation's case: that case. */
  closedCase?: EscalationRow;
  /** "ja, graag" or only a phone number, where no hand-off was offered: it gets the offer. */
  asksToBeCalled?: boolean;
  /**
   * That request was a yes without a number ("ja, graag"): the offer then asks only for the
   * number, instead of asking once more to say "ja, graag".
   */
  saidYesToACall?: boolean;
  /**
   * A number typed with a request to be called, where nothing was offered ("kan iemand mij
   * bellen? mijn nummer is …"): the case is made once the turn is routed, with `remark` when
   * the message says more than the request (the words beyond it, for the case's note).
   */
  callRequest?: { phone: string; remark: string | undefined };
  /**
   * The case this turn made on the person's own request, without consent to read the
   * conversation yet: the answer asks for it, and a yes next turn gives it.
   */
  asksConsent?: boolean;
  /** The answer to that question: the open case may now be read, or it may not. */
  consent?: 'given' | 'declined';
  /**
   * The message before this one said no to the offer: the offer stays open for one more turn,
   * for a change of mind, and is not made again right away.
   */
  afterDecline?: boolean;
  /** The message speaks of an emergency, suicide or violence at home: its line comes first. */
  crisis?: Crisis;
  /**
   * An earlier answer of this conversation went to a crisis line: every later answer says that
   * line and 112 again, whatever it is about ("ik heb schulden en het wordt me te veel").
   */
  crisisBefore?: Omit<Crisis, 'rest'>;
  /**
   * In a crisis that also asks about something else, the contact for that other answer; the
   * turn's own contact is then the crisis line.
   */
  answerContact?: Contact;
  /** The message asks how to reach the conversation's organisation: its contact answers. */
  contactQuestion?: ContactQuestion;
  /** The message is only a greeting, thanks or goodbye: no question, and nobody is stuck. */
  smallTalk?: SmallTalk;
  /** The question is about a subject no organisation here handles ("a doctor"): where to go. */
  outside?: OutsideSubject;
  /** More open cases the question asks about, besides `escalation` ("zijn mijn zaken klaar?"). */
  otherCases?: EscalationView[];
  /** Signals new in this conversation: these are logged for the report. */
  newSignals: StuckSignal[];
  /** Whether this answer offers a hand-off. */
  offersHandoff: boolean;
  contact?: Contact;
  reply?: string;
  signals: StuckSignal[];
  answeredBy: AnsweredBy;
  /** Milliseconds per step, for the structured log. */
  timings: Record<string, number>;
}

/** One step of a turn. It reads and extends the context; throwing ends the turn safely. */
export interface TurnStep {
  name: string;
  run(context: TurnContext, deps: TurnDeps): void | Promise<void>;
}

/**
 * Whether this turn only answers or completes the conversation's hand-off: "ja, graag", a phone
 * number, a place, when to call, or "is mijn zaak al klaar?". None is a new subject: the case's organisation
 * stays, and the answer is about the case.
 */
export function isAboutTheHandoff(context: TurnContext): boolean {
  return Boolean(
    context.handoffAnswer ||
    context.asksToBeCalled ||
    context.callback ||
    context.callbackWish ||
    context.caseQuestion ||
    context.noCase ||
    context.closedCase ||
    (context.municipality && 'received' in context.municipality),
  );
}

/**
 * Whether the turn asked back instead of answering: a clarifying question, or nothing found.
 * Where to go for a subject outside the catalog ("I need a doctor") is an answer, though it names
 * no organisation. The stuck detector reads asked-back turns as not understood, so the stored
 * turn and the turn being read must agree.
 */
export function askedBack(context: TurnContext): boolean {
  const { kind } = required(context.decision, 'routing decision');
  return (kind === 'clarify' || kind === 'none') && !context.outside;
}

export function newTurnContext(input: TurnInput, now: Date): TurnContext {
  return {
    input,
    now,
    locale: input.locale ?? input.defaultLocale ?? 'nl',
    history: [],
    openEscalations: [],
    signals: [],
    newSignals: [],
    offersHandoff: false,
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
