import { chooseContact } from '../../core/contact.js';
import { required, type TurnStep } from '../context.js';

/** Picks the named person or team for this answer; there is always one. */
export const pickContact: TurnStep = {
  name: 'contact',
  run(context, deps) {
    const decision = required(context.decision, 'routing decision');
    const best =
      decision.kind === 'routed' || decision.kind === 'follow-up' ? decision.best : undefined;
    context.contact = chooseContact(deps.catalog, deps.calendar, {
      agencyId: best?.agencyId ?? null,
      topicId: best?.topicId ?? null,
      now: context.now,
      locale: context.locale,
    });
  },
};
