import type { Catalog } from '../catalog/catalog.js';
import type { Locale } from '../catalog/schema.js';
import { fill } from '../catalog/texts.js';
import { addressedIn, chooseContact, rosterNameIn } from '../core/contact.js';
import { whoAt } from '../core/compose.js';
import { assignCaseworker, describeWindow } from '../core/handoff/assign.js';
import type { HandoffConfig } from '../core/handoff/config.js';
import { givesATime } from '../core/handoff/intent.js';
import { newReference } from '../core/handoff/reference.js';
import type { HolidayCalendar } from '../core/holidays.js';
import { redact } from '../core/redact.js';
import type { EscalationStore } from '../db/escalation-store.js';
import type { EscalationRow } from '../db/schema.js';
import type { ConversationStore } from '../db/store.js';
import type { EscalationNotifier } from './webhook.js';

export interface HandoffDeps {
  catalog: Catalog;
  calendar: HolidayCalendar;
  handoff: HandoffConfig;
  store: ConversationStore;
  escalations: EscalationStore;
  randomBytes: (n: number) => Uint8Array;
  notifier?: EscalationNotifier;
  /** Runs work after the response (waitUntil on Workers); it must never delay the citizen. */
  defer: (work: Promise<unknown>) => void;
}

export interface HandoffRequest {
  sessionId: string;
  consent: boolean;
  callbackPhone?: string;
  /** The municipality the person lives in, for a case of "uw gemeente". */
  municipality?: string;
  note?: string;
  now: Date;
  locale: Locale;
  /**
   * The organisation (and topic) the case is for, when the turn that asks for it is about
   * another than the stored session ("bel mij terug over mijn zorgtoeslag: 06 …" as a first
   * message). By default the session's.
   */
  agencyId?: string | null;
  topicId?: string | null;
}

/** The longest note a case keeps: what `POST /api/escalations` accepts, and the chat adds to. */
export const NOTE_MAX_LENGTH = 1000;
/** What the citizen is told about their hand-off. */
export interface EscalationView {
  reference: string;
  agency: { id: string; name: string };
  caseworker: { name: string; role: string; kind: 'person' | 'team' };
  status: EscalationRow['status'];
  expectedContact: { text: string; at: string };
  consent: boolean;
  /** Where the person lives, when they told us for a case of their municipality. */
  municipality: string | null;
  /** Whether the case has a number to call back on (never the number: this view is shown). */
  callbackNumberKnown: boolean;
  /**
   * Whether the person wrote something with their number ("liefst na 15:00"): then no time of
   * ours is promised beside theirs (never the words: this view is shown).
   */
  remarkGiven: boolean;
  /** Whether those words say when to call ("na 15:00"), not only something else ("ik ben doof"). */
  timeGiven: boolean;
  /** The sentence for the chat: who, when, and the reference. */
  message: string;
}

export class UnknownSessionError extends Error {
  constructor() {
    super('unknown session');
    this.name = 'UnknownSessionError';
  }
}

/**
 * Writes what the person added to their case (a phone number, the municipality, a note,
 * consent), and tells the case system, which got the case without it.
 */
export async function updateCase(
  deps: Pick<HandoffDeps, 'escalations' | 'notifier' | 'defer'>,
  row: EscalationRow,
  change: Parameters<EscalationStore['updateCallback']>[1],
): Promise<EscalationRow> {
  await deps.escalations.updateCallback(row.reference, change);
  const updated = { ...row, ...change };
  if (deps.notifier) deps.defer(deps.notifier.deliver(updated, 'escalation.updated'));
  return updated;
}

/**
 * Hands the conversation to a named caseworker, or continues the hand-off the conversation
 * already has for its current organisation (a second request only adds a callback number, a
 * note or consent). The case is written in one statement with its link to the transcript; the
 * webhook runs afterwards.
 */
export async function handOff(
  deps: HandoffDeps,
  request: HandoffRequest,
): Promise<{ created: boolean; escalation: EscalationView }> {
  const session = await deps.store.loadSession(request.sessionId);
  if (!session) throw new UnknownSessionError();
  const note = request.note === undefined ? undefined : redact(request.note).text;

  // A conversation that moved on to another organisation gets a second case for it; the first
  // stays with its own caseworker. Back at the first organisation, its case goes on.
  const about =
    request.agencyId === undefined
      ? { agencyId: session.agencyId, topicId: session.topicId }
      : { agencyId: request.agencyId, topicId: request.topicId ?? null };
  const open = await deps.escalations.openForSession(session.id);
  const existing = caseFor(open, about.agencyId);
  if (existing) return continueCase(deps, existing, request, note);

  const agencyId =
    about.agencyId ??
    chooseContact(deps.catalog, deps.calendar, {
      agencyId: null,
      now: request.now,
      locale: request.locale,
    }).agencyId;
  const assignment = assignCaseworker(deps.catalog, deps.calendar, deps.handoff, {
    agencyId,
    topicId: about.topicId,
    now: request.now,
    locale: request.locale,
    openCases: await deps.escalations.openCasesPerCaseworker(agencyId),
  });
  const transcript = await deps.escalations.transcript(session.id);
  const signals = [...new Set(transcript.flatMap((turn) => turn.signals))];
  const prefix = deps.handoff.prefixes[assignment.agencyId] ?? 'WGW';
  const row: EscalationRow = {
    reference: newReference(prefix, deps.randomBytes),
    sessionId: session.id,
    agencyId: assignment.agencyId,
    topicId: assignment.agencyId === about.agencyId ? about.topicId : null,
    caseworkerId: assignment.caseworker.id,
    caseworkerName: assignment.caseworker.name,
    status: 'open',
    consent: request.consent,
    // A second case of the same conversation is called back on the number given for the first.
    callbackPhone:
      request.callbackPhone ?? open.find((row) => row.callbackPhone)?.callbackPhone ?? null,
    municipality: request.municipality ?? null,
    note: note ?? null,
    signals,
    channel: session.channel,
    createdAt: request.now,
    expectedContactAt: assignment.expectedContactAt,
    claimedBy: null,
    claimedByName: null,
    claimedAt: null,
    resolvedAt: null,
    outcome: null,
    webhookStatus: deps.notifier ? 'pending' : 'none',
    webhookAttempts: 0,
  };
  let written = await deps.escalations.create(row);
  if (!written) {
    // Another request for this conversation made the case between our read and our write:
    // go on with that one. (Its `escalation.created` webhook may reach the case system after
    // this request's `escalation.updated`; each carries the whole case under one reference.)
    const winner = caseFor(await deps.escalations.openForSession(session.id), row.agencyId);
    if (winner) return continueCase(deps, winner, request, note);
    // Nothing open blocked it, so the random reference was taken: draw another, once.
    row.reference = newReference(prefix, deps.randomBytes);
    written = await deps.escalations.create(row);
    if (!written) throw new Error(`the case for ${row.agencyId} could not be written`);
  }
  if (deps.notifier) deps.defer(deps.notifier.deliver(row));
  return { created: true, escalation: escalationView(deps, row, request.locale, request.now) };
}

/** A repeated request adds what it brings to the open case and answers with that case. */
async function continueCase(
  deps: HandoffDeps,
  existing: EscalationRow,
  request: HandoffRequest,
  note: string | undefined,
): Promise<{ created: false; escalation: EscalationView }> {
  // Only what differs: a request repeated word for word (a double click) changes nothing and
  // tells the case system nothing new.
  const differs = <K extends 'callbackPhone' | 'municipality' | 'note'>(
    key: K,
    value: EscalationRow[K] | undefined,
  ) => (value !== undefined && value !== existing[key] ? { [key]: value } : {});
  const change = {
    ...differs('callbackPhone', request.callbackPhone),
    ...differs('municipality', request.municipality),
    ...differs('note', note),
    // Consent can be given later, never silently taken back by a repeated request.
    ...(request.consent && !existing.consent ? { consent: true } : {}),
  };
  const updated =
    Object.keys(change).length > 0 ? await updateCase(deps, existing, change) : existing;
  return { created: false, escalation: escalationView(deps, updated, request.locale, request.now) };
}

/**
 * The open case a conversation has for an organisation: a conversation that moved on to
 * another organisation gets a case of its own; one without an organisation goes on with its
 * newest case.
 */
export function caseFor(
  open: readonly EscalationRow[],
  agencyId: string | null,
): EscalationRow | undefined {
  return agencyId === null ? open[0] : open.find((row) => row.agencyId === agencyId);
}

/** The citizen's view of a case, in their language, with the contact window relative to now. */
export function escalationView(
  deps: Pick<HandoffDeps, 'catalog' | 'handoff'>,
  row: EscalationRow,
  locale: Locale,
  now: Date,
): EscalationView {
  const agency = deps.catalog.agencies.get(row.agencyId);
  const caseworker = deps.catalog.rosters
    .get(row.agencyId)
    ?.contacts.find((contact) => contact.id === row.caseworkerId);
  const when = describeExpected(deps, row, locale, now);
  // Whoever picked the case up is the person's caseworker now, not whom it was assigned to.
  const caseworkerName = row.claimedByName ?? row.caseworkerName;
  const texts = deps.handoff.texts;
  const message = [
    fill((row.callbackPhone === null ? texts.createdNoPhone : texts.created)[locale], {
      who: whoAt(deps.catalog, caseworkerName, row.agencyId, locale),
      when,
      reference: row.reference,
    }),
    ...(row.consent ? [] : [texts.noConsent[locale]]),
  ].join(' ');
  return {
    reference: row.reference,
    agency: { id: row.agencyId, name: agency?.name[locale] ?? row.agencyId },
    caseworker: {
      // A team in the reader's language ("Team Benefit Repayments"); whoever picked it up, as named.
      name:
        caseworker && !row.claimedByName
          ? rosterNameIn(caseworker, locale)
          : addressedIn(caseworkerName, locale),
      role: caseworker?.role[locale] ?? '',
      kind: caseworker?.kind ?? 'person',
    },
    status: row.status,
    expectedContact: { text: when, at: row.expectedContactAt.toISOString() },
    consent: row.consent,
    municipality: row.municipality,
    callbackNumberKnown: row.callbackPhone !== null,
    remarkGiven: row.note !== null && row.note.length > 0,
    timeGiven: row.note !== null && givesATime(deps.handoff, row.note),
    message,
  };
}

/** The promise in words, relative to now: the window ends at `expectedContactAt`. */
function describeExpected(
  deps: Pick<HandoffDeps, 'handoff'>,
  row: EscalationRow,
  locale: Locale,
  now: Date,
): string {
  return describeWindow(
    deps.handoff,
    row.expectedContactAt,
    windowStart(deps.handoff, row),
    now,
    locale,
  );
}

/** When the callback window opens: when the case was made, or the caseworker's next opening. */
function windowStart(
  config: HandoffConfig,
  row: Pick<EscalationRow, 'createdAt' | 'expectedContactAt'>,
): Date {
  const window = config.callbackWindowHours * 60 * 60 * 1000;
  return new Date(Math.max(row.createdAt.getTime(), row.expectedContactAt.getTime() - window));
}

/**
 * When the caseworker is to call, as the citizen was told it: the person's own words when they
 * said when ("liefst tussen 10 en 12"; then no time of ours was promised), otherwise our window,
 * "vóór 20:00" (from: null, the case was made within it) or "09:00–11:00" (from its start).
 */
export function callbackTime(
  config: HandoffConfig,
  row: Pick<EscalationRow, 'note' | 'createdAt' | 'expectedContactAt'>,
): { wish: string | null; promised: boolean; from: Date | null } {
  // The same test as the citizen's answer (`timeGiven`): a time there, no time of ours.
  const timed = row.note !== null && givesATime(config, row.note);
  const lines = (row.note ?? '').split('\n').filter((line) => givesATime(config, line));
  const from = windowStart(config, row);
  return {
    wish: timed ? (lines.length > 0 ? lines.join('; ') : row.note) : null,
    promised: !timed,
    from: from.getTime() > row.createdAt.getTime() ? from : null,
  };
}
