import { redact } from '../../core/redact.js';
import type { TurnStep } from '../context.js';

/** Replaces personal data before anything downstream can store, log or send the message. */
export const redactMessage: TurnStep = {
  name: 'redact',
  run(context) {
    context.redacted = redact(context.input.message);
  },
};
