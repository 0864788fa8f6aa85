import { describe, expect, it } from 'vitest';
import lexicon from '../../data/lexicon.json';
import {
  conversationLanguage,
  createLanguageDetector,
  isInAnotherScript,
} from '../../src/core/language.js';

const detect = createLanguageDetector(lexicon);

describe('language detection', () => {
  it.each([
    ['Ik moet mijn huurtoeslag terugbetalen', 'nl'],
    ['Hoe vraag ik een uitkering aan?', 'nl'],
    ['How do I apply for rent benefit?', 'en'],
    ['I have to pay back my healthcare allowance', 'en'],
    ['Where can I renew my residence permit', 'en'],
    ['thanks', 'en'],
    ['great, bye', 'en'],
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

describe('language detection with the catalog vocabulary', () => {
  const withVocabulary = createLanguageDetector(lexicon, {
    nl: ['huurtoeslag', 'huurverhoging', 'kinderbijslag', 'rijbewijs verlengen'],
    en: ['rent benefit', 'huurtoeslag', 'child benefit', 'renew driving licence'],
  });

  it.each([
    ['rent benefit', 'en'],
    ['renew driving licence', 'en'],
    ['huurverhoging', 'nl'],
    ['rijbewijs verlengen', 'nl'],
  ])('reads %j, which has no function words, as %s', (text, expected) => {
    expect(withVocabulary(text)).toBe(expected);
  });

  it('gives no verdict on a word both languages use', () => {
    expect(withVocabulary('huurtoeslag')).toBeUndefined();
  });

  it('lets function words outweigh a borrowed word', () => {
    expect(withVocabulary('How do I apply for kinderbijslag?')).toBe('en');
  });
});

describe('a message in another script', () => {
  it.each([
    ['أريد مساعدة في الضرائب', true],
    ['Мне нужна помощь с налогами', true],
    ['Ik moet mijn huurtoeslag terugbetalen', false],
    ['Vergi konusunda yardıma ihtiyacım var', false],
    ['12345', false],
  ])('%j: %s', (text, expected) => {
    expect(isInAnotherScript(text)).toBe(expected);
  });
});

describe('the language of a whole conversation', () => {
  const NL = 'Ik moet mijn huurtoeslag terugbetalen';
  const EN = 'I have to pay back my rent benefit';
  it.each([
    ['ten Dutch messages and two English ones', [...Array(10).fill(NL), EN, EN], 'nl'],
    ['two Dutch messages and three English ones', [NL, EN, NL, EN, EN], 'en'],
    ['as many of each, English last', [NL, EN], 'en'],
    ['as many of each, Dutch last', [EN, NL], 'nl'],
    ['English, with short Dutch replies that show no language', [EN, 'ja graag', 'ok', EN], 'en'],
    ['only short replies', ['ja', 'ok'], undefined],
  ])('is the one used most for %s', (_, messages, expected) => {
    expect(conversationLanguage(messages, detect)).toBe(expected);
  });
});
