/**
 * Secondary (complementary) suppression. Hiding small counts is not enough when a total is
 * shown next to its parts: a total of 12 with visible parts 5 and 4 and one hidden part gives the
 * hidden part away (3), and so does a hidden total whose parts all show. Wherever a total and
 * its parts together hold exactly one hidden number, the smallest visible part is hidden too
 * (or, when there is none, the total), and this repeats until none does. Two or more hidden
 * parts give away only their sum, which is at least as large as each of them.
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
      const hiddenParts = parts.filter((part) => part.hidden && part.count > 0);
      if (hiddenParts.length + (total.hidden ? 1 : 0) !== 1) continue;
      // A hidden total whose parts are all shown is their sum: a part must go.
      const next =
        parts
          .filter((part) => !part.hidden && part.count > 0)
          .sort((a, b) => a.count - b.count)[0] ?? (total.hidden ? undefined : total);
      if (!next) continue;
      next.hidden = true;
      next.complement = true;
      changed = true;
    }
  }
}
