import { withoutCallWords } from '../../core/handoff/intent.js';
import type { RoutingDecision } from '../../core/routing/router.js';
import { isAboutTheHandoff, required, type TurnStep } from '../context.js';

/** Asks the built-in router which agency fits, in the light of the conversation so far. */
export const routeQuestion: TurnStep = {
  name: 'route',
  run(context, deps) {
    const session = required(context.session, 'session');
    const text = required(context.redacted, 'redacted message').text;
    // Read once: the router's crisis lines are given it below, and the answer puts it first.
    context.crisis = deps.crisisIn(text);
    if (!context.crisis) {
      const at = context.history.findLastIndex(
        (turn) => turn.agencyId !== null && deps.crisisIn.lineOf(turn.agencyId) !== undefined,
      );
      const earlier = context.history[at];
      const line = earlier?.agencyId ? deps.crisisIn.lineOf(earlier.agencyId) : undefined;
      // A line only the learned reader heard was a guess; "nee, ik bedoel de belastingdienst"
      // after it says it was wrong, and the line is not said again on every later answer.
      const denied =
        earlier !== undefined &&
        [...context.history.slice(at + 1).map((turn) => turn.message), text].some((said) =>
          deps.crisisIn.denies(said),
        ) &&
        deps.crisisIn(earlier.message)?.learned === true;
      if (line && !denied) context.crisisBefore = line;
    }
    if (context.closedCase) {
      const { agencyId, topicId } = context.closedCase;
      context.decision = {
        kind: 'routed',
        best: { agencyId, topicId: topicId ?? '', confidence: 1, score: 0 },
        alternatives: [],
      };
      return;
    }
    if (context.noCase) {
      // No case to tell about: the organisation its reference names, or the general desk.
      const named = context.noCase.agencyId;
      context.decision = named
        ? {
            kind: 'routed',
            best: { agencyId: named, topicId: '', confidence: 1, score: 0 },
            alternatives: [],
          }
        : { kind: 'none', alternatives: [] };
      return;
    }
    // "ok" after a crisis line's answer stays with that line, also when a case is open.
    const atLine =
      session.agencyId && deps.crisisIn.lineOf(session.agencyId) ? session.agencyId : undefined;
    const agencyId = context.escalation?.agency.id ?? session.agencyId;
    // "goedemorgen", "dank je wel": the conversation's organisation stays, if it has one. An
    // answer to an offer of a caseworker ("ok", "ja") is read by the hand-off steps first.
    // Options offered do not make "dank u" a question the router failed to understand, nor
    // "nee" a pick: it asks what else it is about. "weet ik niet" gets whom to call for the
    // option the question itself named ("een brief van de belastingdienst"), else the
    // conversation's organisation, else the general desk, which helps find the right one: the
    // first option was a guess the person just said they cannot make.
    const offered = session.pendingOptions.length > 0;
    const smallTalk = isAboutTheHandoff(context) ? undefined : deps.smallTalkIn(text);
    const staysWith = (id: string, topicId = session.topicId ?? ''): RoutingDecision => ({
      kind: 'follow-up',
      best: { agencyId: id, topicId, confidence: 1, score: 0 },
      alternatives: [],
    });
    if (smallTalk) {
      context.smallTalk = smallTalk;
      const namedAgency = session.pendingQuestion
        ? deps.agencyNamedIn(session.pendingQuestion)?.agencyId
        : undefined;
      const [optionAgency = '', optionTopic = ''] =
        session.pendingOptions.find((option) => option.split('/')[0] === namedAgency)?.split('/') ??
        [];
      const stays = atLine ?? agencyId;
      context.decision = optionAgency
        ? staysWith(optionAgency, optionTopic)
        : stays
          ? staysWith(stays)
          : { kind: 'none', alternatives: [] };
      return;
    }
    if (isAboutTheHandoff(context) && agencyId) {
      context.decision = staysWith(agencyId);
      return;
    }
    // "kan iemand mij bellen? mijn nummer is …" names no subject: the call is about the
    // conversation's organisation. "bel mij terug over mijn WW: 06 …" is routed as a question.
    // When to call ("morgen na 3 uur") is no subject either.
    const withoutWish = deps.callbackWishIn(text) ?? text;
    if (context.callRequest && agencyId && deps.router.subjectOf(withoutWish).length === 0) {
      context.decision = staysWith(agencyId);
      return;
    }
    // "wanneer zijn ze open?" after an answer is about that organisation, whatever "open" means
    // in the catalog; "wat is het nummer van het UWV?" names another.
    // "kan iemand mij bellen? mijn nummer is …" asks to be called, not for a number.
    const asked = context.crisis || context.callRequest ? undefined : deps.contactQuestionIn(text);
    if (agencyId && asked && deps.router.subjectOf(asked.rest).length === 0) {
      context.contactQuestion = asked.kind;
      context.decision = staysWith(agencyId);
      return;
    }
    // "wat is het nummer van de SVB?", "can I visit the IND office?": that organisation's
    // contact, not a topic the router would make of the rest.
    // The name is read first: "office" in "when is the tax office open?" is part of a name, not
    // a visit, and without it "tax" would be a subject of its own.
    const name = asked ? deps.agencyNamedIn(text) : undefined;
    const askedBesideName = name ? deps.contactQuestionIn(name.rest) : undefined;
    const afterQuestion = asked && !askedBesideName ? deps.agencyNamedIn(asked.rest) : undefined;
    const named =
      name && askedBesideName
        ? { agencyId: name.agencyId, kind: askedBesideName.kind, rest: askedBesideName.rest }
        : asked && afterQuestion
          ? { agencyId: afterQuestion.agencyId, kind: asked.kind, rest: afterQuestion.rest }
          : undefined;
    if (asked && named && deps.router.subjectOf(named.rest).length === 0) {
      context.contactQuestion = named.kind;
      context.decision = {
        kind: 'routed',
        best: { agencyId: named.agencyId, topicId: '', confidence: 1, score: 0 },
        alternatives: [],
      };
      return;
    }
    // "do you speak English?", "ik spreek geen Nederlands" before any subject: the general
    // contact answers it, not a topic the router would make of "speak" or "office".
    if (asked && !agencyId && !named && deps.router.subjectOf(asked.rest).length === 0) {
      context.contactQuestion = asked.kind;
      context.decision = { kind: 'none', alternatives: [] };
      return;
    }
    // The crisis is heard in all of the message; what else it asks is read without the wish to
    // be called ("… kan iemand mij terugbellen?" is no question for the ombudsman).
    const crisisHeard =
      context.crisis && context.callRequest
        ? { ...context.crisis, rest: withoutCallWords(context.crisis.rest) }
        : context.crisis;
    const decision = deps.router.route(
      context.callRequest ? withoutCallWords(text) : text,
      {
        agencyId: session.agencyId,
        topicId: session.topicId,
        options: session.pendingOptions,
        optionsFor: session.pendingQuestion ?? undefined,
        crisis: { heard: crisisHeard },
      },
      context.locale,
    );
    // "I need a doctor": no organisation here helps, so the answer says where to go, instead of
    // the organisation a word of it happened to match. A crisis, an organisation named, a known
    // confusion's rule and a follow-up the conversation explains all come first.
    const outside =
      context.crisis ||
      decision.kind === 'follow-up' ||
      (decision.kind === 'routed' && decision.rule)
        ? undefined
        : deps.outsideIn(text);
    if (outside && !deps.agencyNamedIn(text)) {
      context.outside = outside;
      context.decision = { kind: 'none', alternatives: [] };
      return;
    }
    // "wat kost dat?" right after we asked which subject it is about names none: the choice is
    // still to be made, so the same options are offered again, and the question waits for it.
    if (
      context.history.at(-1)?.clarify === true &&
      offered &&
      !context.crisis &&
      (decision.kind === 'clarify' || decision.kind === 'none') &&
      deps.router.subjectOf(text).length === 0
    ) {
      context.decision = {
        kind: 'clarify',
        again: true,
        alternatives: session.pendingOptions.map((option) => {
          const [agencyId = '', topicId = ''] = option.split('/');
          return { agencyId, topicId, score: 0, confidence: 1 / session.pendingOptions.length };
        }),
      };
      return;
    }
    // On an agency's own site the first question has that agency as its context, but nothing
    // was answered yet: it gets a first answer, not "nog steeds" as if it followed one.
    context.decision =
      session.turnCount === 0 && decision.kind === 'follow-up'
        ? { kind: 'routed', best: decision.best, alternatives: decision.alternatives }
        : decision;
  },
};
