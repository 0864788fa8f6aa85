import { describe, expect, it } from 'vitest';
import handoffData from '../../../data/handoff.json';
import { assignCaseworker } from '../../../src/core/handoff/assign.js';
import { handoffConfigSchema } from '../../../src/core/handoff/config.js';
import {
  createCallbackWishTest,
  createHandoffIntent,
  createNumberAnswerTest,
  givesAnIncompleteNumber,
  givesATime,
  givesOnlyANumber,
} from '../../../src/core/handoff/intent.js';
import { newReference, REFERENCE_PATTERN } from '../../../src/core/handoff/reference.js';
import { createPhraseReader, createPhraseTest } from '../../../src/core/text.js';
import { dutchHolidays } from '../../../src/core/holidays.js';
import { testCore } from '../../support/app.js';
import { agency, fixtureCatalog, person, roster } from '../../support/catalog-fixture.js';

const config = handoffConfigSchema.parse(handoffData);

describe('hand-off references', () => {
  it('look like TSL-4K7-92Q and avoid characters that sound or look alike', () => {
    for (let i = 0; i < 200; i += 1) {
      const reference = newReference('TSL', (n) => crypto.getRandomValues(new Uint8Array(n)));
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(4)).not.toMatch(/[01OIL]/);
    }
  });

  it('are drawn from the random source, so they are not predictable', () => {
    const seen = new Set(
      Array.from({ length: 1000 }, () =>
        newReference('UWV', (n) => crypto.getRandomValues(new Uint8Array(n))),
      ),
    );
    // 32^6 references: two of 1,000 draws are the same about once in 2,000 runs (the store draws
    // again then), three practically never. A fixed source would give one.
    expect(seen.size).toBeGreaterThanOrEqual(998);
  });

  it('have a prefix for every contract agency', async () => {
    const { CONTRACT_AGENCY_IDS } = await import('../../../src/catalog/schema.js');
    for (const id of CONTRACT_AGENCY_IDS) expect(config.prefixes[id], id).toMatch(/^[A-Z]{3}$/);
  });
});

describe('a phone number too short to call', () => {
  it.each(['06 123', 'bel me op 0612', '+31 6'])('notices %j', (text) => {
    expect(givesAnIncompleteNumber(text)).toBe(true);
  });

  it.each([
    '[TELEFOON]',
    'ik woon op nummer 12',
    'is mijn zaak al klaar?',
    '06 123 en ik heb een vraag',
  ])('does not take %j for one', (text) => {
    expect(givesAnIncompleteNumber(text)).toBe(false);
  });
});

describe('reading the answer to a hand-off offer', () => {
  const answer = createHandoffIntent(config);
  it.each(['ja, graag', 'Ja graag!', 'ja', 'JA', 'yes please', 'Yes.', 'oké', 'doe maar'])(
    'takes %j as yes',
    (text) => {
      expect(answer(text)).toBe('accept');
    },
  );
  it.each([
    'nee',
    'Nee, dank u',
    'no thanks',
    'nee hoor',
    'nee dank je wel',
    'nee, dat wil ik niet',
    'no, I do not want that',
    "no, I don't want it",
    'not now',
    'maybe later',
    'nu niet',
  ])('takes %j as no', (text) => {
    expect(answer(text)).toBe('decline');
  });
  it.each(['ja maar ik heb nog een vraag over mijn huurtoeslag', 'huurtoeslag', 'jaren geleden'])(
    'takes %j as a new question',
    (text) => {
      expect(answer(text)).toBe('other');
    },
  );
  // Read from the redacted message: a number is "[TELEFOON]" there.
  it.each([
    'ja hoor',
    'ja, doe maar',
    'ja graag bel me',
    'please do',
    'ja graag, bel me op [TELEFOON]',
    'yes please, my number is [TELEFOON]',
    '[TELEFOON]',
    'ja bel me maar',
    'ok bel mij',
    'ja, bel me maar, mijn nummer is [TELEFOON]',
    'ok bel mij op [TELEFOON]',
    'ja graag, bel me op [TELEFOON] of mail naar [E-MAIL]',
    'ja graag bel me morgen na 10 uur op [TELEFOON]',
    'yes, call me after lunch on [TELEFOON] please',
    'bel me op [TELEFOON] want ik kan niet goed typen en ik heb ook geen computer',
    'ja maar bel niet voor 10 uur, [TELEFOON]',
    'ja hoe laat bellen jullie? [TELEFOON]',
  ])('takes %j as yes', (text) => {
    expect(answer(text)).toBe('accept');
  });
  it.each([
    'nee [TELEFOON]',
    'ik belde [TELEFOON] maar niemand nam op',
    'ja, maar bel me niet op [TELEFOON]',
    'nee, liever niet, mijn nummer is [TELEFOON]',
  ])('does not take %j as yes or no', (text) => {
    expect(answer(text)).toBe('other');
  });
});

describe('a question about the open case', () => {
  const asksAboutTheCase = createPhraseReader(config.caseQuestion);
  it.each([
    ['is mijn zaak al klaar?', true],
    ['ik ben nog steeds niet gebeld', true],
    ['Wat is mijn referentie?', true],
    ['nobody called me yet', true],
    ['Hoe vraag ik huurtoeslag aan?', false],
    [
      'Ik ben slachtoffer van een misdrijf, hoe loopt de zaak tegen de dader die mij heeft mishandeld en wie kan mij daarover meer vertellen?',
      false,
    ],
  ])('reads %j as about the case: %s', (text, expected) => {
    expect(asksAboutTheCase(text) !== undefined).toBe(expected);
  });

  it.each([
    ['ik heb al 3 keer gebeld niemand helpt mij', true],
    ['I have called them twice this week', true],
    ['ik ben nog steeds niet gebeld', false],
    ['nobody called me yet', false],
  ])('reads %j as the person having done the calling: %s', (text, expected) => {
    expect(createPhraseTest(config.caseQuestion.ownCalls)(text)).toBe(expected);
  });

  it('takes the longest case phrase whole, so no "picked up" is left to read as a subject', () => {
    expect(asksAboutTheCase('has anyone picked up my case yet?')).toBe('has anyone yet');
  });
});

describe('a message that says when the person can be called', () => {
  const callbackWishIn = createCallbackWishTest(config);
  it.each([
    ['ik ben pas na drie uur thuis', 'ik ben pas na drie'],
    ['bel me liever morgen', 'me liever'],
    ["bel me liever 's avonds", 'me liever'],
    ['ik werk tot 17:00', 'ik tot'],
    ["I'm at work until 5pm", 'at until'],
    ['please call me tomorrow morning', 'please me'],
  ])('reads %j as a wish, leaving %j', (text, rest) => {
    expect(callbackWishIn(text)).toBe(rest);
  });

  it.each([
    ['ik heb hulp thuis nodig', 'a word about being reached, but no time'],
    ['morgen ga ik naar de gemeente', 'a time, but nothing about being reached'],
    [
      'ik ben morgen de hele dag thuis maar ik wil eerst weten waarom mijn huurtoeslag is stopgezet en hoe ik bezwaar maak',
      'too long to be only a wish',
    ],
  ])('does not read %j as a wish: %s', (text) => {
    expect(callbackWishIn(text)).toBeUndefined();
  });
});

describe('what a request to be called says besides the request, as written', () => {
  const { remarkIn } = testCore();
  it.each([
    ['kan iemand mij bellen over mijn bijstand? mijn nummer is [TELEFOON]', undefined],
    ['toch wel, bel me op [TELEFOON]', undefined],
    ['ik wil een mens spreken over mijn huurtoeslag, bel me op [TELEFOON]', undefined],
    ['ja graag, [TELEFOON]', undefined],
    ['[TELEFOON], liefst tussen 10 en 12', 'liefst tussen 10 en 12'],
    ['ja graag, bel me op [TELEFOON] liefst tussen 10 en 12', 'liefst tussen 10 en 12'],
    ['ja graag, [TELEFOON], liefst na 15:00', 'liefst na 15:00'],
    ['bel me op [TELEFOON], ik ben slechthorend', 'ik ben slechthorend'],
    ['bel mij terug over mijn zorgtoeslag: [TELEFOON], liefst na drie uur', 'liefst na drie uur'],
  ])('reads %j as saying %j besides it', (text, remark) => {
    expect(remarkIn(text)).toBe(remark);
  });
});

describe('a note that says when to call', () => {
  it.each([
    ['[TELEFOON], liefst tussen 10 en 12', true],
    ['bel me maar op [TELEFOON] na vijf uur', true],
    ['ik ben er morgen', true],
    ['bel me op [TELEFOON], ik ben slechthorend', false],
  ])('%j gives a time: %s', (note, expected) => {
    expect(givesATime(config, note)).toBe(expected);
  });
});

describe('a message that only gives a number to call back on', () => {
  it.each([
    ['[TELEFOON]', true],
    ['u kunt me bellen op [TELEFOON]', true],
    ['mijn nummer is [TELEFOON], dank u', true],
    ['you can call me on [TELEFOON]', true],
    ['ik belde [TELEFOON] maar niemand nam op', false],
    ['u kunt me bellen', false],
  ])('%j: %s', (text, expected) => {
    expect(givesOnlyANumber(text)).toBe(expected);
  });
});

describe('a number typed where the case still needs one', () => {
  const numberGivenIn = createNumberAnswerTest(config);
  it.each([
    ['[TELEFOON]', true],
    ['mijn nummer is [TELEFOON], ik ben er altijd', true],
    ["[TELEFOON], liefst 's middags", true],
    ['bel me maar op [TELEFOON] na vijf uur', true],
    ['ik belde [TELEFOON] maar niemand nam op', false],
    ['bel me niet op [TELEFOON]', false],
    ['dat weet ik niet', false],
  ])('%j: %s', (text, expected) => {
    expect(numberGivenIn(text)).toBe(expected);
  });
});

describe('assigning a caseworker', () => {
  const hours = {
    mon: ['09:00-17:00'],
    tue: ['09:00-17:00'],
    wed: ['09:00-17:00'],
    thu: ['09:00-17:00'],
    fri: ['09:00-17:00'],
  };
  const catalog = fixtureCatalog(
    [agency('fallback'), agency('tax')],
    [
      roster('fallback', [person('info', { name: 'Team Informatie', kind: 'team' })]),
      roster('tax', [
        person('anna', { name: 'Anna', hours }),
        person('bram', { name: 'Bram', hours }),
        person('team', { name: 'Team Belasting', kind: 'team', hours }),
        person('zaterdag', { name: 'Zara', hours: { sat: ['10:00-14:00'] } }),
        person('nooit', { name: 'Niet beschikbaar', takesHandoffs: false }),
      ]),
    ],
  );
  const WEDNESDAY_10 = new Date('2026-12-02T09:00:00Z');
  const assign = (now: Date, openCases = new Map<string, number>(), locale: 'nl' | 'en' = 'nl') =>
    assignCaseworker(catalog, dutchHolidays, config, {
      agencyId: 'tax',
      topicId: null,
      now,
      locale,
      openCases,
    });

  it('gives a named person who is available now, within the callback window', () => {
    const result = assign(WEDNESDAY_10);
    expect(result.caseworker.kind).toBe('person');
    expect(['anna', 'bram']).toContain(result.caseworker.id);
    expect(result.expectedContactAt.toISOString()).toBe('2026-12-02T11:00:00.000Z');
    expect(result.expectedContact).toBe('vandaag vóór 12:00');
  });

  it('shares work fairly: whoever has the fewest open cases', () => {
    expect(
      assign(
        WEDNESDAY_10,
        new Map([
          ['anna', 3],
          ['bram', 1],
        ]),
      ).caseworker.id,
    ).toBe('bram');
    expect(
      assign(
        WEDNESDAY_10,
        new Map([
          ['anna', 0],
          ['bram', 2],
        ]),
      ).caseworker.id,
    ).toBe('anna');
  });

  it('gives the next opening and a window when nobody is available now', () => {
    const sundayEvening = new Date('2026-12-06T19:00:00Z');
    const result = assign(sundayEvening, new Map(), 'en');
    expect(['anna', 'bram']).toContain(result.caseworker.id);
    expect(result.expectedContactAt.toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(result.expectedContact).toBe('tomorrow between 09:00 and 11:00');
  });

  it('gives a case to the team that handles its very topic before a generalist with less work', () => {
    const renewals = fixtureCatalog(
      [agency('fallback'), agency('ind')],
      [
        roster('fallback', [person('info', { name: 'Team Informatie', kind: 'team' })]),
        roster('ind', [
          person('algemeen', { name: 'Team Klantcontact', kind: 'team', hours }),
          person('verlengingen', {
            name: 'Team Verlengingen',
            kind: 'team',
            hours,
            topics: ['main-topic'],
          }),
        ]),
      ],
    );
    const result = assignCaseworker(renewals, dutchHolidays, config, {
      agencyId: 'ind',
      topicId: 'main-topic',
      now: WEDNESDAY_10,
      locale: 'nl',
      openCases: new Map([['verlengingen', 4]]),
    });
    expect(result.caseworker.id).toBe('verlengingen');
  });

  it('gives a case without a topic to the general team for private people, not the business line', () => {
    const tax = fixtureCatalog(
      [
        agency('fallback'),
        agency('tax', {
          topics: [
            ...agency('tax').topics,
            {
              id: 'business',
              name: { nl: 'Ondernemen', en: 'Business' },
              terms: { nl: ['onderneming'], en: ['business'] },
              examples: ['een vraag over mijn onderneming'],
              why: { nl: 'Daarom.', en: 'Because.' },
            },
          ],
        }),
      ],
      [
        roster('fallback', [person('info', { name: 'Team Informatie', kind: 'team' })]),
        roster('tax', [
          person('ondernemers', {
            name: 'Team Ondernemers',
            kind: 'team',
            hours,
            topics: ['business'],
          }),
          person('particulieren', {
            name: 'Team Particulieren',
            kind: 'team',
            hours,
            topics: ['main-topic'],
            general: true,
          }),
        ]),
      ],
    );
    const without = (topicId: string | null) =>
      assignCaseworker(tax, dutchHolidays, config, {
        agencyId: 'tax',
        topicId,
        now: WEDNESDAY_10,
        locale: 'nl',
        openCases: new Map([['particulieren', 5]]),
      }).caseworker.id;
    expect(without(null)).toBe('particulieren');
    expect(without('business')).toBe('ondernemers');
  });

  it('picks whoever is working on a Saturday', () => {
    const saturday = new Date('2026-12-05T10:00:00Z');
    expect(assign(saturday).caseworker.id).toBe('zaterdag');
  });

  it('never promises a call today just before closing time', () => {
    const late = new Date('2026-12-02T15:45:00Z'); // 16:45 in Amsterdam
    const result = assign(late);
    expect(result.expectedContact).toBe('morgen tussen 09:00 en 11:00');
  });
});
