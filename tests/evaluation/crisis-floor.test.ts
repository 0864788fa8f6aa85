import { describe, expect, it } from 'vitest';
import { evaluateCrisis, loadCrisisProbes } from '../../src/evaluation/crisis-eval.js';
import { share } from '../../src/evaluation/routing-eval.js';
import { testCore } from '../support/app.js';

/**
 * Floors for the crisis lines on the written crisis probes (session 23, `npm run eval`). A writer
 * who never saw the crisis phrases wrote 160 messages of people in danger (an emergency, thoughts
 * of suicide, violence at home, sexual violence; half Dutch, half English) and 100 calm messages
 * that only sound like one. On arrival the right line was heard for 22.5 % of the read half and
 * 12.5 % of the unread half, with 8 % and 4 % false alarms: the phrases knew too few ways of
 * saying it. Phrases from the read half's misses and from emergencies written out by hand took the
 * read half to 95.0 % and the unread half, never read, to 30.0 %, with 4 % false alarms on both
 * calm halves. The unread figure is the honest one, and it is far too low: ADR 14 (session 23)
 * says what comes next.
 */
const FLOORS = {
  read: { right: 0.9, maxFalseAlarms: 0.06 },
  unread: { right: 0.3, maxFalseAlarms: 0.06 },
};

const probes = loadCrisisProbes();
const { crisisIn } = testCore();

describe('crisis lines on the written crisis probes (npm run eval)', () => {
  it('has both halves of both files', () => {
    for (const file of [probes.crisis, probes.calm]) {
      expect(file.read.length).toBeGreaterThanOrEqual(50);
      expect(file.unread.length).toBeGreaterThanOrEqual(50);
    }
  });

  it.each(['read', 'unread'] as const)(
    'hears the right line for people in danger (%s half)',
    (half) => {
      const report = evaluateCrisis(crisisIn, probes.crisis[half]);
      expect(share(report.right, report.total)).toBeGreaterThanOrEqual(FLOORS[half].right);
    },
  );

  it.each(['read', 'unread'] as const)('hears no crisis in calm messages (%s half)', (half) => {
    const report = evaluateCrisis(crisisIn, probes.calm[half]);
    expect(share(report.heard, report.total)).toBeLessThanOrEqual(FLOORS[half].maxFalseAlarms);
  });
});
