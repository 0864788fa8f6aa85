import { describe, expect, it } from 'vitest';
import { suppress, toCsv, weeklyCells } from '../../../src/core/report/signals-report.js';

describe('the signals report', () => {
  it.each([
    [0, 0, false],
    [1, null, true],
    [4, null, true],
    [5, 5, false],
    [120, 120, false],
  ])('shows a count of %i as %s', (count, shown, suppressed) => {
    expect(suppress({ count })).toEqual({ count: shown, suppressed });
  });

  it('adds the days of one week together before it suppresses', () => {
    const cells = weeklyCells([
      { day: '2026-11-30', agencyId: 'toeslagen', signal: 'debt', count: 3 },
      { day: '2026-12-02', agencyId: 'toeslagen', signal: 'debt', count: 3 },
      { day: '2026-12-07', agencyId: 'toeslagen', signal: 'debt', count: 2 },
      { day: '2026-12-01', agencyId: null, signal: 'loop', count: 9 },
    ]);
    expect(cells).toEqual([
      { week: '2026-W49', agency: 'onbekend', signal: 'loop', count: 9, suppressed: false },
      { week: '2026-W49', agency: 'toeslagen', signal: 'debt', count: 6, suppressed: false },
      { week: '2026-W50', agency: 'toeslagen', signal: 'debt', count: null, suppressed: true },
    ]);
  });

  it('writes CSV with "<5" for suppressed cells', () => {
    expect(
      toCsv([
        { week: '2026-W49', agency: 'uwv', signal: 'mistake', count: 7, suppressed: false },
        { week: '2026-W49', agency: 'uwv', signal: 'loop', count: null, suppressed: true },
      ]),
    ).toBe('week,agency,signal,count\n2026-W49,uwv,mistake,7\n2026-W49,uwv,loop,<5\n');
  });
});
