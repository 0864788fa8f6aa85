import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 12 of data/stuck.json (session 32): wanting to come by, or to talk in person rather than
 * to a computer. Sentences written for these tests, not taken from the evaluation sets.
 */
describe('asking for a person, round 12: heard', () => {
  it.each([
    'Kan ik langskomen aan de balie?',
    'Ik kom liever langs bij het loket.',
    'Ik praat liever met iemand dan met een computer.',
    'Heeft u een telefoonnummer waar ik iemand kan bereiken?',
    'Can I make an appointment to see someone?',
    'I would rather see someone in person.',
    'I need to talk face to face.',
  ])('wants-human in %j', (text) => {
    expect(signalsOf(text)).toContain('wants-human');
  });
});

describe('asking for a person, round 12: not heard', () => {
  it.each([
    'Ik wil niet langskomen aan de balie.',
    'Ik kom langs het kantoor op weg naar mijn werk.',
    'Ik praat liever niet over mijn schulden.',
    'The face of my passport photo is too dark.',
  ])('no wants-human in %j', (text) => {
    expect(signalsOf(text)).not.toContain('wants-human');
  });
});
