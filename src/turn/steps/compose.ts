import { asksWhatNowAboutDecision, saysDecisionIsWrong } from '../../core/objection.js';
import { nameInSentence, takesHandoffs } from '../../catalog/catalog.js';
import { fill } from '../../catalog/texts.js';
import { addressedIn } from '../../core/contact.js';
import {
  atSentenceStart,
  composeReply,
  contactAnswer,
  contactSentence,
} from '../../core/compose.js';
import { escalationView } from '../../handoff/escalate.js';
import { isInAnotherScript } from '../../core/language.js';
import type { RoutingDecision } from '../../core/routing/router.js';
import type { StuckSignal } from '../../core/stuck/signals.js';
import {
  isAboutTheHandoff,
  required,
  type TurnContext,
  type TurnDeps,
  type TurnStep,
} from '../context.js';

/** Signals after which the answer offers a hand-off to a caseworker. */
const OFFER_FOR: readonly StuckSignal[] = [
  'wants-human',
  'loop',
  'frustration',
  'not-understood',
  'hardship',
];

/** Signals after which an answer at a library kiosk first points to the library's staff. */
const KIOSK_HELP_FOR: readonly StuckSignal[] = [
  'wants-human',
  'digital-exclusion',
  'not-understood',
];

/** The library's own Informatiepunt Digitale Overheid, where the kiosk stands. */
const LIBRARY = 'informatiepunt';

/**
 * Signals that get the offer only at certain topics (data/handoff.json `offerAt`): someone in
 * debt talking to the municipality's debt help may want its team to call, while a question
 * about a payment arrangement elsewhere is answered by the arrangement.
 */
function offeredWith(
  deps: TurnDeps,
  signals: readonly StuckSignal[],
  decision: RoutingDecision,
): boolean {
  if (!('best' in decision)) return false;
  const topic = `${decision.best.agencyId}/${decision.best.topicId}`;
  return signals.some((signal) => deps.handoff.offerAt[signal]?.includes(topic) === true);
}

/**
 * The topic's fact for what the message asks ("hoe lang duurt dat?"), when there is one. A
 * choice among the options we offered answers what the question before it asked: "huurtoeslag"
 * after "hoe lang heb ik om terug te betalen?" wants the term for paying back.
 */
function factAsked(
  deps: TurnDeps,
  decision: RoutingDecision,
  message: string,
  session: TurnContext['session'],
) {
  if (decision.kind !== 'routed' && decision.kind !== 'follow-up') return {};
  const { agencyId, topicId } = decision.best;
  const chosen = session?.pendingOptions.includes(`${agencyId}/${topicId}`) === true;
  const asked = chosen && session?.pendingQuestion ? session.pendingQuestion : undefined;
  const now = deps.topicFacts.asked(message, agencyId, topicId);
  const fact =
    now?.fact ?? (asked ? deps.topicFacts.answerOf(asked, agencyId, topicId) : undefined);
  if (fact) return { fact };
  return now && !now.fact ? { factUnknown: now.kind } : {};
}

/** Writes the answer text from the routing decision, the stuck signals and the contact. */
export const compose: TurnStep = {
  name: 'compose',
  run(context, deps) {
    const decision = required(context.decision, 'routing decision');
    // A hand-off belongs to one organisation: when the conversation has moved on to another
    // (a UWV problem after a Toeslagen case), that one gets its own offer and its own case, and
    // back at the first, the first case is the one the answer mentions.
    const answered = 'best' in decision ? decision.best.agencyId : undefined;
    const ownCase = context.openEscalations.find((row) => row.agencyId === answered);
    const escalation =
      context.escalation &&
      (isAboutTheHandoff(context) || !answered || answered === context.escalation.agency.id)
        ? context.escalation
        : ownCase && escalationView(deps, ownCase, context.locale, context.now);
    if (escalation) context.escalation = escalation;
    // A crisis line is called, not called back: its answers offer no caseworker, and a person
    // in crisis is not also told how to complain or ask for an exception.
    const crisis = context.crisis;
    const line = answered ? deps.crisisIn.lineOf(answered) : undefined;
    const before = line ? undefined : context.crisisBefore;
    // Heard by the learned reader alone, in a message answered about something else (a bailiff
    // at the door, "ik weet het niet meer"): that answer keeps its help and its offer of a
    // caseworker, and the line follows it instead of opening with a question about suicide.
    const lineAfter = crisis?.learned === true && !line;
    const calm = (!crisis || lineAfter) && !line && !before;
    const closed = context.closedCase;
    context.offersHandoff =
      calm &&
      !closed &&
      !escalation &&
      !context.afterDecline &&
      (!answered || takesHandoffs(deps.catalog, answered)) &&
      (context.asksToBeCalled === true ||
        context.signals.some((signal) => OFFER_FOR.includes(signal)) ||
        offeredWith(deps, context.signals, decision));
    const contact = required(context.contact, 'contact');
    if (context.contactQuestion) {
      // The answer is the contact itself: nothing new to offer or to explain.
      context.offersHandoff = false;
      const reached = contactAnswer(deps.catalog, context.contactQuestion, contact, context.locale);
      // Someone who speaks little Dutch at a library kiosk has people right there to help.
      const answer =
        context.contactQuestion === 'language' && context.input.channel === 'kiosk'
          ? `${deps.catalog.texts.kioskHelp[context.locale]}\n\n${reached}`
          : reached;
      context.reply = before ? `${before.stay[context.locale]}\n\n${answer}` : answer;
      return;
    }
    // A case a caseworker closed: that it was dealt with, by whom, and whom to call.
    if (closed) {
      const agency = deps.catalog.agencies.get(closed.agencyId);
      const { texts } = deps.handoff;
      const text =
        closed.outcome === 'referred'
          ? texts.closedReferred
          : closed.outcome === 'no-contact'
            ? texts.closedNoContact
            : texts.closed;
      const said = fill(text[context.locale], {
        organisation: agency ? nameInSentence(agency)[context.locale] : closed.agencyId,
        caseworker: addressedIn(closed.claimedByName ?? closed.caseworkerName, context.locale),
        reference: closed.reference,
      });
      context.reply = `${said}\n\n${contactSentence(deps.catalog, contact, context.locale)}`;
      return;
    }
    // An answer that goes to a crisis line, with crisis words or without ("zelfmoort", "ok" after
    // its answer), is that line: the notice already says whom to call, so only when it is open
    // follows, and none of the usual answer. A later message hears the line again, not the first
    // question again: one without crisis words of its own, and one that tells more of the same
    // danger ("hij heeft mijn paspoort afgepakt" after "mijn man slaat mij").
    if (line) {
      const open = fill(deps.catalog.texts.contactHours[context.locale], { hours: contact.hours });
      const toldBefore = context.history.at(-1)?.agencyId === line.agencyId;
      const said = crisis && !toldBefore ? line.notice : line.stay;
      context.reply = `${said[context.locale]}\n\n${contact.status} ${open}`;
      return;
    }
    // "ja graag, bel me op 06…" to an organisation nobody here can hand over to: say so, with
    // the number to call, instead of an answer that did not hear them.
    if (context.asksToBeCalled && answered && !takesHandoffs(deps.catalog, answered) && calm) {
      const agency = deps.catalog.agencies.get(answered);
      const organisation = agency ? nameInSentence(agency)[context.locale] : answered;
      const said = fill(deps.handoff.texts.noCallbackHere[context.locale], {
        organisation: atSentenceStart(organisation),
      });
      context.reply = `${said}\n\n${contactSentence(deps.catalog, contact, context.locale, true)}`;
      return;
    }
    const message = required(context.redacted, 'redacted message').text;
    // An answer of the Informatiepunt at a library kiosk: its help is right here, the library's
    // staff. Not "we could not check its number, so here is another": 1400 is only the way to
    // call, and the contact's note says where the help is.
    const libraryHere =
      context.input.channel === 'kiosk' && answered === LIBRARY && contact.agencyId !== LIBRARY;
    if (libraryHere) contact.note = deps.catalog.texts.libraryHere[context.locale];
    // At a library kiosk the library's staff are the nearest people: for someone who wants a
    // person, cannot manage online or was not understood, they come first. A greeting or thanks
    // was understood: "dank u wel" is answered "Graag gedaan", not sent to the staff.
    const atKiosk =
      calm &&
      context.input.channel === 'kiosk' &&
      !context.smallTalk &&
      (libraryHere ||
        (decision.kind === 'none' && !context.outside) ||
        context.signals.some((signal) => KIOSK_HELP_FOR.includes(signal)));
    // The answer already starts with the staff here; the contact's note is for its box.
    const answerContact = context.answerContact ?? contact;
    const withoutNote = { ...answerContact };
    delete withoutNote.note;
    const reply = composeReply(
      deps.catalog,
      decision,
      libraryHere && atKiosk ? withoutNote : answerContact,
      context.locale,
      {
        help: deps.stuckHelp,
        handoff: deps.handoff,
        signals: calm ? context.signals : [],
        ...(escalation ? { escalation } : {}),
        ...(context.callback ? { callback: context.callback } : {}),
        ...(context.municipality ? { municipality: context.municipality } : {}),
        ...(context.callbackWish ? { callbackWish: true } : {}),
        ...(context.asksConsent ? { asksConsent: true } : {}),
        ...(context.consent ? { consent: context.consent } : {}),
        ...(context.caseQuestion ? { caseQuestion: true } : {}),
        ...(context.smallTalk ? { smallTalk: context.smallTalk } : {}),
        ...(context.outside ? { outside: context.outside.answer } : {}),
        ...(context.noCase
          ? { noCase: context.noCase.agencyId ? ('reference' as const) : ('none' as const) }
          : {}),
        ...(context.otherCases ? { otherCases: context.otherCases } : {}),
        // Only an answer that found nothing needs to know: routed answers never use it.
        otherScript: decision.kind === 'none' && isInAnotherScript(message),
        ...(context.handoffAnswer && context.handoffAnswer !== 'other'
          ? { handoffAnswer: context.handoffAnswer }
          : {}),
        offerHandoff: context.offersHandoff,
        objection:
          saysDecisionIsWrong(deps.stuckHelp.objection, answered, message) ||
          asksWhatNowAboutDecision(
            deps.stuckHelp.objection,
            answered,
            message,
            context.history.at(-1),
          ),
        ...factAsked(deps, decision, message, context.session),
        ...(atKiosk ? { kiosk: true } : {}),
        ...(libraryHere ? { libraryHere: true } : {}),
      },
    );
    const answer = atKiosk ? `${deps.catalog.texts.kioskHelp[context.locale]}\n\n${reply}` : reply;
    // In a crisis that also asks something else, the line that helps comes first; after one,
    // the line and 112 are said again on every answer.
    const told = before
      ? `${before.stay[context.locale]}\n\n${reply}`
      : context.asksToBeCalled && context.offersHandoff
        ? `${(context.saidYesToACall ? deps.stuckHelp.handoffOfferAfterYes : deps.stuckHelp.handoffOffer)[context.locale]}\n\n${contactSentence(deps.catalog, contact, context.locale)}`
        : answer;
    context.reply = !crisis
      ? told
      : lineAfter
        ? `${told}\n\n${crisis.notice[context.locale]}`
        : `${crisis.notice[context.locale]}\n\n${reply}`;
  },
};
