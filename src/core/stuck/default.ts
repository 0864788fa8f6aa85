// The generated copy without comments (scripts/generate-stuck-runtime.ts); edit data/stuck.json.
import raw from '../../../data/generated/stuck.json';
import { createStuckDetector, type StuckDetector } from './index.js';
import { loadStuckLexicon, type StuckLexicon } from './schema.js';

let lexicon: StuckLexicon | undefined;

/** The project's own lexicon (`data/stuck.json`), validated on first use. */
export function defaultStuckLexicon(): StuckLexicon {
  lexicon ??= loadStuckLexicon(raw);
  return lexicon;
}

/** A detector on the project's own lexicon. */
export function createDefaultStuckDetector(): StuckDetector {
  return createStuckDetector(defaultStuckLexicon());
}
