/**
 * Stuck-signal detection: notices when a person gets stuck with the government, from the
 * (already redacted) words of a message and from how the conversation goes. Pure: no I/O, so
 * it runs the same on Node, on Workers and in tests.
 */
import { createConversationDetector, type ConversationTurn } from './conversation.js';
import type { StuckModel } from './model.js';
import type { StuckLexicon } from './schema.js';
import { inContractOrder, type StuckSignal } from './signals.js';
import { createTurnDetector, type StuckEvidence, type StuckTurnResult } from './turn.js';

export { STUCK_SIGNALS, type StuckSignal } from './signals.js';
export {
  loadStuckLexicon,
  stuckLexiconSchema,
  type StuckLexicon,
  type StuckCue,
} from './schema.js';
export type { StuckEvidence, StuckTurnResult } from './turn.js';
export { stuckModelSchema, type StuckModel } from './model.js';
export type { ConversationTurn, ConversationResult } from './conversation.js';

/** The stuck detector built from one lexicon. */
export interface StuckDetector {
  /** Signals one message shows on its own words. */
  detectTurn(text: string): StuckTurnResult;
  /**
   * The signals that need the conversation, `loop` and `not-understood`, for `current` after
   * the earlier `turns` (oldest first). Combine with {@link StuckDetector.detectTurn} of the
   * current text, or use {@link StuckDetector.detect} for both at once.
   */
  detectConversation(turns: readonly ConversationTurn[], current: ConversationTurn): StuckSignal[];
  /** Everything for the current turn: its own signals and the conversation's, with evidence. */
  detect(turns: readonly ConversationTurn[], current: ConversationTurn): StuckTurnResult;
}

/**
 * Compiles the lexicon (and the learned model, when given: ADR 15) once and returns the
 * detector functions.
 */
export function createStuckDetector(lexicon: StuckLexicon, model?: StuckModel): StuckDetector {
  const detectTurn = createTurnDetector(lexicon, model);
  const conversation = createConversationDetector(lexicon, detectTurn);
  return {
    detectTurn,
    detectConversation: (turns, current) => conversation(turns, current).signals,
    detect(turns, current) {
      const own = detectTurn(current.text);
      const more = conversation(turns, current, own);
      const evidence: StuckEvidence[] = [...own.evidence];
      for (const item of more.evidence) {
        if (!evidence.some((e) => e.signal === item.signal && e.cue === item.cue))
          evidence.push(item);
      }
      const signals = inContractOrder([...own.signals, ...more.signals]);
      const partial = (own.partial ?? []).filter((signal) => !signals.includes(signal));
      return { signals, evidence, partial };
    },
  };
}
