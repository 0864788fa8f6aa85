import { describe, expect, it } from 'vitest';
import { createSpellingCorrector, slips } from '../../../src/core/routing/typos.js';

const correct = createSpellingCorrector([
  'kinderbijslag',
  'verblijfsvergunning',
  'toeslag',
  'huurtoeslag',
  'paspoort',
  'rijbewijs',
  'boete',
]);

describe('counting slips between two words', () => {
  it.each([
    ['toeslag', 'toeslag', 0],
    ['toeslga', 'toeslag', 1],
    ['toesla', 'toeslag', 1],
    ['toeslagg', 'toeslag', 1],
    ['toeslah', 'toeslag', 1],
    ['verblijfsvergunnig', 'verblijfsvergunning', 1],
  ])('%s → %s: %i', (a, b, expected) => {
    expect(slips(a, b, 3)).toBe(expected);
  });

  it('stops counting past the maximum', () => {
    expect(slips('huurtoeslag', 'paspoort', 2)).toBe(3);
  });
});

describe('typo tolerance', () => {
  it.each([
    ['kinderbijslah', 'kinderbijslag'],
    ['kinderbijlsag', 'kinderbijslag'],
    ['verblijfsvergunnig', 'verblijfsvergunning'],
    ['verblijfzvergunninng', 'verblijfsvergunning'],
    ['paspoor', 'paspoort'],
    ['huurtoslag', 'huurtoeslag'],
  ])('reads %s as %s', (word, meant) => {
    expect(correct(word)).toBe(meant);
  });

  it.each([
    ['toeslag', 'a known word'],
    ['boet', 'a word shorter than five letters'],
    ['2024a', 'a word with digits'],
    ['gisteren', 'a word that is not close to any catalog word'],
  ])('leaves %s alone: %s', (word) => {
    expect(correct(word)).toBeUndefined();
  });
});
