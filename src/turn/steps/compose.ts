import { composeReply } from '../../core/compose.js';
import type { StuckSignal } from '../../core/stuck/signals.js';
import { required, type TurnStep } from '../context.js';

/** Signals after which the answer offers a hand-off to a caseworker. */
const OFFER_FOR: readonly StuckSignal[] = [
  'wants-human',
  'loop',
  'frustration',
  'not-understood',
  'hardship',
];

/** Writes the answer text from the routing decision, the stuck signals and the contact. */
export const compose: TurnStep = {
  name: 'compose',
  run(context, deps) {
    context.offersHandoff =
      !context.escalation && context.signals.some((signal) => OFFER_FOR.includes(signal));
    context.reply = composeReply(
      deps.catalog,
      required(context.decision, 'routing decision'),
      required(context.contact, 'contact'),
      context.locale,
      {
        help: deps.stuckHelp,
        handoff: deps.handoff,
        signals: context.signals,
        ...(context.escalation ? { escalation: context.escalation } : {}),
        ...(context.handoffAnswer && context.handoffAnswer !== 'other'
          ? { handoffAnswer: context.handoffAnswer }
          : {}),
        offerHandoff: context.offersHandoff,
      },
    );
  },
};
