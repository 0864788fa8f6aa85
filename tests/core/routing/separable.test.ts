import { describe, expect, it } from 'vitest';
import lexiconData from '../../../data/generated/lexicon.json';
import { routingLexiconSchema } from '../../../src/core/routing/lexicon.js';
import type { RoutingDecision } from '../../../src/core/routing/router.js';
import { createSeparableReader, infinitivesOf } from '../../../src/core/routing/separable.js';
import { CLAUSE_PUNCTUATION, words } from '../../../src/core/text.js';
import { testCore } from '../../support/app.js';

const separableVerbs = createSeparableReader(routingLexiconSchema.parse(lexiconData).separable);

/** Words a catalog might hold, so that every join the reader makes can be seen. */
const VOCABULARY = new Set([
  'aanvraag',
  'aanvragen',
  'overschrijven',
  'invullen',
  'opsturen',
  'doorgeven',
  'uitschrijven',
  'omzetten',
  'meedoen',
  'opvang',
  'terugkrijgen',
  'opnemen',
  // Joins a sentence does not mean, which the reader must not make.
  'inhouden',
  'uitkomen',
  'inkomen',
  'opgeven',
  'omgaan',
  'overeen',
  'terugkeer',
  'aanbetaling',
  'uitmeten',
]);
const joinedIn = (text: string) =>
  separableVerbs(
    text.split(CLAUSE_PUNCTUATION).map((clause) => words(clause)),
    (word) => VOCABULARY.has(word),
  ).sort();

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
    ['doe', 'doen'],
    ['ga', 'gaan'],
    ['gaat', 'gaan'],
    ['staat', 'staan'],
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
    ['hoe kan ik het rijbewijs laten omzetten, om het om te zetten', ['omzetten']],
    ['mag mijn zoon ook mee doen of doet hij niet mee', ['meedoen']],
    ['hoe schrijf ik mijn auto over op mijn zoon?', ['overschrijven']],
    ['ik geef de verhuizing door aan de gemeente', ['doorgeven']],
  ])('joins %j', (text, joined) => {
    expect(joinedIn(text)).toEqual([...joined].sort());
  });

  it.each([
    ['a particle inside its clause', 'ik heb een vraag aan de gemeente'],
    ['"what does it mean"', 'wat houdt een dagvaarding in?'],
    ['being stuck', 'ik kom er niet uit'],
    ['giving up', 'ik geef het op'],
    ['not getting in, which is no income', 'dus ik kom er nooit in'],
    ['a purpose', 'wat moet ik doen om te gaan studeren?'],
    ['an article before the particle', 'ik heb een vraag over'],
    ['a time before the particle', 'ik ben voor de tweede keer terug'],
    ['a noun in -ing before the particle', 'ik vraag uitstel van betaling aan'],
    ['a preposition before the particle', 'ik ben met mijn moeder uit'],
    ['a verb in a clause before "maar"', 'ik vraag het maar het gaat aan'],
    ['a join no vocabulary knows', 'ik kijk het op'],
    ['a phrase with "met" after the particle', 'ik neem contact op met het loket'],
  ])('joins nothing for %s: %j', (_, text) => {
    expect(joinedIn(text).filter((word) => word !== 'aanvraag' && word !== 'aanvragen')).toEqual(
      [],
    );
  });
});

describe('the router with separable verbs', () => {
  const { router } = testCore();
  const agencyOf = (decision: RoutingDecision) =>
    decision.kind === 'routed' ? decision.best.agencyId : decision.kind;

  it.each([
    ['Wat moet ik doen om mijn oude auto over te schrijven?', 'rdw'],
    ['Hoe schrijf ik mijn scooter over?', 'rdw'],
    ['Hoe schrijf ik mijn auto over op mijn zoon?', 'rdw'],
  ])('routes %j to %s', (question, agency) => {
    expect(agencyOf(router.route(question, {}, 'nl'))).toBe(agency);
  });

  it.each(['ik kom er niet uit', 'ik geef het op'])(
    'reads no subject into %j, where a person is stuck',
    (text) => {
      expect(router.subjectOf(text)).toEqual([]);
    },
  );
});
