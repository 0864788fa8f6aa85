import { localDateOf } from '../amsterdam-time.js';
import { protectTotals, type Published } from './complementary.js';
import { SUPPRESSION_THRESHOLD, type ReportCell, type ReportWeekSignal } from './signals-report.js';
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
  /** Hidden although not small, so that a small count cannot be worked out from a total. */
  complement?: true;
}

/** Everything the API and the printable report show; every count is already suppressed. */
export interface SignalReport {
  from: string;
  to: string;
  agency: string | null;
  /** All stuck moments in the period, suppressed like any other count. */
  total: Total;
  cells: ReportCell[];
  /** Per week and kind of signal, over all organisations of the report. */
  weekSignals: ReportWeekSignal[];
  weeks: Total[];
  agencies: Total[];
  signals: Total[];
  topics: Total[];
}

/** The key of signals from conversations the router could not place (agency and topic). */
export const UNKNOWN = 'onbekend';
/** The printable report lists this many topics; the rest count as not shown. */
const TOPICS_SHOWN = 10;

/**
 * Turns hourly counts into the weekly picture: cells per week × agency × signal, and totals per
 * week (the trend), per agency, per signal, per week × signal and per topic. Every count from 1 to 4 is hidden, and
 * so is every count that would let one be worked out from a total next to it (complementary
 * suppression, `protectTotals`): no view, nor any sum of views, shows a number small enough to
 * point at a person.
 */
export function buildSignalReport(
  rows: readonly HourlyEvents[],
  period: { from: string; to: string; agency: string | null },
): SignalReport {
  const daily = rows.map((row) => ({
    day: localDateOf(new Date(row.hour * 3_600_000)),
    agency: row.agencyId ?? UNKNOWN,
    topic: row.topicId ?? UNKNOWN,
    signal: row.signal,
    count: row.count,
  }));
  type Row = (typeof daily)[number];
  const week = (row: Row) => isoWeekOfDate(row.day);
  const tally = (key: (row: Row) => string) => {
    const sums = new Map<string, Published & { key: string; row: Row }>();
    for (const row of daily) {
      const k = key(row);
      const entry = sums.get(k) ?? { key: k, row, count: 0, hidden: false };
      entry.count += row.count;
      sums.set(k, entry);
    }
    for (const entry of sums.values()) entry.hidden = isSmall(entry.count);
    return [...sums.values()];
  };

  const cells = tally((row) => `${week(row)}|${row.agency}|${row.signal}`);
  const weekSignals = tally((row) => `${week(row)}|${row.signal}`);
  const weeks = tally(week);
  const agencies = tally((row) => row.agency);
  const signals = tally((row) => row.signal);
  const topics = tally((row) => `${row.agency}/${row.topic}`);
  const sum = daily.reduce((all, row) => all + row.count, 0);
  const total: Published = { count: sum, hidden: isSmall(sum) };

  // Topics beyond the first ten are not published: to a reader they are hidden parts too.
  const shownTopics = new Set(
    [...topics]
      .sort((a, b) => published(b) - published(a) || a.key.localeCompare(b.key))
      .slice(0, TOPICS_SHOWN),
  );
  const unpublished = topics
    .filter((topic) => !shownTopics.has(topic))
    .map((topic) => ({ ...topic, hidden: true }));

  const partsOf = <T extends { row: Row }>(parts: T[], same: (row: Row) => boolean) =>
    parts.filter((part) => same(part.row));
  protectTotals([
    { total, parts: weeks },
    { total, parts: agencies },
    { total, parts: signals },
    ...weeks.map((w) => ({ total: w, parts: partsOf(cells, (row) => week(row) === w.key) })),
    ...weeks.map((w) => ({
      total: w,
      parts: partsOf(weekSignals, (row) => week(row) === w.key),
    })),
    ...weekSignals.map((ws) => ({
      total: ws,
      parts: partsOf(cells, (row) => week(row) === week(ws.row) && row.signal === ws.row.signal),
    })),
    ...agencies.map((a) => ({ total: a, parts: partsOf(cells, (row) => row.agency === a.key) })),
    ...agencies.map((a) => ({
      total: a,
      parts: partsOf([...shownTopics, ...unpublished], (row) => row.agency === a.key),
    })),
    ...signals.map((g) => ({ total: g, parts: partsOf(cells, (row) => row.signal === g.key) })),
    ...signals.map((g) => ({
      total: g,
      parts: partsOf(weekSignals, (row) => row.signal === g.key),
    })),
  ]);

  const byCount = (a: Total, b: Total) =>
    (b.count ?? 0) - (a.count ?? 0) || a.key.localeCompare(b.key);
  return {
    ...period,
    total: toTotal('total', total),
    cells: cells
      .map(({ row, ...cell }) => ({
        week: week(row),
        agency: row.agency,
        signal: row.signal,
        ...shownCount(cell),
      }))
      .sort(
        (a, b) =>
          a.week.localeCompare(b.week) ||
          a.agency.localeCompare(b.agency) ||
          a.signal.localeCompare(b.signal),
      ),
    weekSignals: weekSignals
      .map(({ row, ...entry }) => ({ week: week(row), signal: row.signal, ...shownCount(entry) }))
      .sort((a, b) => a.week.localeCompare(b.week) || a.signal.localeCompare(b.signal)),
    weeks: weeks.map((w) => toTotal(w.key, w)).sort((a, b) => a.key.localeCompare(b.key)),
    agencies: agencies.map((a) => toTotal(a.key, a)).sort(byCount),
    signals: signals.map((g) => toTotal(g.key, g)).sort(byCount),
    topics: [...shownTopics].map((t) => toTotal(t.key, t)).sort(byCount),
  };
}

const isSmall = (count: number) => count > 0 && count < SUPPRESSION_THRESHOLD;
/** The count as published: hidden counts weigh nothing, so they cannot decide an order. */
const published = (entry: Published) => (entry.hidden ? 0 : entry.count);

function shownCount(entry: Published): Pick<Total, 'count' | 'suppressed' | 'complement'> {
  return {
    count: entry.hidden ? null : entry.count,
    suppressed: entry.hidden,
    ...(entry.complement ? { complement: true as const } : {}),
  };
}

function toTotal(key: string, entry: Published): Total {
  return { key, ...shownCount(entry) };
}
