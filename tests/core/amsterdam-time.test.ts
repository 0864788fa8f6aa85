import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamToUtc,
  formatClock,
  localDateOf,
  minutesOfDay,
  offsetMinutes,
  weekdayOf,
  weekdayOfDate,
} from '../../src/core/amsterdam-time.js';

const clock = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

describe('amsterdam-time', () => {
  it('agrees with Intl on every hour from 2024 through 2031, and on a minute inside each', () => {
    // The wall clock is derived from one Intl offset per UTC hour: eight years of clock
    // changes, each hour and a moment inside it, against Intl's own rendering.
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
    });
    const mismatches: string[] = [];
    const start = Date.UTC(2024, 0, 1);
    for (let ms = start; ms < Date.UTC(2032, 0, 1); ms += 60 * 60_000) {
      for (const instant of [new Date(ms), new Date(ms + 15 * 60_000 + 59_000)]) {
        const [date, time] = intl.format(instant).split(' ');
        const ours = `${localDateOf(instant)} ${formatClock(minutesOfDay(instant))}`;
        if (ours !== `${date} ${time}`) mismatches.push(`${instant.toISOString()}: ${ours}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2026-01-12T22:59:00Z', '2026-01-12', 'a winter evening before local midnight'],
    ['2026-01-12T23:30:00Z', '2026-01-13', 'a winter instant after local midnight'],
    ['2026-06-30T21:59:00Z', '2026-06-30', 'a summer evening before local midnight'],
    ['2026-06-30T22:30:00Z', '2026-07-01', 'a summer instant after local midnight'],
  ])('the local date of %s is %s (%s)', (instant, expected) => {
    expect(localDateOf(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-01-12T07:00:00Z', '08:00', 'winter, UTC+1'],
    ['2026-07-01T06:00:00Z', '08:00', 'summer, UTC+2'],
    ['2026-03-29T00:30:00Z', '01:30', 'spring-forward day, before the change'],
    ['2026-03-29T01:00:00Z', '03:00', 'spring-forward day, at the change'],
    ['2026-10-25T00:30:00Z', '02:30', 'fall-back day, first 02:30'],
    ['2026-10-25T01:30:00Z', '02:30', 'fall-back day, second 02:30'],
    ['2026-10-25T02:00:00Z', '03:00', 'fall-back day, after the change'],
  ])('at %s Amsterdam clocks show %s (%s)', (instant, expected) => {
    expect(minutesOfDay(new Date(instant))).toBe(clock(expected));
  });

  it.each([
    ['2026-01-11T23:30:00Z', 'mon', 'Sunday in UTC but already Monday in Amsterdam'],
    ['2026-12-26T12:00:00Z', 'sat', 'Boxing Day 2026'],
  ])('the weekday at %s is %s (%s)', (instant, expected) => {
    expect(weekdayOf(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-03-29', 'sun'],
    ['2026-10-25', 'sun'],
    ['2024-02-29', 'thu'],
    ['2026-12-28', 'mon'],
  ])('the date %s falls on %s', (date, expected) => {
    expect(weekdayOfDate(date)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    [0, '00:00'],
    [510, '08:30'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('%i minutes after midnight reads %s', (minutes, expected) => {
    expect(formatClock(minutes)).toBe(expected);
  });

  it.each([
    ['2026-01-12T12:00:00Z', 60],
    ['2026-07-01T12:00:00Z', 120],
  ])('at %s Amsterdam is %i minutes ahead of UTC', (instant, expected) => {
    expect(offsetMinutes(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-01-12', '08:00', '2026-01-12T07:00:00.000Z', 'a winter morning (CET)'],
    ['2026-07-01', '08:00', '2026-07-01T06:00:00.000Z', 'a summer morning (CEST)'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z', 'just before spring-forward'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z', 'just after spring-forward'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', 'a skipped time, moved forward'],
    ['2026-03-29', '08:00', '2026-03-29T06:00:00.000Z', 'the morning of spring-forward'],
    ['2026-03-30', '08:00', '2026-03-30T06:00:00.000Z', 'the Monday after spring-forward'],
    ['2026-10-25', '01:30', '2026-10-24T23:30:00.000Z', 'before fall-back'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z', 'a repeated time, first occurrence'],
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z', 'after fall-back'],
    ['2026-10-25', '08:00', '2026-10-25T07:00:00.000Z', 'the morning of fall-back'],
    ['2026-10-26', '08:00', '2026-10-26T07:00:00.000Z', 'the Monday after fall-back'],
    ['2025-03-30', '08:00', '2025-03-30T06:00:00.000Z', 'spring-forward 2025'],
    ['2025-10-26', '08:00', '2025-10-26T07:00:00.000Z', 'fall-back 2025'],
    ['2026-01-12', '24:00', '2026-01-12T23:00:00.000Z', 'midnight at the end of a winter day'],
    ['2026-03-28', '24:00', '2026-03-28T23:00:00.000Z', 'the midnight starting spring-forward'],
    ['2026-03-29', '24:00', '2026-03-29T22:00:00.000Z', 'the midnight ending spring-forward'],
    ['2026-10-25', '24:00', '2026-10-25T23:00:00.000Z', 'the midnight ending fall-back'],
  ])('Amsterdam %s %s is %s in UTC (%s)', (date, time, expected) => {
    expect(amsterdamToUtc(date, clock(time)).toISOString()).toBe(expected);
  });

  it.each([
    ['the spring-forward weekend', '2026-03-28T00:00:00Z'],
    ['the fall-back weekend', '2026-10-24T00:00:00Z'],
  ])('converting local time back to UTC round-trips every quarter hour of %s', (_, start) => {
    const from = new Date(start).getTime();
    for (let t = from; t < from + 3 * 24 * 3600_000; t += 15 * 60_000) {
      const instant = new Date(t);
      const back = amsterdamToUtc(localDateOf(instant), minutesOfDay(instant));
      // The repeated hour of fall-back maps to its first occurrence, one hour earlier.
      const repeated =
        t >= Date.parse('2026-10-25T01:00:00Z') && t < Date.parse('2026-10-25T02:00:00Z');
      expect(back.getTime()).toBe(repeated ? t - 3600_000 : t);
    }
  });
});
