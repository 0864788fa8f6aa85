import { describe, expect, it } from 'vitest';
import { ids } from '../../../src/core/report/bounds.js';
import {
  buildSignalReport,
  hiddenElsewhere,
  publicBounds,
  type HourlyEvents,
  type SignalReport,
  UNKNOWN,
} from '../../../src/core/report/build-report.js';
import { reportNames } from '../../../src/core/report/render-report.js';
import {
  toCsv,
  type PublishedCount,
  type ReportCell,
} from '../../../src/core/report/signals-report.js';
import { testCore } from '../../support/app.js';

const PERIOD = { from: '2026-11-30', to: '2026-12-13', agency: null };
const { catalog, signalLabels } = testCore();
/** The names the report and the CSV give, in Dutch. */
const NAMES = reportNames(catalog, signalLabels, 'nl');
/** Noon in Amsterdam on a date, as the hour number the signal store uses. */
const noon = (day: string) => Date.parse(`${day}T11:00:00Z`) / 3_600_000;
const event = (
  day: string,
  agencyId: string | null,
  signal: string,
  count: number,
  topicId = 'algemeen',
): HourlyEvents => ({ hour: noon(day), agencyId, topicId, signal, count });

describe('the signals report', () => {
  it.each([
    [1, null, true],
    [4, null, true],
    [5, 5, false],
    [120, 120, false],
  ])('shows a count of %i on its own as %s', (count, shown, suppressed) => {
    const report = buildSignalReport([event('2026-12-01', 'uwv', 'loop', count)], PERIOD);
    expect(report.cells).toEqual([
      { week: '2026-W49', agency: 'uwv', signal: 'loop', count: shown, suppressed },
    ]);
    expect(report.total).toEqual({ key: 'total', count: shown, suppressed });
  });

  it('adds the days of one week together before it suppresses', () => {
    const report = buildSignalReport(
      [
        event('2026-11-30', 'toeslagen', 'debt', 3),
        event('2026-12-02', 'toeslagen', 'debt', 3),
        event('2026-12-07', 'toeslagen', 'debt', 2),
        event('2026-12-01', null, 'loop', 9),
      ],
      PERIOD,
    );
    expect(
      report.cells.map(({ week, agency, signal, count }) => [week, agency, signal, count]),
    ).toEqual([
      ['2026-W49', 'onbekend', 'loop', 9],
      // 3 + 3 in week 49 make 6; the 2 of week 50 is small. Toeslagen's total (8) less the 6
      // would give the 2 away, so the 6 is hidden too.
      ['2026-W49', 'toeslagen', 'debt', null],
      ['2026-W50', 'toeslagen', 'debt', null],
    ]);
  });

  it('hides a second count where a total would give a small one away', () => {
    // Week 49: 9 + 6 + 3 = 18. With only the 3 hidden, 18 - 9 - 6 would reveal it.
    const report = buildSignalReport(
      [
        event('2026-12-01', 'uwv', 'loop', 9),
        event('2026-12-01', 'uwv', 'debt', 6),
        event('2026-12-01', 'uwv', 'mistake', 3),
      ],
      PERIOD,
    );
    expect(report.total.count).toBe(18);
    // What a reader can work out anyway: 18 - 9 - (1 to 4) is 5 to 8.
    expect(report.cells).toContainEqual({
      week: '2026-W49',
      agency: 'uwv',
      signal: 'debt',
      count: null,
      suppressed: true,
      complement: true,
      min: 5,
      max: 8,
    });
    expect(hiddenPartsOfShownTotals(report)).not.toContain(1);
  });

  it('hides more where the rules of the report would still pin a small count down', async () => {
    // 5 + 1 = 6: with the 5 hidden as "x" (5 or more), the 1 would still be 6 - 5 = 1.
    const report = buildSignalReport(
      [event('2026-12-01', 'uwv', 'loop', 5), event('2026-12-01', 'uwv', 'mistake', 1)],
      PERIOD,
    );
    expect(report.total).toMatchObject({ count: null, complement: true });
    expect(pinnedSmallCounts(report)).toEqual([]);
  });

  describe('when a count hidden to protect another is the largest', () => {
    // As a reviewer found it: UWV has 22 on WW and 1 on another topic, which is not listed (ten
    // smaller topics come first by name). UWV's total, 23, less the 22 would give the 1 away.
    const report = buildSignalReport(
      [
        event('2026-11-24', 'uwv', 'wants-human', 22, 'ww'),
        event('2026-11-24', 'uwv', 'hardship', 1, 'terugbetalen-en-boete'),
        event('2026-11-24', 'toeslagen', 'wants-human', 13, 'huurtoeslag'),
        event('2026-11-24', 'toeslagen', 'debt', 2, 'zorgtoeslag'),
        event('2026-11-24', 'toeslagen', 'debt', 2, 'terugbetalen'),
        event('2026-11-24', null, 'debt', 30, 'onbekend'),
        event('2026-11-24', 'belastingdienst', 'debt', 3, 'aanslag'),
        event('2026-11-24', 'cjib', 'loop', 1, 'boete'),
        event('2026-11-24', 'cjib', 'frustration', 1, 'boete'),
      ],
      { from: '2026-11-23', to: '2026-11-29', agency: null },
    );
    const ww = report.topics.find((t) => t.key === 'uwv/ww');

    it('hides it, but with the range a reader can work out anyway', () => {
      expect(ww).toEqual({
        key: 'uwv/ww',
        count: null,
        suppressed: true,
        complement: true,
        min: 19,
        max: 22,
      });
      // The topics not listed are listed together, as that range comes from them.
      expect(report.topics).toContainEqual({ key: 'uwv/*', count: null, suppressed: true });
    });

    it('orders it by that range: above the 13, never among the small counts', () => {
      expect(report.topics.slice(0, 3).map((t) => t.key)).toEqual([
        'onbekend/onbekend',
        'uwv/ww',
        'toeslagen/huurtoeslag',
      ]);
      const lastHidden = report.topics.findLastIndex((t) => t.complement);
      const firstSmall = report.topics.findIndex((t) => t.suppressed && !t.complement);
      expect(lastHidden).toBeLessThan(firstSmall);
    });

    it('keeps counts of 5 and more that protect nothing', () => {
      // Toeslagen's unlisted topics (2 + 2) are two hidden parts: the 13 gives neither away.
      expect(report.topics).toContainEqual({
        key: 'toeslagen/huurtoeslag',
        count: 13,
        suppressed: false,
      });
    });

    it('still gives no small count away', () => {
      expect(pinnedSmallCounts(report)).toEqual([]);
      expect(hiddenPartsOfShownTotals(report)).not.toContain(1);
    });
  });

  it('counts each kind of signal per week on its own, agreeing with the totals per kind', () => {
    const report = buildSignalReport(
      [
        event('2026-12-01', 'uwv', 'debt', 20),
        event('2026-12-01', 'toeslagen', 'debt', 12),
        event('2026-12-01', 'svb', 'debt', 2),
        event('2026-12-01', 'uwv', 'frustration', 3),
        event('2026-12-01', 'duo', 'frustration', 2),
        event('2026-12-01', 'duo', 'loop', 1),
        event('2026-12-01', 'cak', 'mistake', 2),
      ],
      PERIOD,
    );
    // One week: per week and kind is the same as per kind. Before, it added up the cells of the
    // organisations with every hidden one as 1: "≥ 23" next to a debt total of 34.
    for (const signal of report.signals) {
      const perWeek = report.weekSignals.filter((w) => w.signal === signal.key);
      expect(perWeek).toHaveLength(1);
      expect(perWeek[0]).toMatchObject({ count: signal.count, suppressed: signal.suppressed });
    }
    expect(report.weekSignals).toContainEqual({
      week: '2026-W49',
      signal: 'debt',
      count: 34,
      suppressed: false,
    });
    expect(report.weekSignals).toContainEqual({
      week: '2026-W49',
      signal: 'frustration',
      count: 5,
      suppressed: false,
    });
  });

  it('hides the larger part where hiding the smaller would still give a small count away', () => {
    // 40 = 34 + 5 + 1: with the 5 hidden as "x" (5 or more), the 1 would be 40 - 34 - 5.
    const report = buildSignalReport(
      [
        event('2026-12-01', 'uwv', 'debt', 34),
        event('2026-12-01', 'uwv', 'frustration', 5),
        event('2026-12-01', 'uwv', 'loop', 1),
      ],
      PERIOD,
    );
    expect(report.signals).toEqual([
      { key: 'debt', count: null, suppressed: true, complement: true, min: 31, max: 34 },
      { key: 'frustration', count: 5, suppressed: false },
      { key: 'loop', count: null, suppressed: true },
    ]);
    expect(report.total.count).toBe(40);
    expect(pinnedSmallCounts(report)).toEqual([]);
  });

  it('never leaves exactly one hidden part under a shown total (random reports)', () => {
    const choices = {
      days: ['2026-11-30', '2026-12-03', '2026-12-08', '2026-12-12'],
      agencies: ['uwv', 'svb', 'duo', null],
      signals: ['debt', 'loop', 'mistake', 'frustration'],
      topics: ['a', 'b', 'c'],
    };
    for (const rows of randomReports(7, 300, 25, choices)) {
      const report = buildSignalReport(rows, PERIOD);
      expect(hiddenPartsOfShownTotals(report)).not.toContain(1);
    }
  });

  it('lets no reader pin a small count down from the whole report (random reports)', () => {
    const choices = {
      days: ['2026-11-30', '2026-12-08'],
      agencies: ['uwv', 'svb', 'duo', 'cak', null],
      signals: ['debt', 'loop', 'mistake', 'frustration'],
      // Enough topics that the list of ten is cut off.
      topics: ['a', 'b', 'c', 'd', 'e'],
    };
    for (const rows of randomReports(11, 300, 30, choices)) {
      const report = buildSignalReport(rows, PERIOD);
      expect(pinnedSmallCounts(report)).toEqual([]);
      // Every hidden count's range holds its real value, so the report never misleads.
      for (const entry of rangedEntries(report)) {
        expect(entry.min).toBeGreaterThanOrEqual(5);
        if (entry.max !== undefined) expect(entry.max).toBeGreaterThanOrEqual(entry.min ?? 0);
      }
    }
  });

  describe("one organisation's view next to the view of all of them", () => {
    // One week: toeslagen 19, uwv 13, unplaced 5 and four organisations with 1 each. The view
    // of all of them hides uwv's 13 to protect the four 1s.
    const rows = [
      event('2026-12-01', 'toeslagen', 'wants-human', 19),
      event('2026-12-01', 'uwv', 'wants-human', 13),
      event('2026-12-01', null, 'wants-human', 5),
      ...['cak', 'gemeente', 'informatiepunt', 'rijksoverheid'].map((agency) =>
        event('2026-12-01', agency, 'wants-human', 1),
      ),
    ];
    const whole = buildSignalReport(rows, PERIOD);
    const view = (agency: string) =>
      buildSignalReport(
        rows.filter((row) => row.agencyId === agency),
        { ...PERIOD, agency },
        { alsoHide: hiddenElsewhere(whole, agency) },
      );

    it('hides in the uwv view what the whole view hides, so no switch of filter gives it away', () => {
      const uwvCell = whole.cells.find((cell) => cell.agency === 'uwv');
      expect(uwvCell?.suppressed).toBe(true);
      const uwv = view('uwv');
      expect(uwv.cells.every((cell) => cell.suppressed)).toBe(true);
      expect(uwv.signals.every((signal) => signal.suppressed)).toBe(true);
      expect(uwv.total.suppressed).toBe(true);
      const shown = [
        ...[uwv.total, ...uwv.weeks, ...uwv.agencies, ...uwv.signals, ...uwv.topics],
        ...uwv.cells,
        ...uwv.weekSignals,
      ].map((entry) => entry.count);
      expect(shown).not.toContain(13);
    });

    it('leaves a view alone whose numbers the whole view shows', () => {
      const toeslagen = view('toeslagen');
      expect(toeslagen.total).toMatchObject({ count: 19, suppressed: false });
    });

    it('never lets a number hidden in the whole view show in any one view (random reports)', () => {
      const choices = {
        days: ['2026-11-30', '2026-12-08'],
        agencies: ['uwv', 'svb', 'duo', 'cak', null],
        signals: ['debt', 'loop', 'mistake'],
      };
      for (const some of randomReports(5, 100, 25, choices)) {
        const all = buildSignalReport(some, PERIOD);
        for (const agency of ['uwv', 'svb', 'duo', 'cak']) {
          const one = buildSignalReport(
            some.filter((row) => row.agencyId === agency),
            { ...PERIOD, agency },
            { alsoHide: hiddenElsewhere(all, agency) },
          );
          for (const cell of all.cells.filter((c) => c.agency === agency && c.suppressed)) {
            const same = one.cells.find((c) => c.week === cell.week && c.signal === cell.signal);
            expect(same?.suppressed).toBe(true);
          }
          expect(pinnedSmallCounts(one)).toEqual([]);
        }
      }
    });
  });

  it('writes CSV with "<5" for small counts and "x" for counts hidden to protect them', () => {
    const cells: ReportCell[] = [
      { week: '2026-W49', agency: 'uwv', signal: 'mistake', count: 7, suppressed: false },
      { week: '2026-W49', agency: 'uwv', signal: 'loop', count: null, suppressed: true },
      {
        week: '2026-W49',
        agency: 'uwv',
        signal: 'debt',
        count: null,
        suppressed: true,
        complement: true,
      },
    ];
    expect(toCsv(cells, NAMES)).toBe(
      '\uFEFFweek;agency;signal;count;agency_name;signal_name\n' +
        '2026-W49;uwv;mistake;7;UWV;Vergissing\n' +
        '2026-W49;uwv;loop;<5;UWV;Rondgestuurd\n' +
        '2026-W49;uwv;debt;x;UWV;Schuld\n',
    );
  });

  it('names each organisation and signal in words after its id, an unplaced signal too', () => {
    const cells: ReportCell[] = [
      {
        week: '2026-W49',
        agency: 'toeslagen',
        signal: 'digital-exclusion',
        count: 9,
        suppressed: false,
      },
      { week: '2026-W49', agency: UNKNOWN, signal: 'wants-human', count: 5, suppressed: false },
    ];
    const lines = toCsv(cells, NAMES).split('\n');
    // The contract's four columns stay first and unchanged; the names follow.
    expect(lines[0]).toBe('\uFEFFweek;agency;signal;count;agency_name;signal_name');
    expect(lines[1]).toBe(
      '2026-W49;toeslagen;digital-exclusion;9;Dienst Toeslagen;Digitaal buitengesloten',
    );
    expect(lines[2]).toBe('2026-W49;onbekend;wants-human;5;Organisatie onbekend;Wil een mens');
    const english = toCsv(cells, reportNames(catalog, signalLabels, 'en')).split('\n');
    expect(english[2]).toBe('2026-W49;onbekend;wants-human;5;Organisation unknown;Wants a person');
  });

  it('quotes a name with a separator, a comma or a quote in it, so that the columns stay in place', () => {
    const cells: ReportCell[] = [
      { week: '2026-W49', agency: 'gemeente', signal: 'debt', count: 6, suppressed: false },
    ];
    const names = {
      agency: () => 'Gemeente Den Haag, "Stadsdeel" Centrum',
      signal: () => 'Schuld',
    };
    expect(toCsv(cells, names).split('\n')[1]).toBe(
      '2026-W49;gemeente;debt;6;"Gemeente Den Haag, ""Stadsdeel"" Centrum";Schuld',
    );
    const semicolon = { agency: () => 'Gemeente Den Haag; Centrum', signal: () => 'Schuld' };
    expect(toCsv(cells, semicolon).split('\n')[1]).toBe(
      '2026-W49;gemeente;debt;6;"Gemeente Den Haag; Centrum";Schuld',
    );
  });
});

type Shown = PublishedCount & { key?: string };

/**
 * For every total the report shows next to its parts (the whole period against weeks, agencies
 * and signals; each week, agency and signal against its cells and its counts per week and kind;
 * each of those against its cells), how many of the numbers are hidden, the total included.
 * One would give that number away.
 */
function hiddenPartsOfShownTotals(report: SignalReport): number[] {
  const relations: [Shown, readonly Shown[]][] = [
    [report.total, report.weeks],
    [report.total, report.agencies],
    [report.total, report.signals],
    ...report.weeks.flatMap((w): [Shown, Shown[]][] => [
      [w, report.cells.filter((c) => c.week === w.key)],
      [w, report.weekSignals.filter((c) => c.week === w.key)],
    ]),
    ...report.agencies.map((a): [Shown, Shown[]] => [
      a,
      report.cells.filter((c) => c.agency === a.key),
    ]),
    ...report.signals.flatMap((s): [Shown, Shown[]][] => [
      [s, report.cells.filter((c) => c.signal === s.key)],
      [s, report.weekSignals.filter((c) => c.signal === s.key)],
    ]),
    ...report.weekSignals.map((ws): [Shown, Shown[]] => [
      ws,
      report.cells.filter((c) => c.week === ws.week && c.signal === ws.signal),
    ]),
  ];
  return relations.map(
    ([total, parts]) => parts.filter((p) => p.suppressed).length + (total.suppressed ? 1 : 0),
  );
}

/** Every small count ("<5") of the report that its other numbers pin down to one value. */
/**
 * Reproducible random reports: `runs` sets of up to `maxRows` rows drawn from the choices, with
 * counts mostly small (1–4) and sometimes up to 30. Without topics every row has the default.
 */
function randomReports(
  seed: number,
  runs: number,
  maxRows: number,
  choices: { days: string[]; agencies: (string | null)[]; signals: string[]; topics?: string[] },
): HourlyEvents[][] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: runs }, () =>
    Array.from({ length: 1 + Math.floor(random() * maxRows) }, () => {
      const day = pick(choices.days);
      const agency = pick(choices.agencies);
      const signal = pick(choices.signals);
      const count = 1 + Math.floor(random() * (random() < 0.6 ? 4 : 30));
      return choices.topics
        ? event(day, agency, signal, count, pick(choices.topics))
        : event(day, agency, signal, count);
    }),
  );
}

function pinnedSmallCounts(report: SignalReport): string[] {
  const bounds = publicBounds(report);
  const small: [string, Shown][] = [
    [ids.total, report.total],
    ...report.weeks.map((w): [string, Shown] => [ids.week(w.key), w]),
    ...report.agencies.map((a): [string, Shown] => [ids.agency(a.key), a]),
    ...report.signals.map((g): [string, Shown] => [ids.signal(g.key), g]),
    ...report.topics.map((t): [string, Shown] => [ids.topic(t.key), t]),
    ...report.cells.map((c): [string, Shown] => [ids.cell(c), c]),
    ...report.weekSignals.map((w): [string, Shown] => [ids.weekSignal(w), w]),
  ];
  return small
    .filter(([, entry]) => entry.suppressed && !entry.complement)
    .filter(([id]) => bounds.get(id)?.lo === bounds.get(id)?.hi)
    .map(([id]) => id);
}

function rangedEntries(report: SignalReport): Shown[] {
  return [
    report.total,
    ...report.weeks,
    ...report.agencies,
    ...report.signals,
    ...report.topics,
    ...report.cells,
    ...report.weekSignals,
  ].filter((entry) => entry.complement);
}
