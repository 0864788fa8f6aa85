import { askAssist } from '../../core/assist/ask.js';
import { required, type TurnStep } from '../context.js';

/**
 * Asks the optional language model to check the built-in router's choice and to name the stuck
 * signals it sees, with the redacted text only. The model chooses ids; Wegwijzer's own texts
 * still answer. Any failure leaves the built-in answer as it was: the model can only improve it.
 */
export const consultModel: TurnStep = {
  name: 'assist',
  async run(context, deps) {
    // "ja, graag" answers our hand-off offer: nothing to route.
    // A subject no organisation here handles has no organisation for the model to pick either.
    if (!deps.model || context.handoffAnswer || context.outside) return;
    const { decision, changed, assist } = await askAssist(
      deps.model,
      deps.catalog,
      deps.assistPrompt,
      {
        text: required(context.redacted, 'redacted message').text,
        history: context.history.map((turn) => turn.message),
        decision: required(context.decision, 'routing decision'),
        locale: context.locale,
      },
    );
    context.decision = decision;
    if (changed) context.answeredBy = 'llm';
    context.assist = assist;
  },
};
