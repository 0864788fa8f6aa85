import { DependencyError, type TurnStep } from '../context.js';

/** How far back the conversation is read for loops and repeated misunderstanding. */
export const HISTORY_TURNS = 6;

/**
 * Continues a known session or starts a new one (an unknown id starts a new one, per contract).
 * A known session's recent turns and open hand-off are read with it, in one batch, not one
 * after the other in later steps: on D1 or a remote libSQL server each read is a round trip.
 */
export const loadSession: TurnStep = {
  name: 'session',
  async run(context, deps) {
    const { sessionId } = context.input;
    let existing;
    if (sessionId) {
      try {
        const loaded = await deps.store.loadConversation(sessionId, HISTORY_TURNS);
        if (loaded) {
          existing = loaded.session;
          context.history = loaded.history;
          context.openEscalations = loaded.openEscalations;
        }
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
          pendingQuestion: null,
          handoffOffered: false,
          turnCount: 0,
        };
  },
};
