import { describe, expect, it } from 'vitest';
import lexicon from '../../data/lexicon.json';
import { createLanguageDetector } from '../../src/core/language.js';

const detect = createLanguageDetector(lexicon);

describe('language detection', () => {
  it.each([
    ['Ik moet mijn huurtoeslag terugbetalen', 'nl'],
    ['Hoe vraag ik een uitkering aan?', 'nl'],
    ['How do I apply for rent benefit?', 'en'],
    ['I have to pay back my healthcare allowance', 'en'],
    ['Where can I renew my residence permit', 'en'],
  ])('reads %j as %s', (text, expected) => {
    expect(detect(text)).toBe(expected);
  });

  it.each(['huurtoeslag', 'AOW', '12345'])(
    'gives no verdict on %j, which has no function words',
    (text) => {
      expect(detect(text)).toBeUndefined();
    },
  );
});
