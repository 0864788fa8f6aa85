import { describe, expect, it } from 'vitest';
import { buildRouter } from '../../../src/core-deps.js';
import { withCrisisLines, type CrisisTest } from '../../../src/core/crisis.js';
import { newTurnContext, type TurnDeps } from '../../../src/turn/context.js';
import { routeQuestion } from '../../../src/turn/steps/route.js';
import { testCore, WEDNESDAY_MORNING } from '../../support/app.js';

/** The core's crisis check, counting the messages it reads; the router reads through it too. */
function countingDeps() {
  const core = testCore();
  const reads: string[] = [];
  const crisisIn = Object.assign(
    (text: string) => {
      reads.push(text);
      return core.crisisIn(text);
    },
    {
      lineOf: core.crisisIn.lineOf,
      lineFor: core.crisisIn.lineFor,
      lines: core.crisisIn.lines,
    },
  ) satisfies CrisisTest;
  const router = withCrisisLines(buildRouter(core.catalog, crisisIn.lines), crisisIn);
  return { reads, deps: { ...core, crisisIn, router } as TurnDeps };
}

function routed(text: string) {
  const { reads, deps } = countingDeps();
  const context = newTurnContext({ message: text, channel: 'web' }, WEDNESDAY_MORNING);
  context.redacted = { text, kinds: [] };
  context.session = {
    id: 's',
    createdAt: WEDNESDAY_MORNING,
    updatedAt: WEDNESDAY_MORNING,
    locale: 'nl',
    channel: 'web',
    agencyId: null,
    topicId: null,
    pendingOptions: [],
    pendingQuestion: null,
    handoffOffered: false,
    turnCount: 0,
  };
  routeQuestion.run(context, deps);
  return { reads, context };
}

describe('the route step', () => {
  it.each([
    ['an emergency', 'Someone collapsed in the library and is not breathing', 'alarmnummer'],
    ['a question', 'Hoe vraag ik huurtoeslag aan?', 'toeslagen'],
  ])('reads %s for a crisis once, and the router answers with it', (_, text, agencyId) => {
    const { reads, context } = routed(text);
    expect(reads).toEqual([text]);
    expect(context.decision && 'best' in context.decision && context.decision.best.agencyId).toBe(
      agencyId,
    );
  });
});
