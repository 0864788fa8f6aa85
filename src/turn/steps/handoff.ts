import { escalationView, handOff } from '../../handoff/escalate.js';
import { DependencyError, required, type TurnStep } from '../context.js';

/**
 * Handles the answer to a hand-off offered in the previous turn ("ja, graag" hands the
 * conversation over, with consent to share it, as the offer said), and finds a hand-off the
 * conversation already has, so the answer can mention it.
 */
export const answerHandoff: TurnStep = {
  name: 'handoff',
  async run(context, deps) {
    const session = required(context.session, 'session');
    if (session.turnCount === 0) return;
    const text = required(context.redacted, 'redacted message').text;
    try {
      if (session.handoffOffered) {
        const answer = deps.handoffAnswer(text);
        if (answer !== 'other') context.handoffAnswer = answer;
        if (answer === 'accept') {
          const { escalation } = await handOff(deps, {
            sessionId: session.id,
            consent: true,
            now: context.now,
            locale: context.locale,
          });
          context.escalation = escalation;
          return;
        }
      }
      const active = context.activeEscalation;
      if (active) context.escalation = escalationView(deps, active, context.locale, context.now);
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};
