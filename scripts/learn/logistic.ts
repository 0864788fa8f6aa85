/**
 * The training step both learned models share (the stuck signals, ADR 15; the crisis check,
 * ADR 14): L2-regularised logistic regression on binary features, by full-batch gradient descent
 * with AdaGrad steps. No randomness, so the result depends on the data alone and a test can hold
 * a generated model file to what training gives.
 */
export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /**
   * Positive texts are the minority: each counts as this share of the imbalance (capped at 5),
   * so the model neither ignores them nor hears them everywhere.
   */
  positiveWeight: number;
}

/** Fits one model; `rows` hold the feature positions present in each text. */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  size: number,
  options: LogisticOptions,
): { weights: Float64Array; bias: number } {
  const positives = labels.reduce((sum, label) => sum + label, 0);
  const positiveWeight =
    positives === 0
      ? 1
      : Math.min(5, (labels.length - positives) / positives) * options.positiveWeight;
  const weights = new Float64Array(size);
  const squared = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  // Gradients are averages scaled to a per-hundred-examples step, so the learning rate does
  // not depend on how many texts there are.
  const scale = 100 / rows.length;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const gradient = new Float64Array(size);
    let biasGradient = 0;
    rows.forEach((row, r) => {
      let z = bias;
      for (const i of row) z += weights[i] ?? 0;
      const label = labels[r] ?? 0;
      const error = (1 / (1 + Math.exp(-z)) - label) * (label === 1 ? positiveWeight : 1);
      for (const i of row) gradient[i] = (gradient[i] ?? 0) + error;
      biasGradient += error;
    });
    for (let i = 0; i < size; i += 1) {
      const g = (gradient[i] ?? 0) * scale + options.l2 * (weights[i] ?? 0) * 100;
      squared[i] = (squared[i] ?? 0) + g * g;
      weights[i] = (weights[i] ?? 0) - (options.learningRate * g) / Math.sqrt(squared[i] ?? 1);
    }
    const g = biasGradient * scale;
    biasSquared += g * g;
    bias -= (options.learningRate * g) / Math.sqrt(biasSquared);
  }
  return { weights, bias };
}

/** A weight as stored: `decimals` places, and never "-0", so runs that agree write one file. */
export function roundWeight(w: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(w * factor) / factor || 0;
}
