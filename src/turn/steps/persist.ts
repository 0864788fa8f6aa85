import { suggestedAlternatives } from '../../core/compose.js';
import { updateCase } from '../../handoff/escalate.js';
import { askedBack, DependencyError, required, type TurnStep } from '../context.js';

const EXCERPT_LENGTH = 200;

/** Stores the redacted turn and the conversation's new state in one write. */
export const persistTurn: TurnStep = {
  name: 'persist',
  async run(context, deps) {
    const session = required(context.session, 'session');
    const decision = required(context.decision, 'routing decision');
    const redacted = required(context.redacted, 'redacted message');
    const best =
      decision.kind === 'routed' || decision.kind === 'follow-up' ? decision.best : undefined;
    const clarify = askedBack(context);

    session.updatedAt = context.now;
    session.locale = context.locale;
    session.turnCount += 1;
    if (best) {
      session.agencyId = best.agencyId;
      session.topicId = best.topicId || session.topicId;
    }
    // What we offered to choose from: a clarifying question's options, or the next best topics
    // after an answer we were not sure of. The next turn may pick one by name or number.
    // "weet ik niet" leaves the choice open: the options can still be picked afterwards.
    if (context.smallTalk !== 'unsure') {
      session.pendingOptions = (
        decision.kind === 'clarify' ? decision.alternatives : suggestedAlternatives(decision)
      ).map((c) => (c.topicId ? `${c.agencyId}/${c.topicId}` : c.agencyId));
      session.pendingQuestion = session.pendingOptions.length > 0 ? redacted.text : null;
    }
    // An offer stays open while the person asks on about the same subject ("is dat gratis?"), so
    // a "ja, graag" one question later still hands over; an answer or a new subject closes it.
    // A no keeps it open for one more turn, for a change of mind ("toch wel"); a case made on
    // the person's own request asks one question more: may the caseworker read the conversation.
    session.handoffOffered =
      context.offersHandoff ||
      context.asksConsent === true ||
      (context.handoffAnswer === 'decline' &&
        (!context.escalation || context.consent === 'declined')) ||
      (session.handoffOffered &&
        !context.afterDecline &&
        decision.kind === 'follow-up' &&
        !context.handoffAnswer &&
        !context.escalation);

    const durationMs = Object.values(context.timings).reduce((sum, ms) => sum + ms, 0);
    // A signal heard before the conversation had an organisation ("ik moet geld terugbetalen",
    // answered with a clarifying question) belongs to the one this turn names: the same event,
    // now placed, so it is counted once and where it can be acted on.
    const placesEarlier =
      best !== undefined &&
      context.history.some((turn) => turn.agencyId === null && turn.signals.length > 0);
    const pseudonym =
      context.newSignals.length > 0 || placesEarlier ? await deps.pseudonymize(session.id) : '';
    // A short redacted excerpt helps analysts read what a signal means; it expires with retention.
    // Words about danger to someone's life or body are health data, and are never kept.
    const excerpt =
      context.crisis || context.crisisBefore ? null : redacted.text.slice(0, EXCERPT_LENGTH);
    const events = context.newSignals.map((signal) => ({
      at: context.now,
      session: pseudonym,
      agencyId: best?.agencyId ?? null,
      topicId: best?.topicId || null,
      signal,
      channel: session.channel,
      excerpt,
    }));
    try {
      await deps.store.saveTurn(
        session,
        {
          seq: session.turnCount,
          createdAt: context.now,
          message: redacted.text,
          reply: required(context.reply, 'reply'),
          agencyId: best?.agencyId ?? null,
          topicId: best?.topicId || null,
          confidence: best?.confidence ?? null,
          clarify,
          signals: context.signals,
          redactedKinds: redacted.kinds,
          answeredBy: context.answeredBy,
          durationMs,
        },
        events,
        placesEarlier
          ? {
              session: pseudonym,
              since: session.createdAt,
              agencyId: best.agencyId,
              topicId: best.topicId || null,
            }
          : undefined,
      );
      // The case was made before this turn's signals were heard ("ik kan het niet betalen, bel
      // me op 06 …"): the caseworker sees them with the case, as those of earlier turns.
      if (context.caseMade && context.escalation && context.signals.length > 0) {
        const row = await deps.escalations.get(context.escalation.reference);
        const signals = row && [...new Set([...row.signals, ...context.signals])];
        if (row && signals && signals.length > row.signals.length) {
          await updateCase(deps, row, { signals });
        }
      }
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};
