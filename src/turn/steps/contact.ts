import { speaksFromAbroad } from '../../core/abroad.js';
import { chooseContact } from '../../core/contact.js';
import { required, type TurnStep } from '../context.js';

/** Picks the named person or team for this answer; there is always one. */
export const pickContact: TurnStep = {
  name: 'contact',
  run(context, deps) {
    const decision = required(context.decision, 'routing decision');
    const best =
      decision.kind === 'routed' || decision.kind === 'follow-up' ? decision.best : undefined;
    // "ik woon in Spanje" said earlier still holds: the number from abroad stays in the answer.
    // At a library kiosk the person is in the Netherlands, unless they say otherwise.
    const saysAbroad = speaksFromAbroad(deps.catalog.texts.abroad, [
      context.redacted?.text ?? context.input.message,
      ...context.history.map((turn) => turn.message),
    ]);
    const abroad = saysAbroad || (context.input.channel === 'kiosk' ? false : undefined);
    const contactOf = (agencyId: string | null, topicId: string | null) =>
      chooseContact(deps.catalog, deps.calendar, {
        agencyId,
        topicId,
        now: context.now,
        locale: context.locale,
        abroad,
        teamOnly: agencyId !== null && context.escalation?.agency.id === agencyId,
      });
    // "Which allowance: zorgtoeslag, huurtoeslag, …?" asks which topic, not which organisation:
    // the number is that organisation's, not the general government line.
    const [first, ...others] = decision.kind === 'clarify' ? decision.alternatives : [];
    const onlyOne = others.every((option) => option.agencyId === first?.agencyId);
    const asked = first && onlyOne ? first.agencyId : null;
    context.contact = contactOf(best?.agencyId ?? asked, best?.topicId ?? null);
    // In a crisis that also asks something else, the number to press is the crisis line's;
    // the other organisation's contact is still named in its own answer. Heard by the learned
    // reader alone, the line follows the answer (see compose), and so does its number.
    const line = context.crisis;
    if (line?.agencyId && line.agencyId !== best?.agencyId && !line.learned) {
      context.answerContact = context.contact;
      context.contact = contactOf(line.agencyId, line.topicId ?? null);
    }
  },
};
