import { describe, expect, it } from 'vitest';
import { chooseContact, namedIn, rosterNameIn } from '../../src/core/contact.js';
import { dutchHolidays } from '../../src/core/holidays.js';
import { openingStatus } from '../../src/core/opening-hours.js';
import { agency, fixtureCatalog, person, roster } from '../support/catalog-fixture.js';
import { SUNDAY_AFTERNOON, testCore, WEDNESDAY_MORNING } from '../support/app.js';

const unverifiedPhones = [
  {
    id: 'main',
    label: { nl: 'Nummer', en: 'Number' },
    number: '050-0000000',
    cost: { nl: 'Gewoon tarief', en: 'Regular rate' },
    hoursVerification: 'unverified',
    verification: 'unverified',
    source: 'searched, not found',
  },
];

const debtTopic = {
  id: 'debt',
  name: { nl: 'Schuld', en: 'Debt' },
  terms: { nl: ['schuld'], en: ['debt'] },
  examples: ['ik heb een schuld'],
  why: { nl: 'Daarom.', en: 'Because.' },
};

const catalog = fixtureCatalog(
  [
    agency('fallback'),
    agency('tax', {
      topics: [...agency('x').topics, debtTopic],
    }),
    agency('evening', {
      phones: [{ ...agency('x').phones[0], hours: { mon: ['08:00-22:00'], sat: ['10:00-16:00'] } }],
    }),
    agency('unverified', { phones: unverifiedPhones }),
    agency('part-time', { topics: [...agency('x').topics, debtTopic] }),
    agency('specialists', {
      topics: [...agency('x').topics, debtTopic],
    }),
  ],
  [
    roster('fallback', [person('info-team', { name: 'Team Informatie', kind: 'team' })]),
    roster('tax', [
      person('general', { name: 'Mevrouw A. Algemeen' }),
      person('debt-team', { name: 'Team Schulden', kind: 'team', topics: ['debt'] }),
    ]),
    roster('part-time', [
      person('monday-specialist', {
        name: 'Meneer M. Maandag',
        topics: ['debt'],
        hours: { mon: ['09:00-17:00'] },
      }),
      person('weekday-team', { name: 'Team Alles', kind: 'team' }),
      person('weekday-person', { name: 'Mevrouw W. Week' }),
    ]),
    roster('evening', [
      person('day', { name: 'Dagdienst' }),
      person('saturday', { name: 'Zaterdagdienst', hours: { sat: ['10:00-16:00'] } }),
    ]),
    roster('unverified', [person('nobody', { name: 'Meneer Onbekend' })]),
    roster('specialists', [
      person('debt-team', { name: 'Team Schulden', kind: 'team', topics: ['debt'] }),
    ]),
  ],
);

const SATURDAY_NOON = new Date('2026-12-05T11:00:00Z');
// Monday 30 November 2026, 10:00 in Amsterdam.
const MONDAY_MORNING = new Date('2026-11-30T09:00:00Z');

describe('choosing the human contact', () => {
  it('names a person of the routed agency with phone, hours and open-now', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'tax',
      topicId: 'main-topic',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(contact).toMatchObject({
      name: 'Mevrouw A. Algemeen',
      organisation: 'Organisatie tax',
      phone: '0800-0000',
      openNow: true,
      nextOpening: null,
      agencyId: 'tax',
      kind: 'person',
    });
    expect(contact.hours).toMatch(/09:00.17:00/);
    expect(contact.status).toMatch(/open/i);
    expect(contact.note).toBeUndefined();
  });

  it('prefers the team that handles the topic', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'tax',
      topicId: 'debt',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(contact.name).toBe('Team Schulden');
  });

  it("offers a team of the agency on its own line when no one handles that topic, without a stand-in's note", () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'specialists',
      topicId: 'main-topic',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(contact).toMatchObject({ name: 'Team Schulden', agencyId: 'specialists' });
    expect(contact.note).toBeUndefined();
  });

  it('prefers whoever is open now', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'evening',
      topicId: null,
      now: SATURDAY_NOON,
      locale: 'nl',
    });
    expect(contact).toMatchObject({ name: 'Zaterdagdienst', openNow: true });
  });

  // A part-time debt specialist (Mondays), a team and a person who handle everything (weekdays).
  const partTime = (now: Date, locale: 'nl' | 'en' = 'nl') =>
    chooseContact(catalog, dutchHolidays, { agencyId: 'part-time', topicId: 'debt', now, locale });

  it.each([
    ['the specialist, who is at work', MONDAY_MORNING, 'Meneer M. Maandag'],
    ['a colleague at work, not the specialist who is off', WEDNESDAY_MORNING, 'Team Alles'],
    ['the team when no one is at work, not a person', SUNDAY_AFTERNOON, 'Team Alles'],
  ])('names %s', (_case, now, name) => {
    expect(partTime(now).name).toBe(name);
  });

  it.each([
    ['nl', 'Meneer M. Maandag'],
    ['en', 'Mr M. Maandag'],
  ] as const)('addresses a person in %s as its readers expect: %s', (locale, name) => {
    expect(partTime(MONDAY_MORNING, locale).name).toBe(name);
  });

  it('says when a closed line opens again', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'tax',
      topicId: null,
      now: SUNDAY_AFTERNOON,
      locale: 'en',
    });
    expect(contact.openNow).toBe(false);
    // Monday 7 December 2026, 09:00 in Amsterdam (CET, UTC+1).
    expect(contact.nextOpening).toBe('2026-12-07T08:00:00.000Z');
    expect(contact.status).toMatch(/Closed now/);
  });

  it('never offers an unverified number: a verified line stands in and says so', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: 'unverified',
      topicId: null,
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(contact).toMatchObject({
      name: 'Team Informatie',
      agencyId: 'fallback',
      phone: '0800-0000',
    });
    expect(contact.note).toContain('Organisatie unverified');
  });

  it('gives the fallback contact when no agency fits, without a note', () => {
    const contact = chooseContact(catalog, dutchHolidays, {
      agencyId: null,
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(contact.agencyId).toBe('fallback');
    expect(contact.note).toBeUndefined();
  });
});

describe('the real catalog', () => {
  const { catalog: real, calendar } = testCore();
  const cases = [...real.agencies.values()].flatMap((a) => [
    [a.id, null] as const,
    ...a.topics.map((topic) => [a.id, topic.id] as const),
  ]);

  it.each(cases)(
    'gives %s (topic %s) a named contact with a verified number',
    (agencyId, topicId) => {
      for (const now of [WEDNESDAY_MORNING, SUNDAY_AFTERNOON]) {
        const contact = chooseContact(real, calendar, { agencyId, topicId, now, locale: 'nl' });
        expect(contact.name.length).toBeGreaterThan(2);
        const line = real.agencies
          .get(contact.agencyId)
          ?.phones.find((phone) => phone.number === contact.phone);
        expect(line?.verification).not.toBe('unverified');
        // Hours in clock times, or a line that never closes.
        expect(contact.hours).toMatch(/\d\d:\d\d|^dag en nacht/);
      }
    },
  );

  // Every hour of a week with a holiday-free Monday to Sunday (30 November to 6 December 2026).
  const week = Array.from(
    { length: 7 * 24 },
    (_, hour) => new Date(Date.UTC(2026, 10, 30, 0, 30) + hour * 3_600_000),
  );

  it.each(cases)(
    'never tells a caller of %s (topic %s) to ask for an adviser who is not at work',
    (agencyId, topicId) => {
      for (const now of week) {
        const contact = chooseContact(real, calendar, { agencyId, topicId, now, locale: 'nl' });
        if (contact.kind !== 'person' || !contact.openNow) continue;
        const person = [...real.rosters.values()]
          .flatMap((roster) => roster.contacts)
          .find((one) => one.name === contact.name);
        expect(person, contact.name).toBeDefined();
        expect(
          openingStatus(person!.hours, now, calendar).openNow,
          `${contact.name} ${now.toISOString()}`,
        ).toBe(true);
      }
    },
  );

  it('names the Benefits Office line team, open until 20:00, on a Monday at 18:30', () => {
    const contact = chooseContact(real, calendar, {
      agencyId: 'toeslagen',
      topicId: 'zorgtoeslag',
      now: new Date('2026-11-30T17:30:00Z'),
      locale: 'nl',
    });
    expect(contact).toMatchObject({ kind: 'team', openNow: true, phone: '0800-0543' });
    expect(contact.status).toMatch(/tot 20:00/);
  });
});

describe('a contact named in English', () => {
  const { catalog: real, calendar } = testCore();
  const repayment = (locale: 'nl' | 'en') =>
    chooseContact(real, calendar, {
      agencyId: 'toeslagen',
      topicId: 'terugbetalen',
      now: WEDNESDAY_MORNING,
      locale,
    });

  it("is the team's English name in an English answer, and its Dutch name in a Dutch one", () => {
    expect(repayment('en').name).toBe('Team Benefit Repayments');
    expect(repayment('nl').name).toBe('Team Terugvordering Toeslagen');
  });

  it('keeps a name an English reader understands, and addresses a person as English does', () => {
    const team = chooseContact(real, calendar, {
      agencyId: 'ind',
      now: SUNDAY_AFTERNOON,
      locale: 'en',
      teamOnly: true,
    });
    expect(team.name).not.toMatch(/Klantcontact|Verlengingen|Vragen uit/);
    expect(rosterNameIn({ name: 'Mevrouw S. (Sanne) de Vries' }, 'en')).toBe(
      'Ms S. (Sanne) de Vries',
    );
    expect(rosterNameIn({ name: 'Team BelastingTelefoon' }, 'en')).toBe('Team BelastingTelefoon');
  });

  it('is named in English for every team whose Dutch name says Team, Klantcontact or Klantenservice', () => {
    const dutchOnly = [...real.rosters.values()]
      .flatMap((roster) => roster.contacts)
      .filter((one) => one.kind === 'team' && !one.nameEn)
      .filter((one) => /Team (?!BelastingTelefoon$)|Klantcontact|Klantenservice/.test(one.name));
    expect(dutchOnly.map((one) => one.name)).toEqual([]);
  });

  it("finds a case's team by its Dutch name, and leaves a name no roster holds as it is", () => {
    expect(namedIn(real, 'toeslagen', 'Team Terugvordering Toeslagen', 'en')).toBe(
      'Team Benefit Repayments',
    );
    expect(namedIn(real, 'toeslagen', 'Meneer A. El Amrani', 'en')).toBe('Mr A. El Amrani');
  });
});

describe('the number to dial from abroad', () => {
  const { catalog: real, calendar } = testCore();
  const phoneOf = (agencyId: string) =>
    chooseContact(real, calendar, { agencyId, now: WEDNESDAY_MORNING, locale: 'nl' });

  it.each([
    ['belastingdienst', '+31 55 538 53 85'],
    ['toeslagen', '+31 55 538 53 85'],
    ['uwv', '+31 88 898 20 01'],
    ['rijksoverheid', '+31 70 2140214'],
    ['ind', '+31 880 430 430'],
  ])('is given for %s beside its own number: %s', (agencyId, number) => {
    const contact = phoneOf(agencyId);
    expect(contact.phoneAbroad).toBe(number);
    expect(contact.phone).not.toBe(number);
  });

  it('is read from a source for every line that has one, never unverified', () => {
    for (const agency of real.agencies.values()) {
      for (const line of agency.phones) {
        if (!line.numberAbroad) continue;
        expect(line.numberAbroad.number, `${agency.id}/${line.id}`).toMatch(/^\+31 /);
        expect(line.numberAbroad.verification).not.toBe('unverified');
      }
    }
  });

  it('marks the contact of a person who says they are abroad', () => {
    const contact = chooseContact(real, calendar, {
      agencyId: 'uwv',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
      abroad: true,
    });
    expect(contact.abroad).toBe(true);
    expect(phoneOf('uwv').abroad).toBeUndefined();
  });
});

describe("the municipalities' shared way to dial", () => {
  const { catalog: real, calendar } = testCore();
  it.each([
    ['nl', '14 + netnummer'],
    ['en', '14 + area code'],
  ] as const)('is written for a %s reader as %j', (locale, phone) => {
    const contact = chooseContact(real, calendar, {
      agencyId: 'gemeente',
      topicId: null,
      now: WEDNESDAY_MORNING,
      locale,
    });
    expect(contact.phone).toBe(phone);
  });
});

describe('the hours a caller meets', () => {
  const { catalog: real, calendar } = testCore();
  // Wednesday 2 December 2026, 08:30 in Amsterdam: 1400 answers from 08:00; the adviser who
  // handles new measures starts at 09:00.
  const EARLY = new Date('2026-12-02T07:30:00Z');

  it("are the line's checked hours, and name the colleague at work before the adviser who is not yet", () => {
    const asked = {
      agencyId: 'rijksoverheid',
      topicId: 'nieuwe-maatregelen',
      locale: 'nl',
    } as const;
    const contact = chooseContact(real, calendar, { ...asked, now: EARLY });
    expect(contact).toMatchObject({ phone: '1400', openNow: true, kind: 'team' });
    expect(contact.hours).toBe('ma t/m vr 08:00–20:00; gesloten op feestdagen');
    const later = chooseContact(real, calendar, { ...asked, now: WEDNESDAY_MORNING });
    expect(later.name).toContain('de Vries');
  });

  it("are the roster's when the line's hours were not checked", () => {
    const contact = chooseContact(real, calendar, {
      agencyId: 'uwv',
      topicId: null,
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    const line = real.agencies.get('uwv')?.phones.find((phone) => phone.number === contact.phone);
    expect(line?.hoursVerification).toBe('unverified');
    expect(contact.hours).toMatch(/\d\d:\d\d/);
  });
});
