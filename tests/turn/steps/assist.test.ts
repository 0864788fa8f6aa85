import { describe, expect, it } from 'vitest';
import type { RoutingDecision } from '../../../src/core/routing/router.js';
import type { ChatModel } from '../../../src/llm/chat-completions.js';
import { newTurnContext, type TurnDeps } from '../../../src/turn/context.js';
import { consultModel } from '../../../src/turn/steps/assist.js';
import { testCore, WEDNESDAY_MORNING } from '../../support/app.js';

const routed: RoutingDecision = {
  kind: 'routed',
  best: { agencyId: 'toeslagen', topicId: 'huurtoeslag', confidence: 0.6, score: 40 },
  alternatives: [],
};

/** A model that answers `reply` (or throws it) and counts its calls. */
function modelAnswering(reply: string | Error) {
  const model: ChatModel & { calls: number } = {
    calls: 0,
    async complete() {
      model.calls += 1;
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
  return model;
}

async function consulted(
  model: ChatModel | undefined,
  arrange = (_: ReturnType<typeof newTurnContext>) => {},
) {
  const context = newTurnContext({ message: 'x', channel: 'web' }, WEDNESDAY_MORNING);
  context.redacted = { text: 'Ik moet terugbetalen', kinds: [] };
  context.decision = routed;
  arrange(context);
  await consultModel.run(context, { ...testCore(), ...(model ? { model } : {}) } as TurnDeps);
  return context;
}

describe('the assist step', () => {
  it('does nothing without a model', async () => {
    const context = await consulted(undefined);
    expect(context.decision).toBe(routed);
    expect(context.assist).toBeUndefined();
  });

  it('does not ask about an answer to the hand-off offer', async () => {
    const model = modelAnswering('{"agency": "svb"}');
    const context = await consulted(model, (c) => (c.handoffAnswer = 'accept'));
    expect(model.calls).toBe(0);
    expect(context.decision).toBe(routed);
  });

  it("takes the model's organisation and marks the answer as the model's", async () => {
    const context = await consulted(modelAnswering('{"agency": "svb", "signals": ["debt"]}'));
    expect(context.decision).toMatchObject({ kind: 'routed', best: { agencyId: 'svb' } });
    expect(context.answeredBy).toBe('llm');
    expect(context.assist).toEqual({ outcome: 'changed', signals: ['debt'] });
  });

  it('records an abstention and keeps the decision when the model cannot tell', async () => {
    const context = await consulted(modelAnswering('{"agency": null}'));
    expect(context.decision).toBe(routed);
    expect(context.assist?.outcome).toBe('abstained');
  });

  it('keeps the decision and records why when the model fails', async () => {
    const context = await consulted(modelAnswering(new Error('timeout')));
    expect(context.decision).toBe(routed);
    expect(context.answeredBy).toBe('router');
    expect(context.assist).toEqual({ outcome: 'failed', signals: [], error: 'timeout' });
  });
});
