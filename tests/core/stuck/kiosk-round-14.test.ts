import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 14 of data/stuck.json (session 34), found by trying conversations at the kiosk by hand.
 *
 * Asking how to put something right, or whether a fine follows, is a weak mistake cue (how to
 * get out of it, a weak debt cue). After a mistake or a debt earlier in the conversation it
 * carries that signal on (tests/http/chat-conversation.test.ts); on its own it raises nothing.
 */
describe('asking how to put it right, round 14', () => {
  it.each([
    'hoe los ik dat op',
    'krijg ik nu een boete?',
    'Hoe kan ik dat het beste herstellen?',
    'how do I fix this?',
    'will I get a fine now?',
    'Krijg ik een boete als ik te laat aangifte doe?',
    // The same for getting out of a debt (carried after one).
    'hoe kom ik daar vanaf',
    'how do I get out of this?',
  ])('raises nothing on its own in %j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });
});

/**
 * Not coping any more, said by someone caring for a partner with dementia, raised nothing; it is
 * frustration (the contact first, and the offer of a caseworker), unless it is about paying.
 */
describe('not coping any more, round 14', () => {
  it.each([
    'mijn man is dementerend en ik kan het niet meer alleen',
    'ik houd het niet meer vol',
    "I can't cope anymore",
    "I can't do this alone anymore",
  ])('hears frustration in %j', (text) => {
    expect(signalsOf(text)).toContain('frustration');
  });

  it.each(['ik kan het niet meer alleen betalen', 'Hoe lang houdt de accu het vol?'])(
    'hears no frustration in %j',
    (text) => {
      expect(signalsOf(text)).not.toContain('frustration');
    },
  );
});

/**
 * "ik snap het allemaal niet meer", said after a few answers, raised nothing: "allemaal" and
 * "alles" may stand between not understanding and its "niet", and "any of it" after "do not
 * understand".
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
