import { localDateOf } from '../amsterdam-time.js';
import { suppress, weeklyCells, type ReportCell } from './signals-report.js';
import { isoWeekOfDate } from './weeks.js';

/** Stuck events counted per UTC hour, as the signal store returns them. */
export interface HourlyEvents {
  hour: number;
  agencyId: string | null;
  topicId: string | null;
  signal: string;
  count: number;
}

export interface Total {
  key: string;
  count: number | null;
  suppressed: boolean;
}

/** Everything the API and the printable report show; every count is already suppressed. */
export interface SignalReport {
  from: string;
  to: string;
  agency: string | null;
  /** All stuck moments in the period, suppressed like any other count. */
  total: Total;
  cells: ReportCell[];
  weeks: Total[];
  agencies: Total[];
  signals: Total[];
  topics: Total[];
}

const UNKNOWN = 'onbekend';

/**
 * Turns hourly counts into the weekly picture: cells per week × agency × signal, and totals per
 * week (the trend), per agency, per signal and per topic. Every count under five is suppressed
 * on its own, so no view shows a number small enough to point at a person.
 */
export function buildSignalReport(
  rows: readonly HourlyEvents[],
  period: { from: string; to: string; agency: string | null },
): SignalReport {
  const daily = rows.map((row) => ({
    day: localDateOf(new Date(row.hour * 3_600_000)),
    agencyId: row.agencyId,
    signal: row.signal,
    count: row.count,
    topicId: row.topicId,
  }));
  const totals = (key: (row: (typeof daily)[number]) => string) => {
    const sums = new Map<string, number>();
    for (const row of daily) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.count);
    return [...sums.entries()].map(([k, count]) => suppress({ key: k, count }));
  };
  const byCount = (a: Total, b: Total) =>
    (b.count ?? 0) - (a.count ?? 0) || a.key.localeCompare(b.key);
  return {
    ...period,
    total: suppress({ key: 'total', count: daily.reduce((sum, row) => sum + row.count, 0) }),
    cells: weeklyCells(daily),
    weeks: totals((row) => isoWeekOfDate(row.day)).sort((a, b) => a.key.localeCompare(b.key)),
    agencies: totals((row) => row.agencyId ?? UNKNOWN).sort(byCount),
    signals: totals((row) => row.signal).sort(byCount),
    topics: totals((row) => `${row.agencyId ?? UNKNOWN}/${row.topicId ?? UNKNOWN}`)
      .sort(byCount)
      .slice(0, 10),
  };
}
