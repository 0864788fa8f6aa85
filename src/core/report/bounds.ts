import { SUPPRESSION_THRESHOLD } from './signals-report.js';

/**
 * What a reader can work out about hidden counts from a published report alone: for every
 * number, the lowest and highest value it can have given the totals it adds up to. A small
 * count ("<5") is 1 to 4, a count hidden to protect it ("x") is 5 or more, and every total is
 * the sum of its parts. Bounds narrowed from those facts alone reveal nothing the report does
 * not; the report uses them to order and draw hidden counts truthfully, and to check that no
 * small count can be worked out exactly (then it hides more).
 */

/** The lowest and highest possible value of one number; `hi` may be `Infinity`. */
export interface Interval {
  lo: number;
  hi: number;
}

/** A total and the numbers that add up to it, by id. */
export interface Equation {
  total: string;
  parts: readonly string[];
}

/** The shape of a report: which numbers it holds, by key. */
export interface ReportShape {
  weeks: readonly string[];
  agencies: readonly string[];
  signals: readonly string[];
  cells: readonly { week: string; agency: string; signal: string }[];
  weekSignals: readonly { week: string; signal: string }[];
  /** `agency/topic`; when the list of topics is cut off, each agency also has `agency/*`. */
  topics: readonly string[];
}

/** The topics of an organisation that are not listed by name. */
export const OTHER_TOPICS = '*';

export const ids = {
  total: 'total',
  week: (week: string) => `week:${week}`,
  agency: (agency: string) => `agency:${agency}`,
  signal: (signal: string) => `signal:${signal}`,
  topic: (key: string) => `topic:${key}`,
  cell: (cell: { week: string; agency: string; signal: string }) =>
    `cell:${cell.week}|${cell.agency}|${cell.signal}`,
  weekSignal: (entry: { week: string; signal: string }) => `ws:${entry.week}|${entry.signal}`,
};

/** Every "total = sum of parts" a reader of the report knows. */
export function reportEquations(shape: ReportShape): Equation[] {
  const group = <T>(items: readonly T[], key: (item: T) => string, id: (item: T) => string) => {
    const groups = new Map<string, string[]>();
    for (const item of items) {
      const k = key(item);
      const members = groups.get(k);
      if (members) members.push(id(item));
      else groups.set(k, [id(item)]);
    }
    return (k: string) => groups.get(k) ?? [];
  };
  const cellsOfWeek = group(shape.cells, (c) => c.week, ids.cell);
  const cellsOfAgency = group(shape.cells, (c) => c.agency, ids.cell);
  const cellsOfSignal = group(shape.cells, (c) => c.signal, ids.cell);
  const cellsOfWeekSignal = group(shape.cells, (c) => `${c.week}|${c.signal}`, ids.cell);
  const weekSignalsOfWeek = group(shape.weekSignals, (w) => w.week, ids.weekSignal);
  const weekSignalsOfSignal = group(shape.weekSignals, (w) => w.signal, ids.weekSignal);
  const topicsOfAgency = group(shape.topics, (t) => t.split('/')[0] ?? '', ids.topic);
  return [
    { total: ids.total, parts: shape.weeks.map(ids.week) },
    { total: ids.total, parts: shape.agencies.map(ids.agency) },
    { total: ids.total, parts: shape.signals.map(ids.signal) },
    ...shape.weeks.flatMap((w) => [
      { total: ids.week(w), parts: cellsOfWeek(w) },
      { total: ids.week(w), parts: weekSignalsOfWeek(w) },
    ]),
    ...shape.agencies.flatMap((a) => [
      { total: ids.agency(a), parts: cellsOfAgency(a) },
      ...(topicsOfAgency(a).length > 0 ? [{ total: ids.agency(a), parts: topicsOfAgency(a) }] : []),
    ]),
    ...shape.signals.flatMap((s) => [
      { total: ids.signal(s), parts: cellsOfSignal(s) },
      { total: ids.signal(s), parts: weekSignalsOfSignal(s) },
    ]),
    ...shape.weekSignals.map((w) => ({
      total: ids.weekSignal(w),
      parts: cellsOfWeekSignal(`${w.week}|${w.signal}`),
    })),
  ];
}

/** How a published number reads to someone who knows the suppression rules. */
export function publishedInterval(entry: { count: number | null; complement?: true }): Interval {
  if (entry.complement) return { lo: SUPPRESSION_THRESHOLD, hi: Infinity };
  if (entry.count === null) return { lo: 1, hi: SUPPRESSION_THRESHOLD - 1 };
  return { lo: entry.count, hi: entry.count };
}

/**
 * Narrows the intervals with every equation until nothing changes (interval constraint
 * propagation, an equation read again whenever one of its numbers narrowed). Every step follows
 * from the equations, so the result holds whatever the hidden counts are. An id that no
 * interval is given for is taken as 0 or more.
 */
export function propagate(intervals: Map<string, Interval>, equations: readonly Equation[]): void {
  const get = (id: string) => {
    let interval = intervals.get(id);
    if (!interval) {
      interval = { lo: 0, hi: Infinity };
      intervals.set(id, interval);
    }
    return interval;
  };
  const resolved = equations.map((e) => ({ total: get(e.total), parts: e.parts.map(get) }));
  const containing = new Map<Interval, number[]>();
  resolved.forEach(({ total, parts }, index) => {
    for (const member of [total, ...parts]) {
      const list = containing.get(member);
      if (list) list.push(index);
      else containing.set(member, [index]);
    }
  });
  const queued = resolved.map(() => true);
  const queue = resolved.map((_, index) => index);
  // Narrowing stops by itself (bounds move towards the true counts); the limit guards against
  // a slow walk of one at a time through a large report.
  let budget = 200 * resolved.length + 1000;
  const narrow = (interval: Interval, lo: number, hi: number) => {
    if (lo <= interval.lo && hi >= interval.hi) return;
    interval.lo = Math.max(interval.lo, lo);
    interval.hi = Math.min(interval.hi, hi);
    for (const index of containing.get(interval) ?? []) {
      if (!queued[index]) {
        queued[index] = true;
        queue.push(index);
      }
    }
  };
  for (let head = 0; head < queue.length && budget > 0; head += 1) {
    budget -= 1;
    const index = queue[head] as number;
    queued[index] = false;
    const { total, parts } = resolved[index] as (typeof resolved)[number];
    let lo = 0;
    let finiteHi = 0;
    let unbounded = 0;
    for (const part of parts) {
      lo += part.lo;
      if (part.hi === Infinity) unbounded += 1;
      else finiteHi += part.hi;
    }
    narrow(total, lo, unbounded > 0 ? Infinity : finiteHi);
    for (const part of parts) {
      const othersLo = lo - part.lo;
      const othersHi =
        unbounded - (part.hi === Infinity ? 1 : 0) > 0
          ? Infinity
          : finiteHi - (part.hi === Infinity ? 0 : part.hi);
      narrow(part, total.lo - othersHi, total.hi - othersLo);
    }
  }
}
