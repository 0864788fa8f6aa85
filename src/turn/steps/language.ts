import { required, type TurnStep } from '../context.js';

/**
 * Chooses the answer language: what the request asks for, else what the message is written in,
 * else what the conversation used so far.
 */
export const chooseLanguage: TurnStep = {
  name: 'language',
  run(context, deps) {
    const session = required(context.session, 'session');
    const text = required(context.redacted, 'redacted message').text;
    context.locale =
      context.input.locale ??
      deps.detectLanguage(text) ??
      (session.turnCount > 0 ? session.locale : 'nl');
  },
};
