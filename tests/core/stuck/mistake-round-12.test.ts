import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 12 of data/stuck.json (session 32): thinking it went by itself, and giving too little or
 * too much. Sentences written for these tests, not taken from the evaluation sets.
 */
describe("a mistake of one's own, round 12: heard", () => {
  it.each([
    'Ik dacht dat het automatisch ging.',
    'Ik ging ervan uit dat alles vanzelf werd doorgegeven.',
    'Ik heb te weinig opgegeven.',
    'Ik heb mijn inkomen te laag geschat.',
    'I thought it was automatic.',
    'I reported too little income last year.',
  ])('mistake in %j', (text) => {
    expect(signalsOf(text)).toContain('mistake');
  });
});

describe("a mistake of one's own, round 12: not heard", () => {
  it.each([
    'Ik heb niet te weinig opgegeven.',
    'Ik dacht niet dat het automatisch ging.',
    'De belastingdienst heeft te veel ingevuld.',
    'They estimated my income too high.',
    'Gaat de verlenging automatisch?',
  ])('no mistake in %j', (text) => {
    expect(signalsOf(text)).not.toContain('mistake');
  });
});
