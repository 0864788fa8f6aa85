import { describe, expect, it } from 'vitest';
import { speaksFromAbroad } from '../../src/core/abroad.js';
import { testCore } from '../support/app.js';

const { catalog } = testCore();
const abroad = (...messages: string[]) => speaksFromAbroad(catalog.texts.abroad, messages);

describe('hearing that a person is abroad', () => {
  it.each([
    'Ik woon in Spanje en moet mijn toeslag terugbetalen',
    'Kan ik vanuit het buitenland bellen?',
    'ik ben geëmigreerd naar Canada',
    'I live abroad and need my tax return',
    'Can I call you from outside the Netherlands?',
    'we moved to Germany last year',
  ])('hears it in %j', (message) => {
    expect(abroad(message)).toBe(true);
  });

  it.each([
    'Ik moet mijn huurtoeslag terugbetalen',
    'I have to pay back my allowance',
    // A word that only holds a country's name is no country.
    'Ik heb een spaanse les gemist',
  ])('does not hear it in %j', (message) => {
    expect(abroad(message)).toBe(false);
  });

  it('still hears it when an earlier message of the conversation said so', () => {
    expect(abroad('hoe betaal ik dat terug?', 'Ik woon in Portugal')).toBe(true);
  });
});
