import { localDateOf } from '../amsterdam-time.js';
import {
  ids,
  OTHER_TOPICS,
  propagate,
  publishedInterval,
  reportEquations,
  type Interval,
  type ReportShape,
} from './bounds.js';
import { cheapest, hideToProtect, protectTotals, type Published } from './complementary.js';
import {
  SUPPRESSION_THRESHOLD,
  type PublishedCount,
  type ReportCell,
  type ReportWeekSignal,
} from './signals-report.js';
import { isoWeekOfDate } from './weeks.js';

export { OTHER_TOPICS };

/** Stuck events counted per UTC hour, as the signal store returns them. */
export interface HourlyEvents {
  hour: number;
  agencyId: string | null;
  topicId: string | null;
  signal: string;
  count: number;
}

export interface Total extends PublishedCount {
  key: string;
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
  /**
   * The topics with the most signals (`agency/topic`), at most ten. When one of them is hidden
   * as "x", its organisation's other topics follow as one line (`agency/*`), so that a reader
   * can tell how large the hidden one is.
   */
  topics: Total[];
}

/** The key of signals from conversations the router could not place (agency and topic). */
export const UNKNOWN = 'onbekend';
/** The printable report lists this many topics; the rest count as not shown. */
export const TOPICS_SHOWN = 10;

type Node = Published & { id: string; key: string };

/**
 * Turns hourly counts into the weekly picture: cells per week × agency × signal, and totals per
 * week (the trend), per agency, per signal, per week × signal and per topic. Every count from 1
 * to 4 is hidden, and so is every count that would let one be worked out from a total next to
 * it (complementary suppression, `protectTotals`). Then the report is read as a reader would
 * read it (`publicBounds`): while some small count can still be pinned down exactly from the
 * published numbers, one more number next to it is hidden. A count hidden to protect another
 * carries the range a reader can work out anyway (`min`, `max`), so that it is ordered, drawn
 * and named truthfully.
 */
export function buildSignalReport(
  rows: readonly HourlyEvents[],
  period: { from: string; to: string; agency: string | null },
  options: {
    /**
     * Numbers (by the ids of `bounds.ts`) that another view of the same counts hides, so they
     * stay hidden here too, and cannot be worked out here either (see `hiddenElsewhere`).
     */
    alsoHide?: ReadonlySet<string>;
  } = {},
): SignalReport {
  const daily = rows.map((row) => {
    const day = localDateOf(new Date(row.hour * 3_600_000));
    return {
      week: isoWeekOfDate(day),
      agency: row.agencyId ?? UNKNOWN,
      topic: `${row.agencyId ?? UNKNOWN}/${row.topicId ?? UNKNOWN}`,
      signal: row.signal,
      count: row.count,
    };
  });

  const nodes = new Map<string, Node>();
  const add = (id: string, key: string, count: number) => {
    const entry = nodes.get(id) ?? { id, key, count: 0, hidden: false };
    entry.count += count;
    nodes.set(id, entry);
    return entry;
  };
  const total = add(ids.total, 'total', 0);
  const shape = {
    weeks: new Set<string>(),
    agencies: new Set<string>(),
    signals: new Set<string>(),
    cells: new Map<string, { week: string; agency: string; signal: string }>(),
    weekSignals: new Map<string, { week: string; signal: string }>(),
    topics: new Set<string>(),
  };
  for (const row of daily) {
    const cell = { week: row.week, agency: row.agency, signal: row.signal };
    const weekSignal = { week: row.week, signal: row.signal };
    add(ids.total, 'total', row.count);
    add(ids.week(row.week), row.week, row.count);
    add(ids.agency(row.agency), row.agency, row.count);
    add(ids.signal(row.signal), row.signal, row.count);
    add(ids.cell(cell), '', row.count);
    add(ids.weekSignal(weekSignal), '', row.count);
    add(ids.topic(row.topic), row.topic, row.count);
    shape.weeks.add(row.week);
    shape.agencies.add(row.agency);
    shape.signals.add(row.signal);
    shape.cells.set(ids.cell(cell), cell);
    shape.weekSignals.set(ids.weekSignal(weekSignal), weekSignal);
    shape.topics.add(row.topic);
  }
  for (const entry of nodes.values()) entry.hidden = isSmall(entry.count);
  const hiddenInOtherView = [...(options.alsoHide ?? [])]
    .map((id) => nodes.get(id))
    .filter((entry): entry is Node => entry !== undefined && !entry.hidden);
  for (const entry of hiddenInOtherView) hideToProtect(entry);

  // The topics list shows the ten largest of 5 or more. A small topic is never listed: a list of
  // "<5" says nothing about where people get stuck, and each listed one is at least 1, which
  // can pin its organisation's small total down. Unlisted topics are never shown on their own,
  // so they are the first to hide when a count next to them needs protection.
  const topics = [...shape.topics]
    .map((key) => nodes.get(ids.topic(key)) as Node)
    .sort((a, b) => published(b) - published(a) || a.key.localeCompare(b.key));
  const named = topics.filter((topic) => !topic.hidden).slice(0, TOPICS_SHOWN);
  const unlisted = topics.filter((topic) => !named.includes(topic));
  for (const topic of unlisted) topic.free = true;
  const unlistedOf = (agency: string) => unlisted.filter((t) => agencyOf(t.key) === agency);

  const fullShape: ReportShape = {
    weeks: [...shape.weeks],
    agencies: [...shape.agencies],
    signals: [...shape.signals],
    cells: [...shape.cells.values()],
    weekSignals: [...shape.weekSignals.values()],
    topics: topics.map((topic) => topic.key),
  };
  const relations = reportEquations(fullShape).map((equation) => ({
    total: nodes.get(equation.total) as Node,
    parts: equation.parts.map((id) => nodes.get(id) as Node),
  }));
  const relationsOf = new Map<string, (typeof relations)[number][]>();
  for (const relation of relations) {
    for (const member of [relation.total, ...relation.parts]) {
      const around = relationsOf.get(member.id);
      if (around) around.push(relation);
      else relationsOf.set(member.id, [relation]);
    }
  }
  // The small counts no reader may pin down: every published one, and an organisation's
  // unlisted topics when they are a single small topic (a sum of two or more gives none away).
  // (`entry` is where to look for a number to hide: for unlisted topics, their organisation.)
  const watched = [...nodes.values()]
    .filter((entry) => (isSmall(entry.count) && !entry.free) || hiddenInOtherView.includes(entry))
    .map((entry) => ({ id: entry.id, entry }));
  for (const agency of shape.agencies) {
    const [only, ...more] = unlistedOf(agency);
    if (only && more.length === 0 && isSmall(only.count)) {
      const entry = nodes.get(ids.agency(agency)) as Node;
      watched.push({ id: ids.topic(`${agency}/${OTHER_TOPICS}`), entry });
    }
  }

  const publish = (): SignalReport => {
    const totalOf = (entry: Published & { key: string }): Total => ({
      key: entry.key,
      ...shownCount(entry),
    });
    const listed = (keys: Iterable<string>, id: (key: string) => string) =>
      [...keys].map((key) => totalOf(nodes.get(id(key)) as Node));
    // An organisation's unlisted topics are listed together when one of its listed topics is an
    // "x": they tell how large it is. Hidden when any of them is, as "<5" or "x" by their sum.
    const withHiddenTopic = new Set(named.filter((t) => t.complement).map((t) => agencyOf(t.key)));
    const otherLines = [...withHiddenTopic].flatMap((agency) => {
      const rest = unlistedOf(agency);
      const count = rest.reduce((sum, topic) => sum + topic.count, 0);
      if (count === 0) return [];
      const hidden = rest.some((topic) => topic.hidden);
      return [
        totalOf({
          key: `${agency}/${OTHER_TOPICS}`,
          count,
          hidden,
          complement: hidden && !isSmall(count),
        }),
      ];
    });
    return {
      ...period,
      total: totalOf(total),
      cells: fullShape.cells
        .map((cell) => ({ ...cell, ...shownCount(nodes.get(ids.cell(cell)) as Node) }))
        .sort(
          (a, b) =>
            a.week.localeCompare(b.week) ||
            a.agency.localeCompare(b.agency) ||
            a.signal.localeCompare(b.signal),
        ),
      weekSignals: fullShape.weekSignals
        .map((entry) => ({ ...entry, ...shownCount(nodes.get(ids.weekSignal(entry)) as Node) }))
        .sort((a, b) => a.week.localeCompare(b.week) || a.signal.localeCompare(b.signal)),
      weeks: listed(fullShape.weeks, ids.week).sort((a, b) => a.key.localeCompare(b.key)),
      agencies: listed(fullShape.agencies, ids.agency),
      signals: listed(fullShape.signals, ids.signal),
      topics: [...named.map(totalOf), ...otherLines],
    };
  };

  // A small count pinned down even with every other count hidden is pinned by what the report
  // lists at all (four listed parts of a total under 5 are 1 each): hiding more cannot help.
  const pinnedIn = (report: SignalReport) => {
    const bounds = publicBounds(report);
    return {
      bounds,
      pinned: watched.filter(({ id }) => {
        const interval = bounds.get(id);
        return interval !== undefined && interval.lo === interval.hi;
      }),
    };
  };
  const beyondHelp = new Set(pinnedIn(allHidden(publish())).pinned);

  for (;;) {
    protectTotals(relations);
    const report = publish();
    const read = pinnedIn(report);
    const bounds = read.bounds;
    const pinned = read.pinned.filter((entry) => !beyondHelp.has(entry));
    if (pinned.length === 0) return withRanges(report, bounds);
    // Hide one more number next to a small count a reader could pin down, then read again. One
    // hidden number often frees several pinned counts near it, so near ones wait for the next
    // reading; pinned counts far apart (other weeks, say) are handled in the same round.
    const handled = new Set<string>();
    const nearHandled = (entry: Node) =>
      (relationsOf.get(entry.id) ?? []).some((relation) =>
        [relation.total, ...relation.parts].some((member) => handled.has(member.id)),
      );
    let hid = false;
    // A count is pinned where a total equals the sum of its parts' lowest (or highest) values;
    // hiding a number of such a tight relation frees it. Without one, the nearest visible number.
    const tight = (relation: (typeof relations)[number]) => {
      const known = (entry: Node) => bounds.get(entry.id) ?? { lo: 0, hi: Infinity };
      const total = known(relation.total);
      const parts = relation.parts.map(known);
      const lo = parts.reduce((sum, part) => sum + part.lo, 0);
      const hi = parts.reduce((sum, part) => sum + part.hi, 0);
      return lo === total.hi || hi === total.lo;
    };
    for (const { entry } of pinned) {
      if (nearHandled(entry)) continue;
      const choice =
        shownCheapest(
          (relationsOf.get(entry.id) ?? [])
            .filter(tight)
            .flatMap((relation) => [relation.total, ...relation.parts]),
        ) ?? nearestVisible(entry, relationsOf);
      if (!choice) continue;
      hideToProtect(choice);
      hid = true;
      handled.add(entry.id);
      handled.add(choice.id);
    }
    if (!hid) return withRanges(report, bounds);
  }
}

/**
 * What any reader can work out from the published report alone: for every number (by the ids
 * of `bounds.ts`), its lowest and highest possible value.
 */
export function publicBounds(report: SignalReport): Map<string, Interval> {
  const intervals = new Map<string, Interval>();
  const set = (id: string, entry: PublishedCount) => intervals.set(id, publishedInterval(entry));
  set(ids.total, report.total);
  for (const w of report.weeks) set(ids.week(w.key), w);
  for (const a of report.agencies) set(ids.agency(a.key), a);
  for (const s of report.signals) set(ids.signal(s.key), s);
  for (const c of report.cells) set(ids.cell(c), c);
  for (const w of report.weekSignals) set(ids.weekSignal(w), w);
  for (const t of report.topics) set(ids.topic(t.key), t);
  // The list of topics leaves topics out (small ones, and all beyond ten): an organisation's
  // unlisted topics are one number, 0 or more unless the report lists them together.
  const listedTopics = report.topics.filter((t) => !isOtherTopics(t.key)).map((t) => t.key);
  propagate(
    intervals,
    reportEquations({
      weeks: report.weeks.map((w) => w.key),
      agencies: report.agencies.map((a) => a.key),
      signals: report.signals.map((s) => s.key),
      cells: report.cells,
      weekSignals: report.weekSignals,
      topics: [...listedTopics, ...report.agencies.map((a) => `${a.key}/${OTHER_TOPICS}`)],
    }),
  );
  return intervals;
}

/** The report as it would read with every count of 5 or more hidden as "x". */
function allHidden(report: SignalReport): SignalReport {
  const hide = <T extends PublishedCount>(entry: T): T =>
    entry.count === null
      ? entry
      : { ...entry, count: null, suppressed: true, complement: true as const };
  return {
    ...report,
    total: hide(report.total),
    cells: report.cells.map(hide),
    weekSignals: report.weekSignals.map(hide),
    weeks: report.weeks.map(hide),
    agencies: report.agencies.map(hide),
    signals: report.signals.map(hide),
    topics: report.topics.filter((t) => !isOtherTopics(t.key)).map(hide),
  };
}

/** Whether a topic key is an organisation's unlisted topics together. */
export const isOtherTopics = (key: string) => key.endsWith(`/${OTHER_TOPICS}`);

const isSmall = (count: number) => count > 0 && count < SUPPRESSION_THRESHOLD;
/** The count as published by primary suppression alone (small counts weigh nothing). */
const published = (entry: Published) => (entry.hidden ? 0 : entry.count);
const agencyOf = (topicKey: string) => topicKey.split('/')[0] ?? '';

function shownCount(entry: Published): PublishedCount {
  return {
    count: entry.hidden ? null : entry.count,
    suppressed: entry.hidden,
    ...(entry.complement ? { complement: true as const } : {}),
  };
}

/** Of shown numbers, the cheapest to hide (hiding one never shown would change nothing). */
const shownCheapest = <T extends Published>(entries: readonly T[]) =>
  cheapest(entries.filter((entry) => !entry.free));

/** The visible number next to `start` (in its relations, else further out) cheapest to hide. */
function nearestVisible<T extends Node>(
  start: T,
  relationsOf: Map<string, { total: T; parts: readonly T[] }[]>,
): T | undefined {
  const seen = new Set([start.id]);
  let frontier = [start];
  while (frontier.length > 0) {
    const around = frontier
      .flatMap((entry) => relationsOf.get(entry.id) ?? [])
      .flatMap((relation) => [relation.total, ...relation.parts]);
    const choice = shownCheapest(around);
    if (choice) return choice;
    frontier = around.filter((entry) => !seen.has(entry.id));
    for (const entry of frontier) seen.add(entry.id);
  }
  return undefined;
}

/**
 * Gives every count hidden as "x" its range, and orders agencies, signals and topics by what a
 * reader knows of them: an "x" of 19 to 22 comes before a 13, never among the "<5".
 */
function withRanges(report: SignalReport, bounds: Map<string, Interval>): SignalReport {
  const ranged = <T extends PublishedCount>(entry: T, id: string): T => {
    const interval = bounds.get(id);
    if (!entry.complement || !interval) return entry;
    return { ...entry, min: interval.lo, ...(interval.hi < Infinity ? { max: interval.hi } : {}) };
  };
  // Small counts ("<5") are all 1 to 4 as far as the order goes, and follow in name order.
  const known = (entry: Total, id: string) =>
    entry.suppressed && !entry.complement
      ? { lo: 1, hi: SUPPRESSION_THRESHOLD - 1 }
      : (bounds.get(id) ?? { lo: 0, hi: 0 });
  const order = (id: (key: string) => string) => (a: Total, b: Total) => {
    const x = known(a, id(a.key));
    const y = known(b, id(b.key));
    return y.lo - x.lo || y.hi - x.hi || a.key.localeCompare(b.key);
  };
  const list = (totals: Total[], id: (key: string) => string) =>
    totals.map((t) => ranged(t, id(t.key))).sort(order(id));
  const topics = report.topics.map((t) => ranged(t, ids.topic(t.key)));
  return {
    ...report,
    total: ranged(report.total, ids.total),
    cells: report.cells.map((c) => ranged(c, ids.cell(c))),
    weekSignals: report.weekSignals.map((w) => ranged(w, ids.weekSignal(w))),
    weeks: report.weeks.map((w) => ranged(w, ids.week(w.key))),
    agencies: list(report.agencies, ids.agency),
    signals: list(report.signals, ids.signal),
    topics: [
      ...topics.filter((t) => !isOtherTopics(t.key)).sort(order(ids.topic)),
      ...topics.filter((t) => isOtherTopics(t.key)).sort((a, b) => a.key.localeCompare(b.key)),
    ],
  };
}

/**
 * What a one-organisation view must hide because the all-organisations view of the same period
 * hides the same quantity: otherwise switching the filter gives the hidden number away, and
 * with it, by subtraction, the small counts it protects. The same quantity is the organisation's
 * cell of a week and signal (its week × signal there), its total, its topics, and its total of
 * a signal (or of a week) that has one cell only.
 */
export function hiddenElsewhere(whole: SignalReport, agency: string): Set<string> {
  const hide = new Set<string>();
  const hidden = (entry: PublishedCount) => entry.suppressed;
  const own = whole.cells.filter((cell) => cell.agency === agency);
  for (const cell of own.filter(hidden)) {
    hide.add(ids.cell(cell));
    hide.add(ids.weekSignal(cell));
    if (own.filter((other) => other.signal === cell.signal).length === 1)
      hide.add(ids.signal(cell.signal));
    if (own.filter((other) => other.week === cell.week).length === 1) hide.add(ids.week(cell.week));
  }
  const total = whole.agencies.find((entry) => entry.key === agency);
  if (total && hidden(total)) {
    hide.add(ids.total);
    hide.add(ids.agency(agency));
  }
  for (const topic of whole.topics) {
    if (hidden(topic) && agencyOf(topic.key) === agency) hide.add(ids.topic(topic.key));
  }
  return hide;
}
