import type { Catalog } from '../../catalog/catalog.js';
import { candidatesOf, firstTopic, type RoutingDecision } from '../routing/router.js';
import type { AssistAnswer } from './answer.js';

/**
 * How sure an answer is when the model chose it over the built-in router. A model gives no
 * calibrated probability; this marks "decided, with good reason" in the response.
 */
export const MODEL_CONFIDENCE = 0.9;

/**
 * The routing decision after the model's answer: the model decides the organisation when it names
 * one, the built-in router's decision stands when it does not. The topic is the model's when it
 * named a valid one, else the router's best topic for that organisation, else its first.
 */
export function applyAssistAnswer(
  decision: RoutingDecision,
  answer: AssistAnswer,
  catalog: Catalog,
): { decision: RoutingDecision; changed: boolean } {
  const agencyId = answer.agencyId;
  if (agencyId === undefined) return { decision, changed: false };
  if ('best' in decision && decision.best.agencyId === agencyId) {
    return { decision, changed: false };
  }
  const candidates = candidatesOf(decision);
  const topicId =
    answer.topicId ??
    candidates.find((candidate) => candidate.agencyId === agencyId)?.topicId ??
    firstTopic(catalog, agencyId);
  return {
    decision: {
      kind: 'routed',
      best: { agencyId, topicId, confidence: MODEL_CONFIDENCE, score: 0 },
      alternatives: candidates.filter((candidate) => candidate.agencyId !== agencyId).slice(0, 3),
    },
    changed: true,
  };
}
