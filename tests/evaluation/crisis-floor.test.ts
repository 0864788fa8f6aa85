import { describe, expect, it } from 'vitest';
import { evaluateCrisis, loadCrisisProbes } from '../../src/evaluation/crisis-eval.js';
import { share } from '../../src/evaluation/routing-eval.js';
import { testCore } from '../support/app.js';

/**
 * Floors for the crisis lines on the written crisis probes (session 23, `npm run eval`).
 *
 * A first writer who never saw the crisis phrases wrote 160 messages of people in danger (an
 * emergency, thoughts of suicide, violence at home, sexual violence; half Dutch, half English)
 * and 100 calm messages that only sound like one. On arrival the right line was heard for 22.5 %
 * of the read half and 12.5 % of the unread half, with 8 % and 4 % false alarms: the phrases knew
 * far too few ways of saying it. Phrases from the read half's misses took its unread half to
 * 30.0 %. Two more writers (distress typed on a phone with slang and typos; newcomers and people
 * writing about someone else) then measured 40.0 / 27.5 % and 36.3 / 38.8 % (read / unread half)
 * on arrival. Phrases from their read halves took the first writer's unread half to 46.3 % and
 * theirs to 30.0 % and 42.5 %. Pooled over the three: read 93.3 %, unread 39.6 %, false alarms
 * 1.3 % and 6.0 %. The unread figure is the honest one, and it is far too low: ADR 14 (session 23)
 * says what comes next.
 */
const FLOORS = {
  read: { right: 0.9, maxFalseAlarms: 0.04 },
  unread: { right: 0.39, maxFalseAlarms: 0.07 },
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
