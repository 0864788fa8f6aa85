import { suggestedAlternatives } from '../core/compose.js';
import { candidatesOf, type Router, type RoutingDecision } from '../core/routing/router.js';
import type { RoutingItem } from './routing-set.js';

export interface RoutingReport {
  /**
   * `oneClick`: right first time, or among what the answer offers to pick from (a clarifying
   * question's options, or the suggestions after an unsure answer).
   */
  clear: { total: number; top1: number; top3: number; clarified: number; oneClick: number };
  context: { total: number; rightOrClarified: number };
  /**
   * Of the clear questions with topic labels that went to the right organisation: the answer
   * named a right topic, named none (a general answer about the organisation), or named a wrong
   * one (the reply then speaks of a subject the person did not ask about).
   */
  topics: { total: number; right: number; general: number; wrong: number };
  /**
   * Questions that lack their subject: asked back, or answered anyway; `rightGuess` counts the
   * answers that went to an organisation the question's labels accept (many unclear lines are FAQ
   * headings whose organisation is plain after all: "Am I eligible to vote?").
   */
  unclear: { total: number; clarified: number; rightGuess: number };
  perAgency: { agency: string; total: number; top1: number; top3: number }[];
  confusions: { expected: string; got: string; count: number }[];
  misses: { question: string; expected: string[]; got: string | null; kind: string }[];
}

function ranked(decision: RoutingDecision): string[] {
  return candidatesOf(decision).map((candidate) => candidate.agencyId);
}

/**
 * Runs the router over a labelled set. A clarifying answer counts against top-1 (it did not
 * commit) but its options count for top-3. Context items first route the previous question.
 */
export function evaluateRouting(router: Router, items: readonly RoutingItem[]): RoutingReport {
  const report: RoutingReport = {
    clear: { total: 0, top1: 0, top3: 0, clarified: 0, oneClick: 0 },
    context: { total: 0, rightOrClarified: 0 },
    topics: { total: 0, right: 0, general: 0, wrong: 0 },
    unclear: { total: 0, clarified: 0, rightGuess: 0 },
    perAgency: [],
    confusions: [],
    misses: [],
  };
  const agencies = new Map<string, { total: number; top1: number; top3: number }>();
  const confusions = new Map<string, number>();

  for (const item of items) {
    if (item.needsContext && item.context) {
      // As in the app: the previous question's topic is remembered when it went to that agency.
      const previous = router.route(item.context.previous, {}, item.lang);
      const topicId =
        'best' in previous && previous.best.agencyId === item.context.agency
          ? previous.best.topicId
          : null;
      const context = { agencyId: item.context.agency, topicId };
      const decision = router.route(item.question, context, item.lang);
      report.context.total += 1;
      const committed = 'best' in decision ? decision.best.agencyId : null;
      const ok =
        decision.kind === 'clarify' || (committed !== null && item.accepted.includes(committed));
      if (ok) report.context.rightOrClarified += 1;
      else
        report.misses.push({
          question: item.question,
          expected: item.accepted,
          got: committed,
          kind: 'context',
        });
      continue;
    }
    const decision = router.route(item.question, {}, item.lang);
    if (!item.clear || item.accepted.length === 0) {
      report.unclear.total += 1;
      if (decision.kind === 'clarify' || decision.kind === 'none') report.unclear.clarified += 1;
      else if (item.accepted.includes(decision.best.agencyId)) report.unclear.rightGuess += 1;
      else
        report.misses.push({
          question: item.question,
          expected: item.accepted,
          got: decision.best.agencyId,
          kind: 'unclear',
        });
      continue;
    }
    report.clear.total += 1;
    const list = ranked(decision);
    const committed = decision.kind === 'routed' ? decision.best.agencyId : null;
    const top1 = committed !== null && item.accepted.includes(committed);
    const top3 = list.slice(0, 3).some((id) => item.accepted.includes(id));
    if (top1) report.clear.top1 += 1;
    if (top1 && item.topics && decision.kind === 'routed') {
      report.topics.total += 1;
      const { agencyId, topicId } = decision.best;
      if (item.topics.includes(`${agencyId}/${topicId}`)) report.topics.right += 1;
      else if (topicId === '') report.topics.general += 1;
      else report.topics.wrong += 1;
    }
    if (top3) report.clear.top3 += 1;
    const offered = decision.kind === 'routed' ? suggestedAlternatives(decision) : [];
    const choices = decision.kind === 'routed' ? offered : decision.alternatives;
    if (top1 || choices.some((c) => item.accepted.includes(c.agencyId))) report.clear.oneClick += 1;
    if (decision.kind === 'clarify' || decision.kind === 'none') report.clear.clarified += 1;
    for (const agency of item.accepted.slice(0, 1)) {
      const row = agencies.get(agency) ?? { total: 0, top1: 0, top3: 0 };
      row.total += 1;
      if (top1) row.top1 += 1;
      if (top3) row.top3 += 1;
      agencies.set(agency, row);
    }
    if (!top1) {
      const got = committed ?? list[0] ?? null;
      report.misses.push({
        question: item.question,
        expected: item.accepted,
        got,
        kind: decision.kind,
      });
      // A question asked back is no confusion with the option it happened to list first.
      const confusedWith = decision.kind === 'routed' ? got : `(${decision.kind})`;
      if (confusedWith) {
        const key = `${item.accepted[0]}→${confusedWith}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
  }
  report.perAgency = [...agencies.entries()]
    .map(([agency, row]) => ({ agency, ...row }))
    .sort((a, b) => a.agency.localeCompare(b.agency));
  report.confusions = [...confusions.entries()]
    .map(([key, count]) => {
      const [expected = '', got = ''] = key.split('→');
      return { expected, got, count };
    })
    .sort((a, b) => b.count - a.count);
  return report;
}

export const share = (part: number, total: number) => (total === 0 ? 1 : part / total);
