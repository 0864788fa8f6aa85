import { describe, expect, it } from 'vitest';
import {
  STUCK_TARGETS,
  evaluateStuckSets,
  stuckShare,
  type StuckEvalReport,
} from '../../scripts/eval-stuck.js';

/**
 * Floors under the stuck-signal figures (scripts/eval-stuck.ts, `npm run eval`), a few points
 * below what the detector measured when they were set:
 *
 *   set        items  any signal  expected found
 *   dev           70       92.9%           88.6%   (misses read while widening the lexicon)
 *   holdout       71       80.3%           70.4%   (misses read in round three)
 *   holdout2      64       76.6%           73.4%   (misses read in round three)
 *   dev2         147       83.0%           81.6%   (misses read for the narrative vocabulary)
 *   holdout3     110       81.8%           76.4%   (misses read in round three)
 *
 * Round three (families of narrative phrasing, written broadly and checked on invented
 * sentences) read the misses of every set above, so none of them is held out any more; the
 * blind measure of that round is a new set collected by someone else (stuck-holdout4).
 *
 * (Before round three: dev 91.4/88.6, holdout 59.2/52.1, holdout2 60.9/56.3, dev2 81.0/80.3,
 * holdout3 46.4/39.1. Before the narrative vocabulary: dev 87.1/87.1, holdout 47.9/42.3,
 * holdout2 46.9/45.3, dev2 36.1/34.0, holdout3 35.5/30.9.)
 *
 * A change that drops below a floor makes the detector miss more real stuck phrasing: fix the
 * change, or argue in its commit why the floor may go down. Raising a floor needs a fresh
 * held-out set collected before the change, by someone else; the dev set alone says little.
 *
 * The target (at least one signal on 85%, the right one on 70% of unseen phrasing) is
 * not met; it is listed below as a todo so that it stays visible.
 */
const FLOORS = {
  dev: { anySignal: 0.9, expectedFound: 0.85 },
  holdout: { anySignal: 0.77, expectedFound: 0.67 },
  holdout2: { anySignal: 0.73, expectedFound: 0.7 },
  dev2: { anySignal: 0.8, expectedFound: 0.78 },
  holdout3: { anySignal: 0.78, expectedFound: 0.73 },
} as const;

const reports = evaluateStuckSets();

describe('stuck-signal recall on real phrasing (npm run eval)', () => {
  it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])(
    'has at least 60 labelled phrasings in %s',
    (set) => {
      expect(reports[set].total).toBeGreaterThanOrEqual(60);
    },
  );

  it.each(Object.entries(FLOORS) as [keyof typeof FLOORS, (typeof FLOORS)['dev']][])(
    'keeps its floors on %s',
    (set, floor) => {
      const report: StuckEvalReport = reports[set];
      expect(stuckShare(report.anySignal, report.total)).toBeGreaterThanOrEqual(floor.anySignal);
      expect(stuckShare(report.expectedFound, report.total)).toBeGreaterThanOrEqual(
        floor.expectedFound,
      );
    },
  );

  it.todo(
    `reaches the issue target on unseen phrasing: any signal >= ${STUCK_TARGETS.anySignal * 100}%, right signal >= ${STUCK_TARGETS.expectedFound * 100}%`,
  );
});
