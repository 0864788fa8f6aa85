import { SUPPRESSION_THRESHOLD } from './signals-report.js';

/**
 * Secondary (complementary) suppression. Hiding small counts is not enough when a total is
 * shown next to its parts: a total of 12 with visible parts 5 and 4 and one hidden part gives the
 * hidden part away (3). Wherever a total and its parts together hold exactly one hidden number,
 * another is hidden too: the smallest visible part (one that is never shown anyway first, and
 * one large enough that the small count cannot be worked out from "x is 5 or more"), or, when
 * there is none, the total. This repeats until no such relation holds exactly one hidden
 * number. Two or more hidden numbers give away only their sum or difference.
 */

/** The least a count hidden as "x" can be: anything smaller is shown as "<5". */
const SMALLEST_HIDDEN_X = SUPPRESSION_THRESHOLD;

/** One published number. `hidden` is set by primary suppression, and here by secondary. */
export interface Published {
  count: number;
  hidden: boolean;
  /** Hidden here, to protect another count; its own count may be large. */
  complement?: boolean;
  /**
   * Never shown on its own (the topics of an organisation that did not make the list), so
   * hiding it costs the reader nothing: it is the first choice to protect another.
   */
  free?: boolean;
}

/** A published total and the published numbers that add up to it. */
export interface Relation {
  total: Published;
  parts: readonly Published[];
}

/** Hides `entry` to protect another count. */
export function hideToProtect(entry: Published): void {
  entry.hidden = true;
  entry.complement = true;
}

/** Visible numbers, cheapest to hide first: one never shown, then the smallest. */
function byCost<T extends Published>(entries: readonly T[]): T[] {
  return entries
    .filter((entry) => !entry.hidden && entry.count > 0)
    .sort((a, b) => Number(b.free ?? false) - Number(a.free ?? false) || a.count - b.count);
}

/** Of visible numbers, the one that is cheapest to hide. */
export function cheapest<T extends Published>(entries: readonly T[]): T | undefined {
  return byCost(entries)[0];
}

export function protectTotals(relations: readonly Relation[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { total, parts } of relations) {
      const hiddenParts = parts.filter((part) => part.hidden && part.count > 0);
      if (hiddenParts.length + (total.hidden ? 1 : 0) !== 1) continue;
      // A hidden total whose parts are all shown is their sum: a part must go.
      const next = safest(hiddenParts, parts) ?? (total.hidden ? undefined : total);
      if (!next) continue;
      hideToProtect(next);
      changed = true;
    }
  }
}

/**
 * The cheapest visible part to hide next to `hidden`, but not one that leaves the small hidden
 * count pinned down: a reader knows an "x" is 5 or more, so a hidden 1 and a hidden 5 whose sum
 * (6) shows are 1 and 5. A part that makes the hidden sum at least 7 leaves the small one 1 to 2
 * or more; without one, the cheapest (and more is hidden later).
 */
function safest(hidden: readonly Published[], parts: readonly Published[]): Published | undefined {
  const smallOnes = hidden.filter((part) => !part.complement).length;
  const sum = hidden.reduce((all, part) => all + part.count, 0);
  const needed =
    2 + SMALLEST_HIDDEN_X + (smallOnes - 1) + SMALLEST_HIDDEN_X * (hidden.length - smallOnes);
  const candidates = byCost(parts);
  return (
    (smallOnes === 0 ? undefined : candidates.find((part) => sum + part.count >= needed)) ??
    candidates[0]
  );
}
