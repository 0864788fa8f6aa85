import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askModel,
  crisisWithAnswers,
  detectorWithAnswers,
  routerWithAnswers,
} from '../../src/evaluation/model-eval.js';
import { createChatModel } from '../../src/llm/chat-completions.js';
import { testCore } from '../support/app.js';
import { startFakeModel, type FakeModel } from '../support/fake-model.js';

let fake: FakeModel;
beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(() => fake.close());

const core = testCore();
const QUESTION = 'Ik moet mijn huurtoeslag terugbetalen';

describe('evaluating with a language model (npm run eval:model)', () => {
  it('asks about each text once, redacted, and answers as the app would', async () => {
    fake.reply('{"agency": "svb", "signals": ["hardship"]}');
    const before = fake.requests.length;
    const model = createChatModel({ baseUrl: fake.baseUrl, model: 'm', timeoutMs: 2000 });
    const answers = await askModel(model, core, [
      { text: QUESTION, lang: 'nl' },
      { text: QUESTION, lang: 'nl' },
      { text: 'Mijn BSN is 111222333', lang: 'nl' },
    ]);
    expect(fake.requests.length - before).toBe(2);
    expect(JSON.stringify(fake.requests.slice(before))).not.toContain('111222333');

    const router = routerWithAnswers(core.router, answers);
    expect(router.route(QUESTION, {}, 'nl')).toMatchObject({ best: { agencyId: 'svb' } });
    // A follow-up was not asked about: the built-in router answers it.
    expect(router.route(QUESTION, { agencyId: 'toeslagen' }, 'nl')).toMatchObject({
      best: { agencyId: 'toeslagen' },
    });
    const detector = detectorWithAnswers(core.stuck, answers);
    expect(detector.detectTurn(QUESTION).signals).toContain('hardship');
    expect(detector.detectTurn('Een andere vraag').signals).not.toContain('hardship');
  });

  it('adds the danger the model hears where the built-in check heard none, never another', async () => {
    fake.reply('{"agency": null, "crisis": "violence"}');
    const model = createChatModel({ baseUrl: fake.baseUrl, model: 'm', timeoutMs: 2000 });
    const unnamed = 'Als hij thuiskomt weet ik nooit in welke bui hij is';
    const named = 'ik wil niet meer leven';
    const answers = await askModel(model, core, [
      { text: unnamed, lang: 'nl' },
      { text: named, lang: 'nl' },
    ]);
    const crisisOf = crisisWithAnswers(core.crisisIn, answers);
    expect(core.crisisIn(unnamed)).toBeUndefined();
    expect(crisisOf(unnamed, 'nl')).toBe('violence');
    // Asked in Dutch: the same words in English were not asked about.
    expect(crisisOf(unnamed, 'en')).toBeUndefined();
    expect(crisisOf(named, 'nl')).toBe('suicide');
    expect(crisisOf('Hoe vraag ik huurtoeslag aan?', 'nl')).toBeUndefined();
  });

  it('counts a failing model as the built-in answer', async () => {
    fake.fail(500);
    const model = createChatModel({ baseUrl: fake.baseUrl, model: 'm', timeoutMs: 2000 });
    const answers = await askModel(model, core, [{ text: QUESTION, lang: 'nl' }]);
    expect([...answers.values()]).toEqual([
      { decision: core.router.route(QUESTION, {}, 'nl'), signals: [], outcome: 'failed' },
    ]);
  });
});
