import { SHORT_REPLY_WORDS } from '../../core/language.js';
import { words } from '../../core/text.js';
import { required, type TurnStep } from '../context.js';

/**
 * Chooses the answer language: what the request asks for, else what the message is written in,
 * else what the conversation used so far, else the page's. A short reply keeps the
 * conversation's language.
 */
export const chooseLanguage: TurnStep = {
  name: 'language',
  run(context, deps) {
    const session = required(context.session, 'session');
    const text = required(context.redacted, 'redacted message').text;
    const ongoing = session.turnCount > 0;
    // "ok" on an English page is English: a short message does not outweigh the page either.
    const short = words(text).length <= SHORT_REPLY_WORDS;
    const detected =
      short && (ongoing || context.input.defaultLocale) ? undefined : deps.detectLanguage(text);
    context.locale =
      context.input.locale ??
      detected ??
      (ongoing ? session.locale : (context.input.defaultLocale ?? 'nl'));
  },
};
