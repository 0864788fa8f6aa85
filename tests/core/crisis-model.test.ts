import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRISIS_MODEL_FILE, crisisModelText } from '../../scripts/train-crisis-model.js';
import {
  createCrisisScorer,
  crisisFeatures,
  crisisModelSchema,
  type CrisisModel,
} from '../../src/core/crisis-model.js';
import { createCrisisTest, crisisDataSchema } from '../../src/core/crisis.js';
import { storedWeights } from '../../src/core/learned-weights.js';
import crisisData from '../../data/generated/crisis.json';
import { testCore } from '../support/app.js';

const { crisisIn, catalog } = testCore();

describe('the crisis model', () => {
  it('is what training on the current data gives (else: npm run crisis:train)', () => {
    expect(readFileSync(CRISIS_MODEL_FILE, 'utf8')).toBe(crisisModelText());
  });

  it('reads stems in both languages and pairs of neighbouring words', () => {
    const features = crisisFeatures('Hij slaat mij');
    // "slaat" has the Dutch stem "slat" and the English "slaat"; a pair is read by Dutch stems.
    expect(features).toEqual(expect.arrayContaining(['slat', 'slaat', 'hij slat', 'slat mij']));
    expect(crisisFeatures('not breathing')).toEqual(
      expect.arrayContaining(['breath', 'breathing', 'not breathing']),
    );
  });

  const model: CrisisModel = crisisModelSchema.parse({
    trainedOn: { positives: 1, negatives: 1 },
    kinds: ['emergency', 'suicide', 'violence', 'sexual-violence'],
    bias: [-3, -3, -3, -3],
    threshold: [0.9, 0.5, 0.5, 0.5],
    weights: storedWeights(
      Object.entries({ brug: [3, 2, 0, 0], 'sta op': [0, 2, 0, 0], water: [3, 0, 0, 0] }),
      4,
      0.01,
    ),
  });

  it.each([
    ['ik sta op de brug', 'suicide'],
    ['de brug is dicht', undefined],
    ['ik heb een vraag over huurtoeslag', undefined],
    // An emergency (p 0.95) passes its own threshold of 0.9 and outweighs suicide (0.73).
    ['ik sta op de brug boven het water', 'emergency'],
    // Not an emergency at 0.5: below its own threshold, though above the others'.
    ['de brug', undefined],
  ])('hears the likeliest crisis above its own threshold only: %j', (text, kind) => {
    expect(createCrisisScorer(model)(text)).toBe(kind);
  });
});

describe('the crisis check with the model behind the phrases', () => {
  it('hears a danger no phrase names', () => {
    const text = 'he said if I tell anyone he will hurt my little sister';
    const phrasesOnly = createCrisisTest(crisisDataSchema.parse(crisisData), catalog);
    expect(phrasesOnly(text)).toBeUndefined();
    expect(crisisIn(text)).toMatchObject({ kind: 'violence', agencyId: 'veilig-thuis' });
  });

  it.each([
    'Hoe vraag ik huurtoeslag aan?',
    "I'm so tired of this, I've been trying to renew my permit for months",
    'ik weet echt niet hoe het verder moet met die deurwaarder',
    // Care for a partner at home is the Wmo's; "husband" and "home" alone once made it violence.
    'My husband has dementia and I need help at home',
  ])('stays calm on %j', (text) => {
    expect(crisisIn(text)).toBeUndefined();
  });
});
