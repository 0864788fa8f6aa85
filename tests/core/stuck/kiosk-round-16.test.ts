import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 16 of data/stuck.json (session 36), found by trying conversations at the kiosk by hand.
 *
 * "ik heb een aanmaning van het CJIB maar ik had al betaald" raised a debt, and the answer told
 * the person how to pay in parts. A reminder for a bill already paid is the organisation's slip,
 * not a debt: the answer is how to show the payment (tests/core/routing/rules.test.ts).
 */
describe('a reminder for a bill already paid, round 16', () => {
  it.each([
    'ik heb een aanmaning van het cjib maar ik had al betaald',
    'ik heb de boete al betaald maar krijg toch een aanmaning',
    'ik heb het wel betaald en nu een betalingsherinnering',
    'ik heb alles netjes betaald maar krijg een aanmaning',
  ])('raises no debt in %j', (text) => {
    expect(signalsOf(text)).not.toContain('debt');
  });

  it.each([
    'ik heb een aanmaning gekregen',
    'ik heb niet betaald en krijg een aanmaning',
    // Paid in an earlier sentence: this reminder may be for something else.
    'ik heb al betaald. nu weer een aanmaning van iets anders',
  ])('still hears a debt in %j', (text) => {
    expect(signalsOf(text)).toContain('debt');
  });
});

/**
 * "I have no money" and "ik heb geen geld meer", said at the kiosk by a refugee just housed,
 * raised nothing: the cues only knew no money for one thing (food). Money that did not come,
 * or none for one thing that has its own answer, is no hardship of its own.
 */
describe('having no money at all, round 16', () => {
  it.each([
    'ik heb geen geld',
    'ik heb geen geld meer',
    'we hebben helemaal geen geld, wat nu?',
    'I have no money',
    "I don't have any money left",
  ])('hears hardship in %j', (text) => {
    expect(signalsOf(text)).toContain('hardship');
  });

  it.each([
    'ik heb geen geld gekregen van het uwv',
    'ik heb geen geld op mijn rekening gezien',
    'ik had geen geld nodig',
    'I have no money on my card, is that a problem for the payment?',
  ])('hears no hardship in %j', (text) => {
    expect(signalsOf(text)).not.toContain('hardship');
  });
});

/**
 * "kan het in kleine stukjes" after a repayment of 3,000 euros went to the CBR's small boat
 * licence ("klein"): asking to pay in small pieces is the weak pay-in-parts cue, carried after
 * the debt (tests/http/chat-conversation.test.ts), and raises nothing alone.
 */
describe('paying in small pieces, round 16', () => {
  it.each(['kan het in kleine stukjes', 'mag ik het beetje bij beetje betalen'])(
    'raises nothing on its own in %j',
    (text) => {
      expect(signalsOf(text)).toEqual([]);
    },
  );

  it('hears a debt beside not being able to pay', () => {
    expect(signalsOf('ik kan het niet betalen, kan het in kleine stukjes?')).toContain('debt');
  });
});
