import { createDefaultStuckDetector } from '../../../src/core/stuck/default.js';
import type { ConversationTurn, StuckSignal } from '../../../src/core/stuck/index.js';

/** One detector on the project's own lexicon, shared by the stuck tests. */
export const detector = createDefaultStuckDetector();

/** The signals one message shows on its own. */
export function signalsOf(text: string): StuckSignal[] {
  return detector.detectTurn(text).signals;
}

/** A turn the router placed with this confidence. */
export function routed(text: string, confidence = 0.8, agencyId = 'toeslagen'): ConversationTurn {
  return { text, routed: true, agencyId, confidence };
}

/** A turn the router could not place. */
export function unrouted(text: string): ConversationTurn {
  return { text, routed: false, agencyId: null, confidence: null };
}
