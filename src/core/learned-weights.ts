import { z } from 'zod';

/**
 * How the two learned models (the stuck signals, ADR 15; the crisis check, ADR 14) store their
 * weights: the features in one list, and per output one column of whole numbers, each standing
 * for that many `step`s. Written per feature as decimals, the same weights took a sixth more room,
 * gzipped (ADR 12, session 25): gzip finds the repeats of a column of small numbers, not of rows
 * that mix words and numbers.
 */
export const learnedWeightsSchema = (outputs: number) =>
  z
    .strictObject({
      /** What one unit of a stored weight weighs. */
      step: z.number().positive().max(1),
      features: z.array(z.string().min(1)),
      /**
       * Per output, the weight of each feature in `features` order, in steps. Checked as one
       * array each: a schema per number made the stuck model's 100,000 weights the slowest part
       * of a fresh Worker's first turn.
       */
      columns: z
        .array(
          z.custom<number[]>(
            (column) => Array.isArray(column) && column.every((n) => Number.isInteger(n)),
            { message: 'a column holds whole numbers of steps' },
          ),
        )
        .length(outputs),
    })
    .refine((weights) => new Set(weights.features).size === weights.features.length, {
      message: 'a feature is listed twice',
    })
    .refine(
      (weights) => weights.columns.every((column) => column.length === weights.features.length),
      { message: 'every column holds one weight per feature' },
    );

export type LearnedWeights = z.infer<ReturnType<typeof learnedWeightsSchema>>;

/** Each feature's weight per output, as numbers; made once, when a scorer is made. */
export function weightRows(weights: LearnedWeights): Map<string, number[]> {
  return new Map(
    weights.features.map((feature, i) => [
      feature,
      weights.columns.map((column) => (column[i] ?? 0) * weights.step),
    ]),
  );
}

/**
 * Weights per feature as stored: each a whole number of `step`s (never "-0", so runs that agree
 * write one file), and a feature whose weights all round to 0 left out.
 */
export function storedWeights(
  rows: Iterable<readonly [string, readonly number[]]>,
  outputs: number,
  step: number,
): LearnedWeights {
  const features: string[] = [];
  const columns: number[][] = Array.from({ length: outputs }, () => []);
  for (const [feature, row] of rows) {
    const steps = columns.map((_, output) => toSteps(row[output] ?? 0, step));
    if (steps.every((n) => n === 0)) continue;
    features.push(feature);
    steps.forEach((n, output) => columns[output]?.push(n));
  }
  return { step, features, columns };
}

/**
 * A weight as a whole number of steps, rounded away from 0 at a half so that a weight and its
 * negative store alike; never "-0".
 */
export function toSteps(weight: number, step: number): number {
  return Math.sign(weight) * Math.round(Math.abs(weight) / step) || 0;
}
