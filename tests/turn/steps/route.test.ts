import { describe, expect, it } from 'vitest';
import { buildRouter } from '../../../src/core-deps.js';
import { withCrisisLines } from '../../../src/core/crisis.js';
import { newTurnContext, type TurnDeps } from '../../../src/turn/context.js';
import { routeQuestion } from '../../../src/turn/steps/route.js';
import { testCore, WEDNESDAY_MORNING } from '../../support/app.js';
import { countingCrisisTest } from '../../support/counting-crisis.js';

/** The core, with a crisis check that counts the messages it reads; the router reads through it. */
function countingDeps() {
  const core = testCore();
  const { reads, test: crisisIn } = countingCrisisTest(core.crisisIn);
  const router = withCrisisLines(buildRouter(core.catalog, crisisIn.lines), crisisIn);
  return { reads, deps: { ...core, crisisIn, router } as TurnDeps };
}

function routed(text: string, callRequest = false) {
  const { reads, deps } = countingDeps();
  const context = newTurnContext({ message: text, channel: 'web' }, WEDNESDAY_MORNING);
  context.redacted = { text, kinds: [] };
  if (callRequest) context.callRequest = { phone: '0612345678', remark: 'liefst na drie uur' };
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

  it.each([
    [
      'I was raped in my own bed. Three times. Can someone call me back on [TELEFOON]?',
      'centrum-seksueel-geweld',
    ],
    ['Ik wil niet meer leven, kan iemand mij terugbellen op [TELEFOON]?', 'zelfmoordpreventie'],
  ])('reads what else %j asks without the wish to be called: %s', (text, agencyId) => {
    const { reads, context } = routed(text, true);
    expect(reads).toEqual([text]);
    expect(context.decision && 'best' in context.decision && context.decision.best.agencyId).toBe(
      agencyId,
    );
  });
});

describe('a question how to reach an organisation named by a name with a contact word in it', () => {
  it.each([
    ['when is the tax office open?', 'hours'],
    ['what is the phone number of the tax office?', 'phone'],
    ['can I visit the tax office?', 'visit'],
  ])('reads %j as the Belastingdienst asked for its %s', (text, kind) => {
    const { context } = routed(text);
    expect(context.contactQuestion).toBe(kind);
    expect(context.decision).toMatchObject({
      kind: 'routed',
      best: { agencyId: 'belastingdienst', topicId: '' },
    });
  });
});
