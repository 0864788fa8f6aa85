import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 13 of data/stuck.json (session 33): a bare request for someone to help counts when it
 * ends a longer message, not only as the whole message; "snap het niet meer" is not understanding
 * as much as "snap het niet". Sentences written for these tests, from a kiosk conversation tried
 * by hand, not taken from the evaluation sets.
 */
describe('asking for a person after saying what is wrong: heard', () => {
  it.each([
    ['ik snap het niet meer, kan iemand mij helpen', ['wants-human', 'digital-exclusion']],
    ['Mijn aanvraag is afgewezen. Wie kan mij helpen?', ['wants-human']],
    ['I got a letter I do not understand. Can someone help me?', ['wants-human']],
    ['ik snap het niet meer', ['digital-exclusion']],
  ])('%j raises %j', (text, signals) => {
    expect(signalsOf(text)).toEqual(expect.arrayContaining(signals));
  });
});

describe('asking for a person after saying what is wrong: not heard', () => {
  it.each([
    // A subject after the request makes it an ordinary question.
    'Ik heb een vraag. Kan iemand mij helpen met mijn huurtoeslag?',
    'Kan iemand mij helpen met het invullen van de aangifte?',
    'Wie kan mij helpen aan een nieuw paspoort?',
    // Someone who does something, not someone to reach (a real question on a public FAQ page).
    'Wat kun je zeggen of doen wanneer iemand je vertelt over seksuele intimidatie?',
    'Wat kan ik doen als iemand mijn post opent?',
  ])('no wants-human in %j', (text) => {
    expect(signalsOf(text)).not.toContain('wants-human');
  });
});
