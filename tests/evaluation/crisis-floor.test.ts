import { describe, expect, it } from 'vitest';
import { evaluateCrisis, loadCrisisProbes } from '../../src/evaluation/crisis-eval.js';
import { share } from '../../src/evaluation/routing-eval.js';
import { testCore } from '../support/app.js';

/**
 * Floors for the crisis lines on the written crisis probes (session 23, `npm run eval`).
 *
 * Five writers who never saw the crisis phrases each wrote 160 messages of people in danger (an
 * emergency, thoughts of suicide, violence at home, sexual violence; half Dutch, half English)
 * and 100 calm messages that only sound like one. Each set was measured on arrival, before
 * anyone read it; then its read half (odd lines) was read for phrases:
 *
 * - the first writer (plain messages): 22.5 / 12.5 % heard (read / unread half);
 * - the second (distress typed on a phone): 40.0 / 27.5 %, after the first writer's phrases;
 * - the third (newcomers, people writing about someone else): 36.3 / 38.8 %;
 * - the fourth (long messages that start with an ordinary question and describe the danger
 *   without its name): 23.8 / 18.8 %;
 * - the fifth (symptoms instead of names, hints of suicide, simple words): 28.8 / 36.3 %.
 *
 * With all their phrases the unread halves, never read, stand at 50.0, 37.5, 47.5, 18.8 and
 * 41.3 %: 39.0 % pooled, with 6.0 % false alarms on the calm unread halves (1.2 % on the read
 * ones). Phrases help least where the danger is described rather than named (the fourth
 * writer). A learned second reader behind the phrases (src/core/crisis-model.ts, trained on the
 * read halves, routing questions and the stuck sets' distressed but safe messages) took the
 * unread halves to 48.0 % with the same false alarms, and raised nothing more on the routing
 * questions, the ordinary messages or the stuck sets it never saw. The unread figure is the
 * honest one, and it is still too low: ADR 14 (session 23) says what comes next.
 */
const FLOORS = {
  read: { right: 0.95, maxFalseAlarms: 0.03 },
  unread: { right: 0.475, maxFalseAlarms: 0.065 },
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
