import { required, type TurnStep } from '../context.js';

/** Asks the built-in router which agency fits, in the light of the conversation so far. */
export const routeQuestion: TurnStep = {
  name: 'route',
  run(context, deps) {
    const session = required(context.session, 'session');
    const text = required(context.redacted, 'redacted message').text;
    context.decision = deps.router.route(
      text,
      { agencyId: session.agencyId, topicId: session.topicId, options: session.pendingOptions },
      context.locale,
    );
  },
};
