import { describe, expect, it } from 'vitest';
import { compileCue, findMatches, oneTypoApart } from '../../../src/core/stuck/match.js';
import type { StuckCue } from '../../../src/core/stuck/index.js';
import { prepare } from '../../../src/core/stuck/tokens.js';

const options = { clauseBreaks: new Set(['maar', 'but']), expand: new Map([['cant', 'can not']]) };

function matched(cue: StuckCue, text: string): string[] {
  return findMatches(compileCue(cue), prepare(text, options), 7).map((match) => match.text);
}

describe('phrase matching', () => {
  it.each<[string, string, number, string[]]>([
    ['fout gemaakt', 'Ik heb een fout gemaakt', 0, ['fout gemaakt']],
    ['fout gemaakt', 'een fout in mijn aangifte gemaakt', 0, []],
    ['fout gemaakt', 'een fout in mijn aangifte gemaakt', 3, ['fout in mijn aangifte gemaakt']],
    ['aanman*', 'twee aanmaningen', 0, ['aanmaningen']],
    ['*schulden', 'belastingschulden', 0, ['belastingschulden']],
    ['deurwaarder', 'de deurwaader kwam', 0, ['deurwaader']],
    ['kinderen', 'mijn kinderen', 0, ['kinderen']],
    ['géén digid', 'ik heb geen DigiD', 0, ['geen digid']],
    ['schulden', 'een grote schuld', 0, ['schuld']],
    // Short words match as written: the Dutch stem of "heel" is "hel", of "boos" "bos".
    ['hel', 'het was heel fijn', 0, []],
    ['hel', 'het was een hel', 0, ['hel']],
    ['boos', 'een wandeling in het bos', 0, []],
  ])('finds %j in %j (gap %i)', (phrase, text, gap, expected) => {
    expect(matched({ lang: 'nl', weight: 1, phrase, gap }, text)).toEqual(expected);
  });

  it('matches patterns on normalised text, punctuation included', () => {
    expect(matched({ lang: 'any', weight: 1, pattern: '!{3,}' }, 'Help!!!')).toEqual(['!!!']);
    expect(matched({ lang: 'en', weight: 1, pattern: 'can\\s+not\\s+pay' }, "I can't pay")).toEqual(
      ['can not pay'],
    );
  });
});

describe('the typo tolerance', () => {
  it.each<[string, string, boolean]>([
    ['deurwaader', 'deurwaarder', true],
    ['gemaakd', 'gemaakt', true],
    ['betalingsreling', 'betalingsregeling', false],
    ['voedselbnak', 'voedselbank', true],
    ['niemand', 'iemand', false],
    ['kort', 'kart', false],
    ['2024-01', '2024-02', false],
  ])('%s is one typo from %s: %s', (a, b, expected) => {
    expect(oneTypoApart(a, b, 7)).toBe(expected);
  });
});

describe('preparing a message', () => {
  it('expands contractions and starts a clause at punctuation and clause words', () => {
    const prepared = prepare("I don't know, but it's fine", options);
    expect(prepared.text).toBe("i do not know, but it's fine");
    expect(prepared.tokens.map((token) => token.clause)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
});
