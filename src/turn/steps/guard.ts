import { contactSentence } from '../../core/compose.js';
import { redact } from '../../core/redact.js';
import { required, type TurnStep } from '../context.js';

/**
 * Last checks on the answer, whoever wrote it: never echo personal data, never leave out the
 * human contact. An answer that fails is repaired rather than refused.
 */
export const guardReply: TurnStep = {
  name: 'guard',
  run(context, deps) {
    const contact = required(context.contact, 'contact');
    let reply = redact(required(context.reply, 'reply')).text.trim();
    if (!reply.includes(contact.phone)) {
      reply = `${reply} ${contactSentence(deps.catalog, contact, context.locale)}`.trim();
    }
    context.reply = reply;
  },
};
