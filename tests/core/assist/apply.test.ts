import { describe, expect, it } from 'vitest';
import { MODEL_CONFIDENCE, applyAssistAnswer } from '../../../src/core/assist/apply.js';
import type { Candidate, RoutingDecision } from '../../../src/core/routing/router.js';
import { testCore } from '../../support/app.js';

const { catalog } = testCore();
const candidate = (agencyId: string, topicId: string, confidence: number): Candidate => ({
  agencyId,
  topicId,
  confidence,
  score: confidence * 100,
});
const routedToToeslagen: RoutingDecision = {
  kind: 'routed',
  best: candidate('toeslagen', 'huurtoeslag', 0.6),
  alternatives: [
    candidate('svb', 'kinderbijslag', 0.4),
    candidate('duo', 'studiefinanciering', 0.2),
  ],
};
const askedBack: RoutingDecision = {
  kind: 'clarify',
  alternatives: [
    candidate('svb', 'kinderbijslag', 0.5),
    candidate('toeslagen', 'kindgebonden-budget', 0.48),
  ],
};

describe("applying the model's answer to the router's decision", () => {
  it('keeps the decision when the model names no organisation', () => {
    expect(applyAssistAnswer(routedToToeslagen, { signals: [] }, catalog)).toEqual({
      decision: routedToToeslagen,
      changed: false,
    });
  });

  it('keeps the decision, topic and all, when the model agrees', () => {
    const answer = { agencyId: 'toeslagen', topicId: 'zorgtoeslag', signals: [] };
    expect(applyAssistAnswer(routedToToeslagen, answer, catalog)).toEqual({
      decision: routedToToeslagen,
      changed: false,
    });
  });

  it("routes to the model's choice, with the router's topic for it and the rest as alternatives", () => {
    const { decision, changed } = applyAssistAnswer(
      routedToToeslagen,
      { agencyId: 'svb', signals: [] },
      catalog,
    );
    expect(changed).toBe(true);
    expect(decision).toEqual({
      kind: 'routed',
      best: { agencyId: 'svb', topicId: 'kinderbijslag', confidence: MODEL_CONFIDENCE, score: 0 },
      alternatives: [routedToToeslagen.best, routedToToeslagen.alternatives[1]],
    });
  });

  it("answers a question the router asked back about, with the model's own topic", () => {
    const { decision } = applyAssistAnswer(
      askedBack,
      { agencyId: 'toeslagen', topicId: 'kinderopvangtoeslag', signals: [] },
      catalog,
    );
    expect(decision).toMatchObject({
      kind: 'routed',
      best: { agencyId: 'toeslagen', topicId: 'kinderopvangtoeslag' },
    });
  });

  it("takes the organisation's first topic when neither the model nor the router gave one", () => {
    const { decision } = applyAssistAnswer(
      routedToToeslagen,
      { agencyId: 'rdw', signals: [] },
      catalog,
    );
    expect('best' in decision && decision.best.topicId).toBe(
      catalog.agencies.get('rdw')?.topics[0]?.id,
    );
  });
});
