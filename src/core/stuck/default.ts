// The generated copy without comments (scripts/generate-runtime-data.ts); edit data/stuck.json.
import raw from '../../../data/generated/stuck.json';
// Trained from the labelled sets by scripts/train-stuck-model.ts (npm run stuck:train).
import rawModel from '../../../data/generated/stuck-model.json';
import { createStuckDetector, type StuckDetector } from './index.js';
import { stuckModelSchema, type StuckModel } from './model.js';
import { loadStuckLexicon, type StuckLexicon } from './schema.js';

let lexicon: StuckLexicon | undefined;
let model: StuckModel | undefined;

/** The project's own lexicon (`data/stuck.json`), validated on first use. */
export function defaultStuckLexicon(): StuckLexicon {
  lexicon ??= loadStuckLexicon(raw);
  return lexicon;
}

/** The project's own learned model (`data/generated/stuck-model.json`), validated on first use. */
export function defaultStuckModel(): StuckModel {
  model ??= stuckModelSchema.parse(rawModel);
  return model;
}

/** A detector on the project's own lexicon and model. */
export function createDefaultStuckDetector(): StuckDetector {
  return createStuckDetector(defaultStuckLexicon(), defaultStuckModel());
}
