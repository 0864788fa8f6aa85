import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 12 of data/stuck.json (session 32): a rule that does not fit the person's situation, and
 * a consequence out of proportion to a small mistake. Sentences written for these tests, not
 * taken from the evaluation sets.
 */
describe('a rule that works out harshly, round 12: heard', () => {
  it.each([
    'De regels houden geen rekening met mijn situatie.',
    'Ze zeggen dat de regel nou eenmaal zo is.',
    'Door de kostendelersnorm krijg ik bijna niks.',
    'Ik moet alles terugbetalen om een klein foutje.',
    'Computer says no, en niemand kijkt naar mij.',
    "The system doesn't fit my situation.",
    'I have to repay everything over a small mistake.',
  ])('hardship in %j', (text) => {
    expect(signalsOf(text)).toContain('hardship');
  });
});

describe('a rule that works out harshly, round 12: not heard', () => {
  it.each([
    'Wat is de kostendelersnorm?',
    'De regels zijn duidelijk.',
    'Ik heb een klein foutje gemaakt in mijn aangifte.',
    'Houdt de gemeente rekening met mijn vakantie?',
  ])('no hardship in %j', (text) => {
    expect(signalsOf(text)).not.toContain('hardship');
  });
});
