import { publicPhoneNumbers } from '../../catalog/catalog.js';
import {
  caseFor,
  escalationView,
  handOff,
  NOTE_MAX_LENGTH,
  updateCase,
  type EscalationView,
} from '../../handoff/escalate.js';
import { givesAnIncompleteNumber, givesOnlyANumber } from '../../core/handoff/intent.js';
import { needsMunicipality } from '../../core/handoff/municipality.js';
import { REFERENCE_PATTERN } from '../../core/handoff/reference.js';
import { phoneNumbersIn } from '../../core/redact.js';
import { candidatesOf } from '../../core/routing/router.js';
import { words } from '../../core/text.js';
import type { EscalationRow } from '../../db/schema.js';
import {
  DependencyError,
  required,
  type TurnContext,
  type TurnDeps,
  type TurnStep,
} from '../context.js';

/** Words that make a yes a request ("ja, graag"), not an acknowledgement ("ok"). */
const PLEASE = new Set(['graag', 'alstublieft', 'alsjeblieft', 'please']);

/** A yes to reading the conversation is short: a longer message says something else. */
const CONSENT_MAX_WORDS = 6;

/** Words that make a yes to reading the conversation: "ja", "prima", "dat mag" (not "ok"). */
const CONSENT_WORDS = new Set([
  ...PLEASE,
  'ja',
  'jawel',
  'jazeker',
  'zeker',
  'prima',
  'akkoord',
  'mag',
  'yes',
  'yeah',
  'sure',
]);

/**
 * Reads what a message says about a hand-off: the answer to one offered in the previous turn
 * ("ja, graag" hands the conversation over, with consent to share it, as the offer said; "nee"
 * may be changed in the next message); a number typed with a request where nothing was offered
 * (the case is made once the turn is routed, by `takeCallRequest`); the answer to whether the
 * caseworker of such a case may read the conversation; and, for an open case, the callback
 * number, when to call, where the person lives, or a question about the case.
 *
 * The number is read from the raw message, because the stored turn holds only "[TELEFOON]": it
 * goes to the case, where the caseworker needs it, and nowhere else.
 */
export const answerHandoff: TurnStep = {
  name: 'handoff',
  async run(context, deps) {
    const session = required(context.session, 'session');
    const text = required(context.redacted, 'redacted message').text;
    // Read only when a number is wanted: it runs the redactor's detectors over the message again.
    // An organisation's own number ("is 0800-0543 gratis?") is not where to call the person.
    const typedNumber = () =>
      phoneNumbersIn(context.input.message).find((number) => !isPublicNumber(deps, number));
    const asksForIt = () => deps.mentionsACall(text) || words(text).some((w) => PLEASE.has(w));
    if (context.openEscalations.length === 0 && !session.handoffOffered) {
      // "ja, graag" or a phone number where nothing was offered: the person wants to be called.
      // "ok" or "prima" there only says the answer was heard; "ja, graag" asks for something.
      const asks = deps.handoffAnswer(text) === 'accept' && words(text).some((w) => PLEASE.has(w));
      // With their own number and a request ("kan iemand mij bellen? mijn nummer is …"), the
      // case is made once the turn is routed: asking them to type it again would lose it.
      const requested =
        (asks || givesOnlyANumber(text) || deps.mentionsACall(text)) && deps.numberGivenIn(text);
      const phone = requested ? typedNumber() : undefined;
      if (phone) {
        context.callRequest = { phone, remark: deps.remarkIn(text) };
        return;
      }
      // Without a number, they get the offer, with what it shares, rather than an answer that
      // did not hear them.
      if (asks || givesOnlyANumber(text)) {
        context.asksToBeCalled = true;
        context.saidYesToACall = asks;
        return;
      }
      const rest = deps.asksAboutTheCase(text);
      if (
        rest !== undefined &&
        deps.router.subjectOf(rest).length === 0 &&
        !deps.saysTheyCalled(text)
      ) {
        // A case a caseworker closed is no longer open, but it is not "no case" either.
        const closed = await deps.escalations.lastResolvedForSession(session.id);
        if (closed) context.closedCase = closed;
        else context.noCase = { agencyId: referencedAgency(deps, context.input.message) };
      }
      return;
    }
    const request = { sessionId: session.id, now: context.now, locale: context.locale };
    const ownCase = caseFor(context.openEscalations, session.agencyId);
    try {
      // A case made on the person's own request asked whether its caseworker may read the
      // conversation: a clear yes gives that, a no keeps the case without it, and a number
      // typed there corrects the one to call.
      if (session.handoffOffered && ownCase && !ownCase.consent) {
        const answer = deps.handoffAnswer(text);
        const phone = typedNumber();
        if (answer === 'decline' && deps.router.subjectOf(text).length === 0) {
          context.handoffAnswer = 'decline';
          context.consent = 'declined';
          context.escalation = escalationView(deps, ownCase, context.locale, context.now);
          return;
        }
        // "ja, graag", also said as a change of mind ("toch wel, ja graag").
        const said = words(text);
        const yes =
          (answer === 'accept' || said.length <= CONSENT_MAX_WORDS) &&
          said.some((word) => CONSENT_WORDS.has(word)) &&
          deps.router.subjectOf(text).length === 0;
        if (yes && !phone) {
          const updated = await updateCase(deps, ownCase, { consent: true });
          context.handoffAnswer = 'accept';
          context.consent = 'given';
          context.escalation = escalationView(deps, updated, context.locale, context.now);
          askMunicipalityIfNeeded(context, deps, context.escalation);
          return;
        }
        if (phone && deps.numberGivenIn(text)) {
          const updated = await updateCase(deps, ownCase, { callbackPhone: phone });
          context.escalation = escalationView(deps, updated, context.locale, context.now);
          context.callback = 'received';
          // Still unanswered: the question whether the conversation may be read stays.
          context.asksConsent = true;
          return;
        }
      } else if (session.handoffOffered) {
        const previous = context.history.at(-1);
        context.afterDecline =
          previous !== undefined && deps.handoffAnswer(previous.message) === 'decline';
        let answer = deps.handoffAnswer(text);
        // "nee, maar hoe zit het met mijn AOW?" is a question.
        if (answer === 'decline' && deps.router.subjectOf(text).length > 0) answer = 'other';
        // Right after a no, "ok" only says it was heard; "ja, graag" or a number changes the mind.
        if (answer === 'accept' && context.afterDecline && !asksForIt() && !typedNumber()) {
          answer = 'other';
        }
        // The offer asked for a number: one typed with words about when or why ("06 …, liefst
        // tussen 10 en 12", "toch wel, bel me op 06 …") is a yes, and the words are for the case.
        if (answer === 'other' && deps.numberGivenIn(text) && typedNumber()) answer = 'accept';
        if (answer !== 'other') context.handoffAnswer = answer;
        if (answer === 'accept') {
          const phone = typedNumber();
          // "toch wel, bel me op 06 …" says no more than the yes: no note, and our time. Only
          // what it says beyond the yes, the number and the subject goes to the note.
          const remark = phone === undefined ? undefined : deps.remarkIn(text);
          const { escalation, created } = await handOff(deps, {
            ...request,
            consent: true,
            ...(phone ? { callbackPhone: phone } : {}),
            ...(remark ? { note: withRemark(ownCase?.note ?? null, remark) } : {}),
          });
          context.escalation = escalation;
          context.caseMade = created;
          context.callback = phone
            ? 'received'
            : escalation.callbackNumberKnown
              ? 'known'
              : 'asked';
          if (remark) context.callbackWish = true;
          if (context.callback !== 'asked') askMunicipalityIfNeeded(context, deps, escalation);
          return;
        }
      }
      // The newest case is the one that just asked for a number or a place; the one the
      // conversation is now about is the one its answers mention.
      const [newest] = context.openEscalations;
      if (!newest) return;
      // Typed where the number was asked for, a number is the person's own, whatever they say
      // beside it, unless they say they called it: the router's idea of a subject would find
      // one in "ik ben er altijd".
      const phone =
        newest.callbackPhone === null && deps.numberGivenIn(text) ? typedNumber() : undefined;
      if (phone) {
        // "… na vijf uur", "ik ben er altijd": what comes with the number is for the caseworker.
        const said = deps.remarkIn(text);
        const remark = said === undefined ? {} : { note: withRemark(newest.note, said) };
        const updated = await updateCase(deps, newest, { callbackPhone: phone, ...remark });
        context.escalation = escalationView(deps, updated, context.locale, context.now);
        context.callback = 'received';
        if ('note' in remark) context.callbackWish = true;
        askMunicipalityIfNeeded(context, deps, context.escalation);
        return;
      }
      if (newest.callbackPhone === null && givesAnIncompleteNumber(text)) {
        context.escalation = escalationView(deps, newest, context.locale, context.now);
        context.callback = 'incomplete';
        return;
      }
      const noPhone = newest.callbackPhone === null ? deps.saysNoPhone(text) : undefined;
      if (noPhone !== undefined && deps.router.subjectOf(noPhone).length === 0) {
        const updated = await updateCase(deps, newest, { note: withRemark(newest.note, text) });
        context.escalation = escalationView(deps, updated, context.locale, context.now);
        context.callback = 'none';
        return;
      }
      const awaited = awaitsMunicipality(deps, newest);
      const place = awaited ? placeAnswer(deps, text) : null;
      if (place) {
        const updated = await updateCase(deps, newest, { municipality: place });
        context.escalation = escalationView(deps, updated, context.locale, context.now);
        context.municipality = { received: place };
        return;
      }
      const view = (row: EscalationRow) => escalationView(deps, row, context.locale, context.now);
      const current =
        context.openEscalations.find((row) => row.agencyId === session.agencyId) ?? newest;
      const wish = deps.callbackWishIn(text);
      if (wish !== undefined && deps.router.subjectOf(wish).length === 0) {
        // "bel me na drie uur op 06…" where the number was still missing gives both.
        const phone = current.callbackPhone === null ? typedNumber() : undefined;
        const updated = await updateCase(deps, current, {
          note: withRemark(current.note, text),
          ...(phone ? { callbackPhone: phone } : {}),
        });
        context.escalation = view(updated);
        context.callbackWish = true;
        if (awaited) context.municipality = { asked: true };
        return;
      }
      const asked = casesAskedAbout(deps, text, context.openEscalations);
      const [first, ...others] = asked ?? [current];
      context.escalation = view(first ?? newest);
      if (asked) {
        context.caseQuestion = true;
        if (others.length > 0) context.otherCases = others.map(view);
      }
      // Still missing ("waarom?" came instead): the answer about the case asks once more.
      if (awaited) context.municipality = { asked: true };
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};

/** The case's note with the person's (redacted) remark added, within the note's length. */
function withRemark(note: string | null, remark: string): string {
  const added = note ? `${note}\n${remark}` : remark;
  return added.length <= NOTE_MAX_LENGTH ? added : added.slice(added.length - NOTE_MAX_LENGTH);
}

/** The agency a case reference names by its prefix ("TSL-4K7-92Q" is Dienst Toeslagen). */
function referencedAgency(deps: TurnDeps, message: string): string | null {
  const prefix = REFERENCE_IN_TEXT.exec(message)?.[0].slice(0, 3).toUpperCase();
  const found = Object.entries(deps.handoff.prefixes).find(([, own]) => own === prefix);
  return found ? found[0] : null;
}
/** A reference anywhere in a message, in any case: the pattern of `newReference`, unanchored. */
const REFERENCE_IN_TEXT = new RegExp(`\\b${REFERENCE_PATTERN.source.slice(1, -1)}\\b`, 'i');

/** Where the person lives is asked after their phone number, and awaited until it is known. */
function awaitsMunicipality(deps: TurnDeps, row: EscalationRow): boolean {
  return (
    needsMunicipality(deps.handoff, row.agencyId) &&
    row.municipality === null &&
    row.callbackPhone !== null
  );
}

function askMunicipalityIfNeeded(context: TurnContext, deps: TurnDeps, view: EscalationView) {
  if (needsMunicipality(deps.handoff, view.agency.id) && view.municipality === null)
    context.municipality = { asked: true };
}

/**
 * The open cases a message asks about: "is mijn zaak al klaar?" asks about every one, "is mijn
 * huurtoeslag al geregeld?" about the Toeslagen case. "de deurwaarder heeft gebeld" or "wanneer
 * belt u over mijn WW?" (with only a Toeslagen case) name a subject of their own: undefined,
 * and they are routed as usual.
 */
function casesAskedAbout(
  deps: TurnDeps,
  text: string,
  open: readonly EscalationRow[],
): EscalationRow[] | undefined {
  const rest = deps.asksAboutTheCase(text);
  if (rest === undefined) return undefined;
  if (deps.router.subjectOf(rest).length === 0) return [...open];
  const [other] = candidatesOf(deps.router.route(rest));
  const named = open.filter((row) => row.agencyId === other?.agencyId);
  return named.length > 0 ? named : undefined;
}

/**
 * A place name, not a new question that happens to be short ("huurtoeslag"). Said with a lead-in
 * ("gemeente Utrecht", "ik woon in Oss") it is a place whatever the router makes of it; and so
 * is a name in the old genitive ("'s-Hertogenbosch"), which only places have.
 */
function placeAnswer(deps: TurnDeps, text: string): string | null {
  const place = deps.municipalityIn(text);
  if (!place) return null;
  const ledIn = words(place).length < words(text).length;
  if (ledIn || /^['’]s-/u.test(place)) return place;
  return deps.router.route(place).kind === 'routed' ? null : place;
}

const publicNumbers = new WeakMap<TurnDeps['catalog'], Set<string>>();

/** Whether a number is one of the organisations' own, compared by its digits. */
function isPublicNumber(deps: TurnDeps, number: string): boolean {
  let digits = publicNumbers.get(deps.catalog);
  if (!digits) {
    digits = new Set(publicPhoneNumbers(deps.catalog).map((number) => number.replace(/\D/g, '')));
    publicNumbers.set(deps.catalog, digits);
  }
  return digits.has(number.replace(/\D/g, ''));
}
