import { composeReply } from '../../core/compose.js';
import { required, type TurnStep } from '../context.js';

/** Writes the answer text from the routing decision and the contact. */
export const compose: TurnStep = {
  name: 'compose',
  run(context, deps) {
    context.reply = composeReply(
      deps.catalog,
      required(context.decision, 'routing decision'),
      required(context.contact, 'contact'),
      context.locale,
    );
  },
};
