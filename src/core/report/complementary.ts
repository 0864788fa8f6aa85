/**
 * Secondary (complementary) suppression. Hiding small counts is not enough when a total is
 * shown next to its parts: a total of 12 with visible parts 5 and 4 and one hidden part gives the
 * hidden part away (3). Wherever a shown total has exactly one hidden part, the smallest visible
 * part is hidden too (or, when there is none, the total), and this repeats until no shown total
 * has exactly one hidden part. Two or more hidden parts give away only their sum, which is at
 * least as large as each of them.
 */

/** One published number. `hidden` is set by primary suppression, and here by secondary. */
export interface Published {
  count: number;
  hidden: boolean;
  /** Hidden here, to protect another count; its own count may be large. */
  complement?: boolean;
}

/** A published total and the published numbers that add up to it. */
export interface Relation {
  total: Published;
  parts: readonly Published[];
}

export function protectTotals(relations: readonly Relation[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { total, parts } of relations) {
      if (total.hidden) continue;
      const hiddenParts = parts.filter((part) => part.hidden && part.count > 0);
      if (hiddenParts.length !== 1) continue;
      const next =
        parts
          .filter((part) => !part.hidden && part.count > 0)
          .sort((a, b) => a.count - b.count)[0] ?? total;
      next.hidden = true;
      next.complement = true;
      changed = true;
    }
  }
}
