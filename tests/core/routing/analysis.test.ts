import { describe, expect, it } from 'vitest';
import { SNOWBALL } from '../../../src/core/routing/analysis.js';
import { buildRouter } from '../../../src/core-deps.js';
import { testCore } from '../../support/app.js';

describe("the router's Dutch stems", () => {
  it.each([
    ['zoon', 'zone'],
    ['weten', 'wet'],
    ['opeens', 'open'],
    ['reden', 'reed'],
  ])('keep %j apart from %j, a word of another meaning', (everyday, catalog) => {
    expect(SNOWBALL.nl(everyday)).not.toBe(SNOWBALL.nl(catalog));
  });

  it.each([
    ['zoon', 'zonen'],
    ['zoon', 'zoons'],
    ['zoon', 'zoontje'],
    ['weten', 'weet'],
    ['reden', 'redenen'],
  ])('still read %j and %j as one word', (one, other) => {
    expect(SNOWBALL.nl(one)).toBe(SNOWBALL.nl(other));
  });

  it.each([
    ['kostendelersnorm zoon studeert', 'gemeente', 'bijstand'],
    ['Ik wil weten wat mijn zoons moeten doen voor de kostendelersnorm', 'gemeente', 'bijstand'],
    ['Mag ik in de blauwe zone parkeren zonder parkeerschijf?', 'gemeente', 'afval-en-parkeren'],
  ])('route %j to %s/%s', (question, agency, topic) => {
    const decision = testCore().router.route(question);
    expect('best' in decision && `${decision.best.agencyId}/${decision.best.topicId}`).toBe(
      `${agency}/${topic}`,
    );
  });
});

describe('a Dutch plural after a doubled consonant', () => {
  const router = buildRouter(testCore().catalog);
  const termsOf = (word: string) => router.explain(word).terms.map(([term]) => term);

  it.each([
    ['hoortoestellen', 'hoortoestel'],
    ['brillen', 'bril'],
  ])('reads %j also as the catalog word %j', (plural, singular) => {
    expect(termsOf(plural)).toContain(SNOWBALL.nl(singular));
  });

  it.each([
    ['invullen', 'invul'],
    ['inloggen', 'inlog'],
  ])('leaves the verb %j without a made-up singular %j', (verb, made) => {
    expect(termsOf(verb)).not.toContain(made);
  });
});
