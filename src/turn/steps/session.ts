import { DependencyError, type TurnStep } from '../context.js';

/** Continues a known session or starts a new one (an unknown id starts a new one, per contract). */
export const loadSession: TurnStep = {
  name: 'session',
  async run(context, deps) {
    const { sessionId } = context.input;
    let existing;
    if (sessionId) {
      try {
        existing = await deps.store.loadSession(sessionId);
      } catch (cause) {
        throw new DependencyError('database', { cause });
      }
    }
    context.session = existing
      ? { ...existing }
      : {
          id: context.input.sessionIdForNew ?? deps.newId(),
          createdAt: context.now,
          updatedAt: context.now,
          locale: context.input.locale ?? 'nl',
          channel: context.input.channel,
          // On an agency's own site, a question without a subject is about that agency.
          agencyId:
            context.input.agencyHint && deps.catalog.agencies.has(context.input.agencyHint)
              ? context.input.agencyHint
              : null,
          topicId: null,
          pendingOptions: [],
          handoffOffered: false,
          turnCount: 0,
        };
  },
};
