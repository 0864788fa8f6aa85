import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 11 of data/stuck.json (session 29): nobody picks up, long waits on hold, and asking
 * someone to call or meet with words in between, as the read sets showed the detector missed
 * it. Sentences written for these tests, not taken from the evaluation sets.
 */
describe('asking for a person, round 11: heard', () => {
  it.each([
    'Bij de gemeente neemt niemand op.',
    'Waarom neemt er nooit iemand de telefoon op?',
    'Niemand reageert op mijn mails.',
    'Nobody picks up the phone at the tax office.',
    'Is there a number that actually gets answered?',
    'Ik hang al 50 minuten in de wacht.',
    'Ik zit al een uur aan de telefoon te wachten.',
    'I was on hold for an hour and then the line went dead.',
    'I just cannot get through to them.',
    'Kan iemand van de gemeente mij morgen bellen?',
    'Kan ik een afspraak maken met een medewerker?',
    'Ik wil het aan een mens uitleggen.',
  ])('wants-human in %j', (text) => {
    expect(signalsOf(text)).toContain('wants-human');
  });
});

describe('asking for a person, round 11: not heard', () => {
  it.each([
    'Wie neemt de kosten op zich?',
    'Ik heb het bedrag opgenomen in mijn aangifte.',
    'Hoe lang duurt het voordat ik antwoord krijg op mijn aanvraag?',
    'The pharmacy answers the phone from eight.',
    'Ik wacht op een brief over mijn huurtoeslag.',
    'Kan iemand anders mijn pakket ophalen?',
    'Kan ik een afspraak maken voor een paspoort?',
  ])('no wants-human in %j', (text) => {
    expect(signalsOf(text)).not.toContain('wants-human');
  });
});
