import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 14 of data/stuck.json (session 34): "ik snap het allemaal niet meer", said at a kiosk
 * after a few answers, raised nothing; "allemaal" and "alles" may stand between not
 * understanding and its "niet", and "any of it" after "do not understand".
 */
describe('not understanding any of it, round 14', () => {
  it.each([
    'ik snap het allemaal niet meer',
    'Ik begrijp het allemaal niet meer.',
    'Ik snap alles niet',
    "I don't understand any of it anymore",
  ])('hears %j as not understanding (digital exclusion)', (text) => {
    expect(signalsOf(text)).toContain('digital-exclusion');
  });

  it.each(['snap ik het allemaal goed?', 'Ik heb het allemaal niet nodig.'])(
    'hears nothing in %j',
    (text) => {
      expect(signalsOf(text)).toEqual([]);
    },
  );
});
