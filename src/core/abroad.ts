import type { Texts } from '../catalog/texts.js';
import { createPhraseTest } from './text.js';

const tests = new WeakMap<Texts['abroad'], (text: string) => boolean>();

/**
 * Whether the person says they are abroad or asks about it ("ik woon in Spanje", "can I call
 * from abroad?"), in this message or an earlier one of the conversation: then a Dutch answer
 * also gives the number to dial from abroad, since 0800, 088 and 1400 numbers do not work there.
 */
export function speaksFromAbroad(abroad: Texts['abroad'], messages: readonly string[]): boolean {
  let says = tests.get(abroad);
  if (!says) {
    says = createPhraseTest(abroad.phrases);
    tests.set(abroad, says);
  }
  return messages.some(says);
}
