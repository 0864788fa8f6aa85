import type { Catalog } from '../../catalog/catalog.js';
import type { ChatModel } from '../../llm/chat-completions.js';
import type { CrisisKind } from '../crisis.js';
import type { RoutingDecision } from '../routing/router.js';
import type { StuckSignal } from '../stuck/signals.js';
import { AssistAnswerError, parseAssistAnswer } from './answer.js';
import { applyAssistAnswer } from './apply.js';
import type { AssistPrompt } from './prompt.js';
import { assistMessages, type AssistInput } from './request.js';

/**
 * What the language model did this turn: agreed with the built-in router, changed its choice,
 * could not tell, or failed (then the built-in answer stands).
 */
export interface AssistOutcome {
  outcome: 'agreed' | 'changed' | 'abstained' | 'failed';
  signals: StuckSignal[];
  /** The danger the model heard in the message, if any. */
  crisis?: CrisisKind;
  error?: string;
}

/** Error texts go to the log; a made-up agency id is the model's text, so it is cut short. */
const MAX_ERROR_LENGTH = 80;

/**
 * Asks the model about one turn and applies its answer: the decision to use (the built-in one
 * when the model fails or abstains), whether it changed, and what happened. Never rejects.
 */
export async function askAssist(
  model: ChatModel,
  catalog: Catalog,
  prompt: AssistPrompt,
  input: AssistInput,
): Promise<{ decision: RoutingDecision; changed: boolean; assist: AssistOutcome }> {
  try {
    const raw = await model.complete(assistMessages(catalog, prompt, input));
    const answer = parseAssistAnswer(raw, catalog);
    const applied = applyAssistAnswer(input.decision, answer, catalog);
    const outcome =
      answer.agencyId === undefined ? 'abstained' : applied.changed ? 'changed' : 'agreed';
    const crisis = answer.crisis ? { crisis: answer.crisis } : {};
    return { ...applied, assist: { outcome, signals: answer.signals, ...crisis } };
  } catch (error) {
    const crisis = error instanceof AssistAnswerError ? error.crisis : undefined;
    return {
      decision: input.decision,
      changed: false,
      assist: {
        outcome: 'failed',
        signals: [],
        error: (error instanceof Error ? error.message : 'unknown').slice(0, MAX_ERROR_LENGTH),
        ...(crisis ? { crisis } : {}),
      },
    };
  }
}
