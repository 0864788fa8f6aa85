import { words } from '../text.js';
import type { HandoffConfig } from './config.js';

export type HandoffAnswer = 'accept' | 'decline' | 'other';

/**
 * Reads a short answer to our offer. Only short replies count ("ja, graag", "nee dank u"):
 * a longer message is a new question, even if it starts with "ja".
 */
export function createHandoffIntent(config: HandoffConfig) {
  const phrases = (list: string[]) => new Set(list.map((phrase) => words(phrase).join(' ')));
  const accept = phrases([...config.accept.nl, ...config.accept.en]);
  const decline = phrases([...config.decline.nl, ...config.decline.en]);
  return function answer(text: string): HandoffAnswer {
    const said = words(text).join(' ');
    if (accept.has(said)) return 'accept';
    if (decline.has(said)) return 'decline';
    return 'other';
  };
}
