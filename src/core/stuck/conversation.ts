import { stem, words } from '../text.js';
import type { StuckLexicon } from './schema.js';
import type { StuckEvidence, StuckTurnResult } from './turn.js';

/** A message of the person with what routing made of it; texts are already redacted. */
export interface ConversationTurn {
  text: string;
  /** True when the turn ended with an agency (routed or a follow-up); false for none/clarify. */
  routed: boolean;
  agencyId: string | null;
  /** Router confidence 0–1 of the chosen agency; null when nothing was chosen. */
  confidence: number | null;
}

/** Signals that need the conversation, with their evidence. */
export interface ConversationResult {
  signals: ('loop' | 'not-understood')[];
  evidence: StuckEvidence[];
}

/**
 * Builds the conversation-level detector.
 *
 * `loop`: the person says they are sent around (a turn cue), or the current message repeats an
 * earlier one. Repetition is measured as cosine similarity between the sets of stemmed content
 * words (binary vectors: |A∩B| / √(|A|·|B|)); see `data/stuck.json` for the threshold and why.
 *
 * `not-understood`: the person says so (a turn cue), or the last `consecutive` turns, the
 * current one included, all stayed unresolved: not routed, or routed with low confidence.
 */
export function createConversationDetector(
  lexicon: StuckLexicon,
  detectTurn: (text: string) => StuckTurnResult,
): (
  turns: readonly ConversationTurn[],
  current: ConversationTurn,
  own?: StuckTurnResult,
) => ConversationResult {
  const { similarity, notUnderstood } = lexicon.conversation;
  const stopwords = new Set(similarity.stopwords.map((word) => words(word).join(' ')));
  const contentStems = (text: string): Set<string> =>
    new Set(
      words(text)
        .filter((word) => !stopwords.has(word))
        .map(stem),
    );
  const unresolved = (turn: ConversationTurn): boolean =>
    !turn.routed || (turn.confidence !== null && turn.confidence < notUnderstood.lowConfidence);

  return function detectConversation(turns, current, known) {
    const signals: ConversationResult['signals'] = [];
    const evidence: StuckEvidence[] = [];
    // The caller may already have the current turn's own result; no need to match twice.
    const own = known ?? detectTurn(current.text);

    const sentAround = own.evidence.filter((item) => item.signal === 'loop');
    const repeat = mostSimilarEarlier(contentStems(current.text), turns, contentStems);
    const repeats =
      repeat !== null &&
      (repeat.identical ||
        (repeat.score >= similarity.threshold && repeat.shared >= similarity.minShared));
    if (sentAround.length > 0 || repeats) {
      signals.push('loop');
      evidence.push(...sentAround);
      if (repeats) {
        evidence.push({
          signal: 'loop',
          cue: `repeats turn ${repeat.index + 1} (${repeat.score.toFixed(2)})`,
        });
      }
    }

    const saysSo = own.evidence.filter((item) => item.signal === 'not-understood');
    let streak = 0;
    for (const turn of [...turns, current].reverse()) {
      if (!unresolved(turn)) break;
      streak += 1;
    }
    if (saysSo.length > 0 || streak >= notUnderstood.consecutive) {
      signals.push('not-understood');
      evidence.push(...saysSo);
      if (streak >= notUnderstood.consecutive) {
        evidence.push({ signal: 'not-understood', cue: `${streak} turns in a row unresolved` });
      }
    }
    return { signals, evidence };
  };
}

interface Repeat {
  index: number;
  score: number;
  shared: number;
  /** Both messages carry the same non-empty set of content words. */
  identical: boolean;
}

function mostSimilarEarlier(
  current: ReadonlySet<string>,
  turns: readonly ConversationTurn[],
  contentStems: (text: string) => Set<string>,
): Repeat | null {
  if (current.size === 0) return null;
  let best: Repeat | null = null;
  for (const [index, turn] of turns.entries()) {
    const earlier = contentStems(turn.text);
    if (earlier.size === 0) continue;
    let shared = 0;
    for (const item of current) if (earlier.has(item)) shared += 1;
    const score = shared / Math.sqrt(current.size * earlier.size);
    const identical = shared === current.size && shared === earlier.size;
    if (!best || score > best.score) best = { index, score, shared, identical };
  }
  return best;
}
