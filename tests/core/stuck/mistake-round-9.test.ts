import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 9 of data/stuck.json (session 21): own mistakes the detector missed in the read sets
 * (doing a thing twice, mixing two things up, the wrong plate or reference, a mistaken belief
 * with its price, a step not taken, blaming oneself). Sentences written for these tests, not
 * taken from the evaluation sets.
 */
describe('mistakes, round 9: heard', () => {
  it.each([
    'Ik heb de premie 2 keer betaald deze maand.',
    'We hebben de giften dubbel afgetrokken in de aangifte.',
    'Wij hebben allebei kinderbijslag aangevraagd voor dezelfde dochter.',
    'I paid the dog tax twice, once by app and once by bank transfer.',
    'Ik heb de uren per week en per maand door elkaar gehaald.',
    'I entered my yearly bonus instead of my monthly salary.',
    'I paid the parking permit for the wrong car.',
    'Ik heb de boete voor het verkeerde kenteken betaald.',
    'Ik dacht dat de opvang ook in de vakantie telde. Nu moet ik 900 euro terugbetalen.',
    'I assumed my old address was still fine, and now I got a fine of 300 euro.',
    'Dat heb ik nooit aan de SVB doorgegeven.',
    'Ik heb mijn ontheffing niet verlengd.',
    'I never told the municipality that my daughter moved out.',
    'Ik ben zo dom, de brief lag al weken in de la.',
    'Had ik het maar eerder gelezen.',
    'I feel so stupid about the whole thing.',
  ])('mistake in %j', (text) => {
    expect(signalsOf(text)).toContain('mistake');
  });
});

describe('mistakes, round 9: not heard', () => {
  it.each([
    'Er is twee keer afgeschreven van mijn rekening door de gemeente.',
    'Kan ik het formulier per post sturen in plaats van online?',
    'Can I pay by card instead of cash?',
    'Ik dacht dat het kantoor op maandag open was, klopt dat?',
    'I thought about moving to Utrecht next year.',
    'Mijn contract wordt niet verlengd, wat nu?',
    'Is de huurtoeslag al aangepast?',
    'De RDW heeft het kenteken op de verkeerde naam gezet.',
    'I got fed up with waiting.',
    'Had jij al een afspraak gemaakt?',
  ])('no mistake in %j', (text) => {
    expect(signalsOf(text)).not.toContain('mistake');
  });
});
