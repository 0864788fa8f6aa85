import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * Word order and tense: Dutch puts the verb last in subordinate clauses ("omdat ik het niet kon
 * betalen"), and people tell what happened in the past tense.
 */
describe('word order and tense', () => {
  it.each<[string, StuckSignal]>([
    ['Ik schrijf omdat ik de rekening niet kon betalen', 'debt'],
    ['Het probleem is dat ik het niet in één keer kan betalen', 'debt'],
    ['Doordat we de huur niet meer konden opbrengen, kregen we een brief', 'debt'],
    ['Ik vraag het omdat ik niet rondkom van mijn uitkering', 'hardship'],
    ['Ik heb een schuld bij het CJIB en weet niet hoe het verder moet', 'debt'],
    ['Er staat nog een schuld van 3000 euro open', 'debt'],
    ['We were not able to pay the gas bill last winter', 'debt'],
    ["I can't lose my house, please help", 'hardship'],
    ["We can't be evicted, the baby is two weeks old", 'hardship'],
    ['Ik kan de brief van de gemeente niet goed lezen', 'digital-exclusion'],
    ['Ik heb talloze keren gebeld en ik krijg niemand', 'loop'],
    ['Keer op keer dezelfde brief en steeds weer hetzelfde verhaal', 'loop'],
  ])('hears it in %j (%s)', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });

  it.each<[string, StuckSignal]>([
    ['Het is mijn schuld, ik had beter moeten opletten', 'debt'],
    ['Ik kon het gelukkig wel betalen', 'debt'],
    ['I was not able to find the form online', 'debt'],
  ])('hears nothing of the kind in %j (%s)', (text, signal) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
