import { describe, expect, it } from 'vitest';
import { activeMs } from '../../scripts/worker/profile.js';

/** A profile with one busy function and V8's idle node; deltas in microseconds. */
function profile(samples: ('busy' | 'idle')[], timeDeltas: number[]) {
  return {
    nodes: [
      { id: 1, callFrame: { functionName: 'turn' } },
      { id: 2, callFrame: { functionName: '(idle)' } },
    ],
    samples: samples.map((s) => (s === 'busy' ? 1 : 2)),
    timeDeltas,
  };
}

describe('activeMs (CPU from a V8 profile)', () => {
  it.each([
    ['counts every non-idle interval', ['busy', 'busy', 'idle'], [100, 100, 100], {}, 0.2],
    [
      'uncapped, counts the long gap before a sample in full',
      ['busy', 'busy', 'busy'],
      [100, 100, 5000],
      {},
      5.2,
    ],
    [
      'capped, counts a sample after a gap as two median intervals',
      ['busy', 'busy', 'busy'],
      [100, 100, 5000],
      { capped: true },
      0.4,
    ],
    [
      'capped, still leaves idle samples out',
      ['busy', 'idle', 'busy'],
      [100, 100, 100],
      { capped: true },
      0.2,
    ],
  ] as const)('%s', (_says, samples, deltas, options, expected) => {
    expect(activeMs(profile([...samples], [...deltas]), options)).toBeCloseTo(expected, 6);
  });
});
