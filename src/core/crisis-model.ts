import { z } from 'zod';
import { learnedWeightsSchema, weightRows } from './learned-weights.js';
import { stems, words } from './text.js';

/** The crises the model tells apart, in the order of its weights. */
export const MODEL_KINDS = ['emergency', 'suicide', 'violence', 'sexual-violence'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export const crisisModelSchema = z.strictObject({
  trainedOn: z.strictObject({ positives: z.number().int(), negatives: z.number().int() }),
  kinds: z.array(z.enum(MODEL_KINDS)).length(MODEL_KINDS.length),
  bias: z.array(z.number()).length(MODEL_KINDS.length),
  /**
   * Per kind, the probability above which it is heard. An emergency sends the person to 112 and
   * nowhere else, so it may ask more of the model than the lines that come first and still
   * answer the question.
   */
  threshold: z.array(z.number().min(0).max(1)).length(MODEL_KINDS.length),
  /** Per feature, one weight per kind (a column per kind); features not listed weigh nothing. */
  weights: learnedWeightsSchema(MODEL_KINDS.length),
});
export type CrisisModel = z.infer<typeof crisisModelSchema>;

/**
 * The features of a message: the Dutch and English stems of its words, and each pair of
 * neighbouring words by its first stem ("slaat mij", "not breathing"), since pairs carry who does
 * what to whom. Single function words have no weight in the file (the trainer leaves them out),
 * so the runtime needs no list of them.
 */
export function crisisFeatures(text: string): string[] {
  const stemmed = words(text).map(stems);
  const features = new Set<string>();
  stemmed.forEach((own, index) => {
    for (const stem of own) features.add(stem);
    const next = stemmed[index + 1];
    if (next) features.add(`${own[0]} ${next[0]}`);
  });
  return [...features];
}

/**
 * The crisis a model hears in a message: the likeliest of the kinds that pass their threshold,
 * a second reader for the dangers people describe rather than name, which no list of phrases
 * holds ("hij ligt onderaan de trap en beweegt niet", "I gave my cat to my sister").
 */
export function createCrisisScorer(model: CrisisModel) {
  const weights = weightRows(model.weights);
  return function kindOf(text: string): ModelKind | undefined {
    const present = crisisFeatures(text).flatMap((feature) => {
      const found = weights.get(feature);
      return found ? [found] : [];
    });
    let best: ModelKind | undefined;
    let bestP = 0;
    model.kinds.forEach((kind, position) => {
      let z = model.bias[position] ?? 0;
      for (const w of present) z += w[position] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      if (p > (model.threshold[position] ?? 1) && p > bestP) {
        bestP = p;
        best = kind;
      }
    });
    return best;
  };
}
