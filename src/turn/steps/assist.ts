import { askAssist } from '../../core/assist/ask.js';
import { decideForCrisis, OWN_QUESTION_CONFIDENCE } from '../../core/crisis.js';
import type { RoutingDecision } from '../../core/routing/router.js';
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
    if (!deps.model || context.handoffAnswer) return;
    const text = required(context.redacted, 'redacted message').text;
    const builtIn = required(context.decision, 'routing decision');
    const { decision, changed, assist } = await askAssist(
      deps.model,
      deps.catalog,
      deps.assistPrompt,
      {
        text,
        history: context.history.map((turn) => turn.message),
        decision: builtIn,
        locale: context.locale,
      },
    );
    context.assist = assist;
    // A subject no organisation here handles ("I need a doctor") has no organisation for the
    // model to pick: only a danger it hears counts there ("… he swallowed all my pills").
    if (!context.outside) {
      context.decision = decision;
      if (changed) context.answeredBy = 'llm';
    }
    if (!assist.crisis || context.crisis) return;
    const crisis = { ...deps.crisisIn.lineFor(assist.crisis), rest: text };
    context.crisis = crisis;
    delete context.outside;
    const current = required(context.decision, 'routing decision');
    // What else the message asks is the router's reading of all of it, on its own, as for a
    // danger the built-in check's learned reader hears; that check heard no crisis in it.
    const rest: RoutingDecision = deps.router.route(
      text,
      { crisis: { heard: undefined } },
      context.locale,
    );
    // An emergency sends a person to 112 and answers nothing else. The model's word alone is
    // not enough for that while the message asks something the router is sure it can answer
    // ("my DUO repayments went up and I can't afford them"): the 112 sentences come first, and
    // the answer stays.
    const answerable =
      current.kind === 'routed' && current.best.confidence >= OWN_QUESTION_CONFIDENCE;
    context.decision =
      crisis.kind === 'emergency' && answerable ? current : decideForCrisis(current, crisis, rest);
  },
};
