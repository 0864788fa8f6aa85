import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 15 of data/stuck.json (session 35), found by trying conversations at the kiosk by hand.
 *
 * Asking to pay in parts is a weak debt cue: after a bill the person cannot pay it carries the
 * debt on, so the answer keeps the way out (tests/http/chat-conversation.test.ts); on its own it
 * is an ordinary question about a payment plan and raises nothing.
 */
describe('asking to pay in parts, round 15', () => {
  it.each([
    'kan ik dat in delen betalen',
    'Mag ik het in termijnen terugbetalen?',
    'kan ik een betalingsregeling krijgen',
    'mag ik het gespreid betalen',
    'can I pay in instalments?',
    'Can I get a payment plan?',
    // Asking what to do now is carried the same way, after a debt or a mistake.
    'wat kan ik doen?',
    'what can I do',
  ])('raises nothing on its own in %j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it('hears a debt where it stands beside not being able to pay', () => {
    expect(signalsOf('ik heb geen geld, kan ik het in delen betalen?')).toContain('debt');
  });
});

/**
 * "ik kan dit nooit betalen, ik heb 3 kinderen", said after a repayment of 4,000 euros, raised
 * nothing: "nooit" (never) stands where "niet" stood in the cues for not being able to pay.
 */
describe('never being able to pay, round 15', () => {
  it.each([
    'ik kan dit nooit betalen, ik heb 3 kinderen',
    'dat kan ik nooit terugbetalen',
    'dit bedrag kan ik nooit ophoesten',
    'I can never pay this back',
    "I'll never be able to pay that",
  ])('hears a debt in %j', (text) => {
    expect(signalsOf(text)).toContain('debt');
  });

  it('hears nothing in a question that only holds "nooit"', () => {
    expect(signalsOf('kan ik nooit meer een betalingsregeling krijgen?')).toEqual([]);
  });
});

/**
 * The one who always helped is gone, and a few euros left for the week: both raised nothing.
 * The first needs help in person (digital exclusion), the second is hardship.
 */
describe('losing the helper, or a few euros left, round 15', () => {
  it.each([
    ['mijn kinderen helpen me altijd maar die wonen nu ver weg', 'digital-exclusion'],
    ['my son used to do it but he moved away', 'digital-exclusion'],
    ['ik heb nog maar 20 euro voor de hele week', 'hardship'],
    ['nog maar 10 euro tot het eind van de maand', 'hardship'],
    ['I only have 15 euros left until payday', 'hardship'],
  ])('hears %j as %s', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });

  it.each([
    'mijn zoon helpt me altijd met de toeslagen',
    'ik heb nog maar 20 euro nodig om de reis te boeken',
  ])('hears nothing in %j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });
});

/**
 * Rules that make no sense for one's situation (or a computer that says no), money short every
 * month, and Dutch worse than a second language.
 */
describe('a rule that does not fit, money short every month, and Dutch worse still, round 15', () => {
  it.each([
    ["the rules don't make sense for my situation", 'hardship'],
    ['de regels passen niet bij mijn situatie', 'hardship'],
    ['my english is not good and dutch is worse', 'digital-exclusion'],
    ['mijn Engels is niet goed en mijn Nederlands nog slechter', 'digital-exclusion'],
    ['elke maand kom ik tekort', 'hardship'],
    ["we can't make ends meet anymore", 'hardship'],
    ['de computer zegt nee en niemand kan er iets aan doen', 'hardship'],
  ])('hears %j as %s', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });

  it('hears no hardship in asking whether something is missing for an application', () => {
    expect(signalsOf('komen we tekort voor de aanvraag?')).toEqual([]);
  });
});
