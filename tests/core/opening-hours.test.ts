import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../src/catalog/schema.js';
import { dutchHolidays } from '../../src/core/holidays.js';
import {
  describeStatus,
  describeWeeklyHours,
  openingStatus,
  overlapOf,
} from '../../src/core/opening-hours.js';

// Times below are written with their Amsterdam offset: +01:00 in winter (CET), +02:00 in
// summer (CEST). 2026: summer time from 29 March to 25 October.

/** A typical government line: long weekdays, shorter Friday, closed on holidays. */
const office: WeeklyHours = {
  mon: ['08:00-20:00'],
  tue: ['08:00-20:00'],
  wed: ['08:00-20:00'],
  thu: ['08:00-20:00'],
  fri: ['08:00-17:00'],
  holidays: 'closed',
};

/** A desk with a lunch break. */
const desk: WeeklyHours = {
  mon: ['09:00-12:30', '13:30-17:00'],
  tue: ['09:00-12:30', '13:30-17:00'],
  wed: ['09:00-12:30', '13:30-17:00'],
  thu: ['09:00-12:30', '13:30-17:00'],
  fri: ['09:00-12:30', '13:30-17:00'],
  holidays: 'closed',
};

const weekend: WeeklyHours = { sat: ['10:00-16:00'], sun: ['10:00-16:00'], holidays: 'closed' };
const officeOpenOnHolidays: WeeklyHours = { ...office, holidays: 'open' };
const allDay = ['00:00-24:00'];
const alwaysOpen: WeeklyHours = {
  mon: allDay,
  tue: allDay,
  wed: allDay,
  thu: allDay,
  fri: allDay,
  sat: allDay,
  sun: allDay,
  holidays: 'open',
};

const status = (hours: WeeklyHours, local: string) =>
  openingStatus(hours, new Date(local), dutchHolidays);

const iso = (date: Date | undefined) => date?.toISOString();

describe('openingStatus', () => {
  it.each([
    ['Monday 07:59', '2026-01-12T07:59+01:00', false],
    ['Monday 08:00, the opening minute', '2026-01-12T08:00+01:00', true],
    ['Monday 19:59', '2026-01-12T19:59+01:00', true],
    ['Monday 20:00, the closing minute', '2026-01-12T20:00+01:00', false],
    ['Monday evening', '2026-01-12T22:30+01:00', false],
    ['Monday just after midnight', '2026-01-12T00:01+01:00', false],
    ['Friday 16:59', '2026-01-16T16:59+01:00', true],
    ['Friday 17:00, when Friday hours end', '2026-01-16T17:00+01:00', false],
    ['Friday 18:00, when other days are still open', '2026-01-16T18:00+01:00', false],
    ['Saturday noon', '2026-01-17T12:00+01:00', false],
    ['Sunday noon', '2026-01-18T12:00+01:00', false],
    ['a summer Wednesday at 07:59', '2026-06-17T07:59+02:00', false],
    ['a summer Wednesday at 08:00', '2026-06-17T08:00+02:00', true],
  ])('the office on %s (%s) is open: %s', (_, local, open) => {
    expect(status(office, local).openNow).toBe(open);
  });

  it.each([
    ['Monday 12:00', '2026-01-12T12:00+01:00', '2026-01-12T19:00:00.000Z'],
    ['Friday 12:00', '2026-01-16T12:00+01:00', '2026-01-16T16:00:00.000Z'],
    ['a summer Friday 12:00', '2026-06-19T12:00+02:00', '2026-06-19T15:00:00.000Z'],
  ])('the office on %s (%s) closes at %s', (_, local, closes) => {
    const result = status(office, local);
    expect(iso(result.closesAt)).toBe(closes);
    expect(result.nextOpening).toBeUndefined();
  });

  it.each([
    ['Monday before opening', '2026-01-12T07:00+01:00', '2026-01-12T07:00:00.000Z'],
    ['Monday evening', '2026-01-12T21:00+01:00', '2026-01-13T07:00:00.000Z'],
    ['Friday evening, across the weekend', '2026-01-16T17:30+01:00', '2026-01-19T07:00:00.000Z'],
    ['Saturday', '2026-01-17T12:00+01:00', '2026-01-19T07:00:00.000Z'],
  ])('the office on %s (%s) opens next at %s', (_, local, opens) => {
    const result = status(office, local);
    expect(iso(result.nextOpening)).toBe(opens);
    expect(result.closesAt).toBeUndefined();
  });

  it.each([
    [
      'before the morning opening',
      '2026-01-12T08:59+01:00',
      false,
      undefined,
      '2026-01-12T08:00:00.000Z',
    ],
    [
      'at the morning opening',
      '2026-01-12T09:00+01:00',
      true,
      '2026-01-12T11:30:00.000Z',
      undefined,
    ],
    [
      'in the last morning minute',
      '2026-01-12T12:29+01:00',
      true,
      '2026-01-12T11:30:00.000Z',
      undefined,
    ],
    [
      'at the start of lunch',
      '2026-01-12T12:30+01:00',
      false,
      undefined,
      '2026-01-12T12:30:00.000Z',
    ],
    [
      'at the afternoon opening',
      '2026-01-12T13:30+01:00',
      true,
      '2026-01-12T16:00:00.000Z',
      undefined,
    ],
    [
      'after the afternoon closing',
      '2026-01-12T17:00+01:00',
      false,
      undefined,
      '2026-01-13T08:00:00.000Z',
    ],
  ])(
    'a desk with a lunch break %s (%s): open %s, closes %s, opens %s',
    (_, local, open, closes, opens) => {
      const result = status(desk, local);
      expect(result.openNow).toBe(open);
      expect(iso(result.closesAt)).toBe(closes);
      expect(iso(result.nextOpening)).toBe(opens);
      expect(result.todayIntervals).toEqual(['09:00-12:30', '13:30-17:00']);
    },
  );

  it.each([
    [
      'Koningsdag 2026 (Monday 27 April)',
      '2026-04-27T10:00+02:00',
      'Koningsdag',
      '2026-04-28T06:00:00.000Z',
    ],
    ['Easter Monday 2026', '2026-04-06T10:00+02:00', 'Tweede paasdag', '2026-04-07T06:00:00.000Z'],
    ['Ascension Day 2026', '2026-05-14T10:00+02:00', 'Hemelvaartsdag', '2026-05-15T06:00:00.000Z'],
    ['Ascension Day 2025', '2025-05-29T10:00+02:00', 'Hemelvaartsdag', '2025-05-30T06:00:00.000Z'],
    [
      'Christmas Day 2026 (a Friday)',
      '2026-12-25T10:00+01:00',
      'Kerstmis',
      '2026-12-28T07:00:00.000Z',
    ],
    [
      'Whit Monday 2026',
      '2026-05-25T10:00+02:00',
      'Tweede pinksterdag',
      '2026-05-26T06:00:00.000Z',
    ],
  ])('the office is closed all day on %s', (_, local, holiday, opens) => {
    const result = status(office, local);
    expect(result.openNow).toBe(false);
    expect(result.todayIntervals).toEqual([]);
    expect(result.holiday?.nl).toBe(holiday);
    expect(iso(result.nextOpening)).toBe(opens);
  });

  it.each([
    ['Good Friday 2026', '2026-04-03T10:00+02:00'],
    ['Liberation Day 2026', '2026-05-05T10:00+02:00'],
    ['Liberation Day 2025, a lustrum year', '2025-05-05T10:00+02:00'],
  ])('the office is open on %s, which is not a public holiday in the table', (_, local) => {
    const result = status(office, local);
    expect(result.openNow).toBe(true);
    expect(result.holiday).toBeUndefined();
  });

  it.each([
    [
      "on Saturday 26 April 2025, King's Day moved from Sunday",
      '2025-04-26T12:00+02:00',
      false,
      'Koningsdag',
    ],
    ['on Sunday 27 April 2025, no longer a holiday', '2025-04-27T12:00+02:00', true, undefined],
  ])('a weekend line %s (%s) is open: %s', (_, local, open, holiday) => {
    const result = status(weekend, local);
    expect(result.openNow).toBe(open);
    expect(result.holiday?.nl).toBe(holiday);
  });

  it('a line open on holidays keeps its hours on Easter Monday and still names the holiday', () => {
    const result = status(officeOpenOnHolidays, '2026-04-06T10:00+02:00');
    expect(result).toEqual({
      openNow: true,
      todayIntervals: ['08:00-20:00'],
      holiday: { nl: 'Tweede paasdag', en: 'Easter Monday' },
      closesAt: new Date('2026-04-06T18:00:00.000Z'),
    });
  });

  it('a line open on holidays opens on Christmas Day, not after it', () => {
    const result = status(officeOpenOnHolidays, '2026-12-24T20:30+01:00');
    expect(iso(result.nextOpening)).toBe('2026-12-25T07:00:00.000Z');
  });

  it.each([
    [
      'Christmas 2026, Friday and Saturday, then Sunday',
      '2026-12-24T20:30+01:00',
      '2026-12-28T07:00:00.000Z',
    ],
    [
      'Christmas 2025, Thursday and Friday, then the weekend',
      '2025-12-24T20:30+01:00',
      '2025-12-29T07:00:00.000Z',
    ],
    ["New Year's Day 2026, a Thursday", '2025-12-31T20:30+01:00', '2026-01-02T07:00:00.000Z'],
    [
      'Easter 2026, from Good Friday evening to Tuesday',
      '2026-04-03T17:30+02:00',
      '2026-04-07T06:00:00.000Z',
    ],
    [
      'Good Friday 2026, which is a working day',
      '2026-04-02T20:30+02:00',
      '2026-04-03T06:00:00.000Z',
    ],
  ])('across %s (from %s) the office opens next at %s', (_, local, opens) => {
    expect(iso(status(office, local).nextOpening)).toBe(opens);
  });

  it.each([
    [
      'spring-forward: Friday 27 March to Monday 30 March 08:00 CEST',
      office,
      '2026-03-27T17:30+01:00',
      '2026-03-30T06:00:00.000Z',
    ],
    [
      'fall-back: Friday 23 October to Monday 26 October 08:00 CET',
      office,
      '2026-10-23T17:30+02:00',
      '2026-10-26T07:00:00.000Z',
    ],
    [
      'spring-forward: Saturday evening to Sunday 10:00 CEST',
      weekend,
      '2026-03-28T20:00+01:00',
      '2026-03-29T08:00:00.000Z',
    ],
    [
      'fall-back: Saturday evening to Sunday 10:00 CET',
      weekend,
      '2026-10-24T20:00+02:00',
      '2026-10-25T09:00:00.000Z',
    ],
  ])('the next opening is correct across %s', (_, hours, local, opens) => {
    expect(iso(status(hours, local).nextOpening)).toBe(opens);
  });

  it.each([
    [
      'the last summer-time Friday, at 17:00 CEST',
      office,
      '2026-10-23T12:00+02:00',
      '2026-10-23T15:00:00.000Z',
    ],
    [
      'the last winter-time Friday, at 17:00 CET',
      office,
      '2026-03-27T12:00+01:00',
      '2026-03-27T16:00:00.000Z',
    ],
    [
      'spring-forward Sunday, at 16:00 CEST',
      weekend,
      '2026-03-29T12:00+02:00',
      '2026-03-29T14:00:00.000Z',
    ],
    [
      'fall-back Sunday, at 16:00 CET',
      weekend,
      '2026-10-25T12:00+01:00',
      '2026-10-25T15:00:00.000Z',
    ],
    [
      'spring-forward Sunday for an all-day line, at midnight CEST',
      { sun: allDay, holidays: 'open' } as WeeklyHours,
      '2026-03-29T01:30+01:00',
      '2026-03-29T22:00:00.000Z',
    ],
    [
      'fall-back Sunday for an all-day line, at midnight CET',
      { sun: allDay, holidays: 'open' } as WeeklyHours,
      '2026-10-25T02:30+02:00',
      '2026-10-25T23:00:00.000Z',
    ],
  ])('the closing time is correct on %s', (_, hours, local, closes) => {
    const result = status(hours, local);
    expect(result.openNow).toBe(true);
    expect(iso(result.closesAt)).toBe(closes);
  });

  it('an evening line that runs past midnight closes on the next day', () => {
    const night: WeeklyHours = { fri: ['20:00-24:00'], sat: ['00:00-02:00'], holidays: 'open' };
    expect(iso(status(night, '2026-01-16T22:00+01:00').closesAt)).toBe('2026-01-17T01:00:00.000Z');
  });

  it('a line open day and night has no closing time within the horizon', () => {
    const result = status(alwaysOpen, '2026-12-25T03:00+01:00');
    expect(result.openNow).toBe(true);
    expect(result.closesAt).toBeUndefined();
  });

  it('a line without hours has no next opening', () => {
    const result = status({ holidays: 'closed' }, '2026-01-12T12:00+01:00');
    expect(result).toEqual({ openNow: false, todayIntervals: [] });
  });
});

describe('overlapOf', () => {
  it.each([
    [
      'the adviser inside the line',
      { mon: ['08:00-20:00'], sat: ['10:00-14:00'], holidays: 'closed' },
      { mon: ['09:00-17:00'], holidays: 'closed' },
      { mon: ['09:00-17:00'], holidays: 'closed' },
    ],
    [
      'two part days against one long one',
      { tue: ['08:00-12:00', '13:00-20:00'], holidays: 'open' },
      { tue: ['09:00-17:00'], holidays: 'open' },
      { tue: ['09:00-12:00', '13:00-17:00'], holidays: 'open' },
    ],
    [
      'no shared hour, and a holiday either side closes',
      { wed: ['08:00-12:00'], holidays: 'open' },
      { wed: ['12:00-17:00'], holidays: 'closed' },
      { holidays: 'closed' },
    ],
  ] satisfies [string, WeeklyHours, WeeklyHours, WeeklyHours][])(
    'keeps only the hours both share: %s',
    (_case, line, person, shared) => {
      expect(overlapOf(line, person)).toEqual(shared);
    },
  );
});

describe('describeWeeklyHours', () => {
  it.each([
    [
      'a long week with a short Friday',
      office,
      'ma t/m do 08:00–20:00, vr 08:00–17:00; gesloten op feestdagen',
      'Mon–Thu 08:00–20:00, Fri 08:00–17:00; closed on public holidays',
    ],
    [
      'a desk with a lunch break',
      desk,
      'ma t/m vr 09:00–12:30 en 13:30–17:00; gesloten op feestdagen',
      'Mon–Fri 09:00–12:30 and 13:30–17:00; closed on public holidays',
    ],
    [
      'a weekend line open on holidays',
      { ...weekend, holidays: 'open' } as WeeklyHours,
      'za en zo 10:00–16:00; ook open op feestdagen',
      'Sat and Sun 10:00–16:00; also open on public holidays',
    ],
    [
      'a line open day and night',
      alwaysOpen,
      'dag en nacht, elke dag, ook op feestdagen',
      'day and night, every day, public holidays included',
    ],
    [
      'a line open day and night but closed on holidays',
      { ...alwaysOpen, holidays: 'closed' } as WeeklyHours,
      'ma t/m zo 00:00–24:00; gesloten op feestdagen',
      'Mon–Sun 00:00–24:00; closed on public holidays',
    ],
    [
      'equal days that are not consecutive',
      { mon: ['09:00-17:00'], wed: ['09:00-17:00'], holidays: 'closed' } as WeeklyHours,
      'ma 09:00–17:00, wo 09:00–17:00; gesloten op feestdagen',
      'Mon 09:00–17:00, Wed 09:00–17:00; closed on public holidays',
    ],
    ['no hours at all', { holidays: 'closed' } as WeeklyHours, 'altijd gesloten', 'always closed'],
  ])('describes %s', (_, hours, nl, en) => {
    expect(describeWeeklyHours(hours, 'nl')).toBe(nl);
    expect(describeWeeklyHours(hours, 'en')).toBe(en);
  });
});

describe('describeStatus', () => {
  it.each([
    [
      'open on a weekday',
      office,
      '2026-01-12T12:00+01:00',
      'Nu open, tot 20:00.',
      'Open now, until 20:00.',
    ],
    [
      'closed before opening',
      office,
      '2026-01-12T07:00+01:00',
      'Nu gesloten. Weer open om 08:00.',
      'Closed now. Opens again at 08:00.',
    ],
    [
      'closed in the evening',
      office,
      '2026-01-12T21:00+01:00',
      'Nu gesloten. Weer open morgen om 08:00.',
      'Closed now. Opens again tomorrow at 08:00.',
    ],
    [
      'closed over the weekend',
      office,
      '2026-01-16T17:30+01:00',
      'Nu gesloten. Weer open maandag 19 januari om 08:00.',
      'Closed now. Opens again Monday 19 January at 08:00.',
    ],
    [
      'closed on Boxing Day',
      office,
      '2026-12-26T12:00+01:00',
      'Nu gesloten (Tweede kerstdag). Weer open maandag 28 december om 08:00.',
      'Closed now (Boxing Day). Opens again Monday 28 December at 08:00.',
    ],
    [
      'closed over the spring-forward weekend, in local time',
      office,
      '2026-03-27T17:30+01:00',
      'Nu gesloten. Weer open maandag 30 maart om 08:00.',
      'Closed now. Opens again Monday 30 March at 08:00.',
    ],
    [
      'closed at lunch',
      desk,
      '2026-01-12T12:45+01:00',
      'Nu gesloten. Weer open om 13:30.',
      'Closed now. Opens again at 13:30.',
    ],
    [
      'open until midnight',
      { mon: ['18:00-24:00'], holidays: 'closed' } as WeeklyHours,
      '2026-01-12T22:00+01:00',
      'Nu open, tot 24:00.',
      'Open now, until 24:00.',
    ],
    [
      'open past midnight',
      { fri: ['20:00-24:00'], sat: ['00:00-02:00'], holidays: 'open' } as WeeklyHours,
      '2026-01-16T22:00+01:00',
      'Nu open, tot morgen 02:00.',
      'Open now, until tomorrow at 02:00.',
    ],
    ['open day and night', alwaysOpen, '2026-01-12T12:00+01:00', 'Nu open.', 'Open now.'],
    [
      'never open',
      { holidays: 'closed' } as WeeklyHours,
      '2026-01-12T12:00+01:00',
      'Nu gesloten. De komende 2 weken niet open.',
      'Closed now. Not open in the next 2 weeks.',
    ],
  ])('says %s', (_, hours, local, nl, en) => {
    const now = new Date(local);
    const result = openingStatus(hours, now, dutchHolidays);
    expect(describeStatus(result, now, 'nl')).toBe(nl);
    expect(describeStatus(result, now, 'en')).toBe(en);
  });
});
