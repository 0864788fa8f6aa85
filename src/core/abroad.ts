import type { Texts } from '../catalog/texts.js';
import { phraseIndex, wordsCovered, words, type PhraseIndex } from './text.js';

const indexes = new WeakMap<Texts['abroad'], PhraseIndex>();

/**
 * Whether the person says they are abroad or asks about it ("ik woon in Spanje", "can I call
 * from abroad?"), in this message or an earlier one of the conversation: then a Dutch answer
 * also gives the number to dial from abroad, since 0800, 088 and 1400 numbers do not work there.
 */
export function speaksFromAbroad(abroad: Texts['abroad'], messages: readonly string[]): boolean {
  let index = indexes.get(abroad);
  if (!index) {
    index = phraseIndex(abroad.phrases);
    indexes.set(abroad, index);
  }
  const phrases = index;
  return messages.some((message) => wordsCovered(words(message), phrases).size > 0);
}
