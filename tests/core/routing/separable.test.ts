import { describe, expect, it } from 'vitest';
import { infinitivesOf, separableVerbs } from '../../../src/core/routing/separable.js';
import type { RoutingDecision } from '../../../src/core/routing/router.js';
import { words } from '../../../src/core/text.js';
import { testCore } from '../../support/app.js';

const VOCABULARY = new Set([
  'aanvraag',
  'aanvragen',
  'overschrijven',
  'invullen',
  'opsturen',
  'doorgeven',
  'uitschrijven',
  'inhouden',
  'opvang',
]);
const joinedIn = (text: string) =>
  separableVerbs(
    text.split(/[.,?]/).map((clause) => words(clause)),
    (word) => VOCABULARY.has(word),
  );

describe('the infinitives of a present-tense form', () => {
  it.each([
    ['schrijf', 'schrijven'],
    ['schrijft', 'schrijven'],
    ['vraag', 'vragen'],
    ['geeft', 'geven'],
    ['vul', 'vullen'],
    ['lees', 'lezen'],
    ['meldt', 'melden'],
    ['stuur', 'sturen'],
  ])('reads %j as %j, among others', (form, infinitive) => {
    expect(infinitivesOf(form)).toContain(infinitive);
  });
});

describe('separable verbs split by the sentence', () => {
  it.each([
    ['hoe vraag ik huurtoeslag aan?', ['aanvraag', 'aanvragen']],
    ['wat heb je nodig om een auto over te schrijven?', ['overschrijven']],
    ['ik vul het formulier in en stuur het op', ['invullen', 'opsturen']],
    ['hij geeft de verhuizing niet door', ['doorgeven']],
    ['ik vang vluchtelingen op. Waar meld ik dat?', ['opvang']],
  ])('joins %j', (text, joined) => {
    expect(joinedIn(text).sort()).toEqual([...joined].sort());
  });

  it.each([
    ['a particle inside its clause', 'ik heb een vraag aan de gemeente'],
    ['"what does it mean"', 'wat houdt een dagvaarding in?'],
    ['a join no vocabulary knows', 'ik kijk het op'],
    ['a verb in another clause', 'ik vraag het, maar het gaat aan'],
  ])('joins nothing for %s: %j', (_, text) => {
    expect(joinedIn(text)).toEqual([]);
  });
});

describe('the router with separable verbs', () => {
  const { router } = testCore();
  const agencyOf = (decision: RoutingDecision) =>
    decision.kind === 'routed' ? decision.best.agencyId : decision.kind;

  it.each([
    ['Wat moet ik doen om mijn oude auto over te schrijven?', 'rdw'],
    ['Ik vang een Oekraïens gezin op, moet ik dat ergens melden?', 'gemeente'],
  ])('routes %j to %s', (question, agency) => {
    expect(agencyOf(router.route(question, {}, 'nl'))).toBe(agency);
  });
});
