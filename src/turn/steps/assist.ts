import { parseAssistAnswer } from '../../core/assist/answer.js';
import { applyAssistAnswer } from '../../core/assist/apply.js';
import { assistMessages } from '../../core/assist/request.js';
import { required, type TurnStep } from '../context.js';

/** Error texts go to the log; a made-up agency id is the model's text, so it is cut short. */
const MAX_ERROR_LENGTH = 80;

/**
 * Asks the optional language model to check the built-in router's choice and to name the stuck
 * signals it sees, with the redacted text only. The model chooses ids; Wegwijzer's own texts
 * still answer. Any failure leaves the built-in answer as it was: the model can only improve it.
 */
export const consultModel: TurnStep = {
  name: 'assist',
  async run(context, deps) {
    // "ja, graag" answers our hand-off offer: nothing to route.
    if (!deps.model || context.handoffAnswer) return;
    const decision = required(context.decision, 'routing decision');
    const messages = assistMessages(deps.catalog, deps.assistPrompt, {
      text: required(context.redacted, 'redacted message').text,
      history: context.history.map((turn) => turn.message),
      decision,
      locale: context.locale,
    });
    try {
      const answer = parseAssistAnswer(await deps.model.complete(messages), deps.catalog);
      const applied = applyAssistAnswer(decision, answer, deps.catalog);
      context.decision = applied.decision;
      if (applied.changed) context.answeredBy = 'llm';
      context.assist = {
        outcome:
          answer.agencyId === undefined ? 'abstained' : applied.changed ? 'changed' : 'agreed',
        signals: answer.signals,
      };
    } catch (error) {
      context.assist = {
        outcome: 'failed',
        signals: [],
        error: (error instanceof Error ? error.message : 'unknown').slice(0, MAX_ERROR_LENGTH),
      };
    }
  },
};
