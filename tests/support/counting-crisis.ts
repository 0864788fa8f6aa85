import type { CrisisTest } from '../../src/core/crisis.js';

/** A crisis test over `inner` that records every message it reads. */
export function countingCrisisTest(inner: CrisisTest): { reads: string[]; test: CrisisTest } {
  const reads: string[] = [];
  const test = Object.assign(
    (text: string) => {
      reads.push(text);
      return inner(text);
    },
    { lineOf: inner.lineOf, lineFor: inner.lineFor, lines: inner.lines, denies: inner.denies },
  ) satisfies CrisisTest;
  return { reads, test };
}
