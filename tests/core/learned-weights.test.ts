import { describe, expect, it } from 'vitest';
import {
  learnedWeightsSchema,
  storedWeights,
  toSteps,
  weightRows,
} from '../../src/core/learned-weights.js';

describe('the weights of a learned model as its file stores them', () => {
  const rows = [
    ['schuld', [0.42, -0.05]],
    ['brief', [0.004, -0.003]],
    ['boete', [-0.3, 0]],
  ] as const;
  const stored = storedWeights(rows, 2, 0.05);

  it('stores whole numbers of steps, one column per output', () => {
    expect(stored).toEqual({
      step: 0.05,
      features: ['schuld', 'boete'],
      columns: [
        [8, -6],
        [-1, 0],
      ],
    });
  });

  it('leaves out a feature whose weights all round to 0, and writes no -0', () => {
    expect(stored.features).not.toContain('brief');
    expect(storedWeights([['x', [-0.001, 0.2]]], 2, 0.1).columns[0]).toEqual([0]);
    expect(Object.is(storedWeights([['x', [-0.001, 0.2]]], 2, 0.1).columns[0]?.[0], 0)).toBe(true);
  });

  it.each([
    [1.25, 0.5, 3],
    [-1.25, 0.5, -3],
    [0.2, 0.5, 0],
    [-0.2, 0.5, 0],
  ])('stores %d in steps of %d as %d: a weight and its negative alike', (weight, step, steps) => {
    expect(toSteps(weight, step)).toBe(steps);
  });

  it('gives each feature its weights back, rounded to the step', () => {
    const back = weightRows(learnedWeightsSchema(2).parse(stored));
    expect(back.get('schuld')?.[0]).toBeCloseTo(0.4);
    expect(back.get('schuld')?.[1]).toBeCloseTo(-0.05);
    expect(back.get('boete')).toEqual([expect.closeTo(-0.3), 0]);
    expect(back.has('brief')).toBe(false);
  });

  it.each([
    ['a column of another length', { step: 0.1, features: ['a', 'b'], columns: [[1, 2], [1]] }],
    [
      'a feature listed twice',
      {
        step: 0.1,
        features: ['a', 'a'],
        columns: [
          [1, 2],
          [1, 2],
        ],
      },
    ],
    [
      'a weight that is not a whole number of steps',
      { step: 0.1, features: ['a'], columns: [[0.5], [1]] },
    ],
    ['one column too few', { step: 0.1, features: ['a'], columns: [[1]] }],
    ['no step', { step: 0, features: ['a'], columns: [[1], [1]] }],
  ])('refuses %s', (_, weights) => {
    expect(learnedWeightsSchema(2).safeParse(weights).success).toBe(false);
  });
});
