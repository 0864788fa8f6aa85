import { describe, expect, it } from 'vitest';
import realWordsData from '../../../data/real-words.json';
import {
  buildRealWords,
  filterSize,
  realWordsSchema,
  realWordTest,
} from '../../../src/core/routing/real-words.js';
import { vocabularyFingerprint } from '../../../scripts/generate-real-words.js';
import { buildRouter } from '../../../src/core-deps.js';
import { testCore } from '../../support/app.js';

const about = { sources: ['test'], vocabulary: '0'.repeat(64) };
/** Deterministic pseudo-words, so the figures below do not flicker. */
const pseudoWords = (count: number, seed: string) =>
  Array.from({ length: count }, (_, i) => `${seed}${(i * 2654435761).toString(36)}`);

describe('the real-word filter', () => {
  const held = pseudoWords(5000, 'w');
  const test = realWordTest(buildRealWords(held, 0.01, about));

  it('holds every word it was built from', () => {
    expect(held.filter((word) => !test(word))).toEqual([]);
  });

  it('takes other words for real words at about the rate it was built for', () => {
    const others = pseudoWords(20000, 'x');
    const rate = others.filter(test).length / others.length;
    expect(rate).toBeGreaterThan(0.002);
    expect(rate).toBeLessThan(0.02);
  });

  it('grows until it takes none of the known slips for a real word', () => {
    const others = pseudoWords(20000, 'x');
    const slips = others.filter(test).slice(0, 3);
    expect(slips.length).toBe(3);
    const grown = buildRealWords(held, 0.01, about, slips);
    const grownTest = realWordTest(grown);
    expect(slips.filter(grownTest)).toEqual([]);
    expect(held.filter((word) => !grownTest(word))).toEqual([]);
    expect(grown.bits).toBeGreaterThan(filterSize(held.length, 0.01).bits);
  });

  it('sizes itself the textbook way', () => {
    expect(filterSize(1000, 0.01)).toEqual({ bits: 9586, hashes: 7 });
  });

  it('refuses a filter shorter than it says', () => {
    const data = buildRealWords(held, 0.01, about);
    expect(() => realWordTest({ ...data, bits: data.bits * 2 })).toThrow(/bits/);
  });
});

describe('data/real-words.json', () => {
  const data = realWordsSchema.parse(realWordsData);

  it('was made for the catalog, lexicon and stemming of today (else: npm run words:generate)', () => {
    expect(data.vocabulary).toBe(vocabularyFingerprint());
  });

  it('holds thousands of words from the Dutch and English word lists', () => {
    expect(data.words).toBeGreaterThan(5000);
    expect(data.sources.join(' ')).toMatch(/OpenTaal/);
  });
});

describe('typo tolerance leaves real words alone', () => {
  const router = buildRouter(testCore().catalog);

  it.each([
    // [question, a real word that was once read as another catalog word]
    ['Mijn auto moet naar de herkeuring', 'herkeuring'], // not "bekeuring", a fine
    ['Twee jaar geleden ben ik verhuisd', 'geleden'], // not "gereden"
    ['Welke regels gelden voor de kracht van een brief?', 'kracht'], // not "klacht"
    ['Het loket is dicht, waar kan ik heen?', 'dicht'], // not "licht"
    ['Hoeveel mag ik verdienen naast mijn uitkering?', 'verdienen'], // not "vrienden"
  ])('%j keeps "%s"', (question, word) => {
    const { corrections } = router.explain(question);
    expect(corrections.map(([from]) => from)).not.toContain(word);
  });

  it.each([
    ['Hoe vraag ik kinderbijslah aan?', 'kinderbijslah', 'kinderbijslag'],
    ['Mijn rijbewjs is verlopen', 'rijbewjs', 'rijbewijs'],
    ['Ik wil zorgtoeslg aanvragen', 'zorgtoeslg', 'zorgtoeslag'],
    ['Wanneer krijg ik huurtoslag?', 'huurtoslag', 'huurtoeslag'],
  ])('%j still reads %s as %s', (question, written, meant) => {
    expect(router.explain(question).corrections).toContainEqual([written, meant]);
  });

  it('puts the RDW first for a re-inspection, not the fines of the CJIB', () => {
    const decision = router.route('Wanneer moet mijn auto naar de herkeuring?');
    const first = 'best' in decision ? decision.best : decision.alternatives[0];
    expect(first?.agencyId).toBe('rdw');
  });
});
