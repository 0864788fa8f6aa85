import { takesHandoffs } from '../../catalog/catalog.js';
import { handOff } from '../../handoff/escalate.js';
import { candidatesOf } from '../../core/routing/router.js';
import { DependencyError, required, type TurnStep } from '../context.js';

/**
 * Makes the case a person asked for with their number where nothing was offered ("kan iemand
 * mij bellen? mijn nummer is …"), for the organisation this turn is about. They were not told
 * that the caseworker reads the conversation, so the case is made without that consent; the
 * answer asks for it. A crisis line or an organisation nobody here takes hand-offs for gets
 * the answer to "bel me" it always got: whom to call.
 */
export const takeCallRequest: TurnStep = {
  name: 'call-request',
  async run(context, deps) {
    const request = context.callRequest;
    if (!request) return;
    const session = required(context.session, 'session');
    const decision = required(context.decision, 'routing decision');
    const [best] = decision.kind === 'clarify' ? [] : candidatesOf(decision);
    const agencyId = best?.agencyId ?? session.agencyId;
    // A crisis only the learned reader heard, in a question about something else, still gets
    // the call it asks for (the answer names the line as well).
    const crisis = (context.crisis && !context.crisis.learned) || context.crisisBefore;
    // "kunt u mij bellen over mijn uitkering? 06 …" asked back: which organisation is not known
    // yet, and the conversation's earlier one need not be it. The offer comes first.
    const unsure = decision.kind === 'clarify';
    if (crisis || unsure || (agencyId && !takesHandoffs(deps.catalog, agencyId))) {
      context.asksToBeCalled = true;
      return;
    }
    try {
      // A first message has no stored session yet; the case must belong to one.
      if (session.turnCount === 0) await deps.store.createSession(session);
      const { escalation, created } = await handOff(deps, {
        sessionId: session.id,
        now: context.now,
        locale: context.locale,
        consent: false,
        callbackPhone: request.phone,
        ...(request.remark ? { note: request.remark } : {}),
        agencyId,
        topicId: best?.topicId || (agencyId === session.agencyId ? session.topicId : null),
      });
      context.escalation = escalation;
      context.caseMade = created;
      context.asksConsent = !escalation.consent;
      // Asked back, or not understood: the turn is about the case's organisation now, so the
      // answer's contact and the next question are its, not a list of options.
      if (!best) {
        context.decision = {
          kind: 'routed',
          best: { agencyId: escalation.agency.id, topicId: '', confidence: 1, score: 0 },
          alternatives: [],
        };
      }
      if (request.remark) context.callbackWish = true;
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};
