import { describe, expect, it } from 'vitest';
import { createDecompounder } from '../../../src/core/routing/compounds.js';

const parts = createDecompounder(
  new Set([
    'huur',
    'toeslag',
    'kinder',
    'opvang',
    'kinderopvang',
    'belasting',
    'aangifte',
    'zorg',
    'verblijf',
    'vergunning',
  ]),
);

describe('Dutch compound splitting', () => {
  it.each([
    ['huurtoeslag', ['huur', 'toeslag']],
    ['zorgtoeslag', ['zorg', 'toeslag']],
    ['kinderopvangtoeslag', ['kinderopvang', 'kinder', 'opvang', 'toeslag']],
    ['belastingaangifte', ['belasting', 'aangifte']],
    ['verblijfsvergunning', ['verblijf', 'vergunning']],
  ])('splits %s into its known parts', (word, expected) => {
    expect(parts(word).sort()).toEqual([...expected].sort());
  });

  it.each(['toeslag', 'huis', 'aanvragen', 'xyz'])(
    'leaves %s alone: it is not a compound of known words',
    (word) => {
      expect(parts(word)).toEqual([]);
    },
  );
});
