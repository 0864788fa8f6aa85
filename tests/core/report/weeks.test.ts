import { describe, expect, it } from 'vitest';
import {
  isoWeekDates,
  isoWeekOf,
  isoWeekOfDate,
  wholeWeeks,
} from '../../../src/core/report/weeks.js';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-30', '2026-W49'],
    ['2026-12-06', '2026-W49'],
    ['2026-12-07', '2026-W50'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeekOfDate(date)).toBe(week);
  });

  it('uses the Amsterdam date: Sunday 23:30 in Amsterdam is still that week', () => {
    // 2026-12-06 23:30 CET is 22:30Z on Sunday; 2026-12-06T23:30Z is already Monday in Amsterdam.
    expect(isoWeekOf(new Date('2026-12-06T22:30:00Z'))).toBe('2026-W49');
    expect(isoWeekOf(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50');
  });

  it.each([
    ['2026-12-02', '2026-12-03', '2026-11-30', '2026-12-06', 'mid-week to mid-week'],
    ['2026-11-30', '2026-12-06', '2026-11-30', '2026-12-06', 'already Monday to Sunday'],
    ['2026-12-06', '2026-12-07', '2026-11-30', '2026-12-13', 'a Sunday and the Monday after'],
    ['2026-12-31', '2027-01-01', '2026-12-28', '2027-01-03', 'across the new year'],
  ])('widens %s – %s to %s – %s (%s)', (from, to, monday, sunday) => {
    expect(wholeWeeks(from, to)).toEqual({ from: monday, to: sunday });
  });
});

describe('the dates of an ISO week', () => {
  it.each([
    ['2026-W49', '2026-11-30', '2026-12-06'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-W01', '2027-01-04', '2027-01-10'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('runs %s from Monday %s to Sunday %s', (week, from, to) => {
    expect(isoWeekDates(week)).toEqual({ from, to });
    expect(isoWeekOfDate(from)).toBe(week);
    expect(isoWeekOfDate(to)).toBe(week);
  });
});
