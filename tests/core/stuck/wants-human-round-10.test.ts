import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 10 of data/stuck.json (session 21): how people in a chat ask for a person, as the read
 * sets showed the detector missed it (put me through, give me a name, whom do I speak to, I do
 * not want to type, are you a robot, is anyone there, someone to look at my file). Sentences
 * written for these tests, not taken from the evaluation sets.
 */
describe('asking for a person, round 10: heard', () => {
  it.each([
    'Wilt u me alstublieft even doorverbinden met een medewerker van de afdeling?',
    'Geef me nou gewoon een mens.',
    'Give me a real person please',
    'Ik wil een naam, wie behandelt mijn dossier?',
    'Ik heb gewoon een medewerker nodig.',
    'Is er een nummer waar een mens opneemt?',
    'Met wie kan ik hier nou over praten?',
    'Wie moet ik dan hebben?',
    'I would like to speak to a case worker about this.',
    'Is there a Polish-speaking employee at the office?',
    'Ik wil niet chatten.',
    'Dit is een computer, ik wil de mevrouw van de balie.',
    'Ik bel en krijg steeds een bandje.',
    'Hallo?? Iemand?',
    'Kan er iemand bij ons langskomen om het formulier door te nemen?',
    'We need someone from the council to look at our file again.',
  ])('wants-human in %j', (text) => {
    expect(signalsOf(text)).toContain('wants-human');
  });
});

describe('asking for a person, round 10: not heard', () => {
  it.each([
    'Ben je bot behandeld door een ambtenaar?',
    'Wie moet ik bellen voor een nieuw paspoort?',
    'Met wie woont u samen?',
    'Geef me een voorbeeld van een machtiging.',
    'Dit is een vraag over de computer die ik van school krijg.',
    'Is there a form I can download?',
    'The office where I work is closed on Fridays.',
    'Kunt u de brief naar mijn nieuwe adres sturen?',
  ])('no wants-human in %j', (text) => {
    expect(signalsOf(text)).not.toContain('wants-human');
  });
});
