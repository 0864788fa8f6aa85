import { describe, expect, it } from 'vitest';
import { contactAnswer } from '../../src/core/compose.js';
import { chooseContact } from '../../src/core/contact.js';
import {
  createAgencyNameReader,
  createContactQuestionTest,
} from '../../src/core/contact-question.js';
import lexicon from '../../data/lexicon.json';
import { testCore, WEDNESDAY_MORNING } from '../support/app.js';

const { catalog, calendar } = testCore();
const contactQuestionIn = createContactQuestionTest(catalog.texts);

describe('a question about how to reach an organisation', () => {
  it.each([
    ['wanneer zijn ze open', 'hours', 'wanneer zijn ze'],
    ['hoe laat gaan ze open morgen?', 'hours', 'gaan ze morgen'],
    ['wat is het telefoonnummer', 'phone', 'wat is het'],
    ["what's their phone number?", 'phone', 'what s their'],
    ['kan ik daar ook langs gaan', 'visit', 'kan ik daar ook'],
    ['can I see someone in person?', 'visit', 'can i see someone'],
    ['is there someone who speaks english?', 'language', 'is there someone who'],
    [
      'ik spreek niet goed nederlands, kan iemand mij helpen in het turks',
      'language',
      'ik spreek kan iemand mij helpen',
    ],
    ['Is there someone who speaks Arabic?', 'language', 'is there someone who'],
    ['wat is het telefoonnummer van het UWV', 'phone', 'wat is het van het uwv'],
  ])('reads %j as about %s, leaving %j', (text, kind, rest) => {
    expect(contactQuestionIn(text)).toEqual({ kind, rest });
  });

  it.each([
    ['Ik heb nog een boete open staan bij het CJIB, hoe betaal ik die in delen?'],
    ['Hoe vraag ik huurtoeslag aan?'],
    [''],
  ])('does not read %j as one', (text) => {
    expect(contactQuestionIn(text)).toBeUndefined();
  });
});

describe('the answer to how to reach an organisation', () => {
  const contactOf = (agencyId: string, locale: 'nl' | 'en' = 'nl') =>
    chooseContact(catalog, calendar, { agencyId, now: WEDNESDAY_MORNING, locale });

  it('tells what the catalog says about visiting, then the contact with its hours', () => {
    const contact = contactOf('uwv');
    const answer = contactAnswer(catalog, 'visit', contact, 'nl');
    expect(answer).toContain(catalog.agencies.get('uwv')?.inPerson?.nl);
    expect(answer).toContain(contact.phone);
    expect(answer).toContain(contact.hours);
  });

  it('says to call first where the catalog says nothing about visiting', () => {
    const withoutVisits = [...catalog.agencies.values()].find((agency) => !agency.inPerson);
    expect(withoutVisits).toBeDefined();
    const contact = contactOf(withoutVisits?.id ?? '');
    expect(contactAnswer(catalog, 'visit', contact, 'nl')).toMatch(/Bel dan eerst\./);
  });

  it('gives the number and the hours when asked when they are open', () => {
    const contact = contactOf('cak', 'en');
    const answer = contactAnswer(catalog, 'hours', contact, 'en');
    expect(answer).toMatch(/^Below are the number and the opening hours of the CAK/);
    expect(answer).toContain(contact.status);
  });
});

describe('an organisation named by its name', () => {
  const agencyNamedIn = createAgencyNameReader(lexicon.mentions);
  it.each([
    ['wat is het nummer van de svb', 'svb', 'wat is het nummer van de'],
    ['can I visit the IND office?', 'ind', 'can i visit the office'],
    ['hoe laat is de belastingdienst open', 'belastingdienst', 'hoe laat is de open'],
  ])('reads %j as naming %s, leaving %j', (text, agencyId, rest) => {
    expect(agencyNamedIn(text)).toEqual({ agencyId, rest });
  });

  it('reads no name in a question that names none', () => {
    expect(agencyNamedIn('wanneer zijn ze open')).toBeUndefined();
  });
});
