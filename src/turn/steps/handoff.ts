import { escalationView, handOff } from '../../handoff/escalate.js';
import { givesOnlyANumber } from '../../core/handoff/intent.js';
import { phoneNumbersIn } from '../../core/redact.js';
import { DependencyError, required, type TurnStep } from '../context.js';

/**
 * Handles the answer to a hand-off offered in the previous turn ("ja, graag" hands the
 * conversation over, with consent to share it, as the offer said), takes a callback number the
 * person types for their hand-off, and finds a hand-off the conversation already has, so the
 * answer can mention it.
 *
 * The number is read from the raw message, because the stored turn holds only "[TELEFOON]": it
 * goes to the case, where the caseworker needs it, and nowhere else.
 */
export const answerHandoff: TurnStep = {
  name: 'handoff',
  async run(context, deps) {
    const session = required(context.session, 'session');
    if (session.turnCount === 0) return;
    const text = required(context.redacted, 'redacted message').text;
    // Read only when a number is wanted: it runs the redactor's detectors over the message again.
    const typedNumber = () => phoneNumbersIn(context.input.message)[0];
    const request = { sessionId: session.id, now: context.now, locale: context.locale };
    try {
      if (session.handoffOffered) {
        const answer = deps.handoffAnswer(text);
        if (answer !== 'other') context.handoffAnswer = answer;
        if (answer === 'accept') {
          const phone = typedNumber();
          const { escalation } = await handOff(deps, {
            ...request,
            consent: true,
            ...(phone ? { callbackPhone: phone } : {}),
          });
          context.escalation = escalation;
          context.callback = phone ? 'received' : 'asked';
          return;
        }
      }
      const active = context.activeEscalation;
      const phone =
        active && active.callbackPhone === null && givesOnlyANumber(text)
          ? typedNumber()
          : undefined;
      if (active && phone) {
        await deps.escalations.updateCallback(active.reference, { callbackPhone: phone });
        const updated = { ...active, callbackPhone: phone };
        context.escalation = escalationView(deps, updated, context.locale, context.now);
        context.callback = 'received';
        return;
      }
      if (active) context.escalation = escalationView(deps, active, context.locale, context.now);
    } catch (cause) {
      throw new DependencyError('database', { cause });
    }
  },
};
