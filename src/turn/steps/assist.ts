import { askAssist } from '../../core/assist/ask.js';
import { decideForCrisis } from '../../core/crisis.js';
import { required, type TurnStep } from '../context.js';

/**
 * Asks the optional language model to check the built-in router's choice and to name the stuck
 * signals and any danger it sees, with the redacted text only. The model chooses ids; Wegwijzer's
 * own texts still answer. Any failure leaves the built-in answer as it was: the model can only
 * improve it. So it can add a crisis line the built-in check did not hear (danger told without
 * its name is what it reads best, ADR 14), and never take one away.
 */
export const consultModel: TurnStep = {
  name: 'assist',
  async run(context, deps) {
    // "ja, graag" answers our hand-off offer: nothing to route.
    // A subject no organisation here handles has no organisation for the model to pick either.
    if (!deps.model || context.handoffAnswer || context.outside) return;
    const text = required(context.redacted, 'redacted message').text;
    const { decision, changed, assist } = await askAssist(
      deps.model,
      deps.catalog,
      deps.assistPrompt,
      {
        text,
        history: context.history.map((turn) => turn.message),
        decision: required(context.decision, 'routing decision'),
        locale: context.locale,
      },
    );
    context.decision = decision;
    if (changed) context.answeredBy = 'llm';
    context.assist = assist;
    if (assist.crisis && !context.crisis) {
      // Heard in the whole message, as the built-in check's learned reader hears it: what else
      // it asks is the router's reading of all of it.
      const crisis = { ...deps.crisisIn.lineFor(assist.crisis), rest: text };
      context.crisis = crisis;
      context.decision = decideForCrisis(decision, crisis, decision);
    }
  },
};
