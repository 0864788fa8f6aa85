import { DependencyError, required, type TurnStep } from '../context.js';

/** Stores the redacted turn and the conversation's new state in one write. */
export const persistTurn: TurnStep = {
  name: 'persist',
  async run(context, deps) {
    const session = required(context.session, 'session');
    const decision = required(context.decision, 'routing decision');
    const redacted = required(context.redacted, 'redacted message');
    const best =
      decision.kind === 'routed' || decision.kind === 'follow-up' ? decision.best : undefined;
    const clarify = decision.kind === 'clarify' || decision.kind === 'none';

    session.updatedAt = context.now;
    session.locale = context.locale;
    session.turnCount += 1;
    if (best) {
      session.agencyId = best.agencyId;
      session.topicId = best.topicId || session.topicId;
    }
    session.pendingOptions =
      decision.kind === 'clarify' ? decision.alternatives.map((c) => c.agencyId) : [];

    const durationMs = Object.values(context.timings).reduce((sum, ms) => sum + ms, 0);
    try {
      await deps.store.saveTurn(session, {
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
      });
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};
