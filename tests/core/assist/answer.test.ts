import { describe, expect, it } from 'vitest';
import { AssistAnswerError, parseAssistAnswer } from '../../../src/core/assist/answer.js';
import { testCore } from '../../support/app.js';

const { catalog } = testCore();
const aowTopic = catalog.agencies.get('svb')?.topics[0]?.id ?? '';

describe("reading the model's answer", () => {
  it.each([
    [
      'an organisation, a topic of it and signals',
      `{"agency": "svb", "topic": "${aowTopic}", "signals": ["hardship", "debt"]}`,
      { agencyId: 'svb', topicId: aowTopic, signals: ['debt', 'hardship'] },
    ],
    [
      'JSON inside a Markdown code fence',
      '```json\n{"agency": "duo", "signals": []}\n```',
      { agencyId: 'duo', signals: [] },
    ],
    [
      'a topic that organisation does not have (dropped)',
      '{"agency": "duo", "topic": "kinderbijslag"}',
      { agencyId: 'duo', signals: [] },
    ],
    [
      'no organisation: the model could not tell',
      '{"agency": null, "signals": ["wants-human"]}',
      { signals: ['wants-human'] },
    ],
    [
      'a danger the model hears',
      '{"agency": "veilig-thuis", "signals": [], "crisis": "violence"}',
      { agencyId: 'veilig-thuis', signals: [], crisis: 'violence' },
    ],
    [
      'a danger without an organisation',
      '{"agency": null, "crisis": "suicide"}',
      { signals: [], crisis: 'suicide' },
    ],
    ['no danger (null)', '{"agency": "duo", "crisis": null}', { agencyId: 'duo', signals: [] }],
    [
      'a crisis id that is not a crisis line (dropped)',
      '{"agency": "duo", "crisis": "flood"}',
      { agencyId: 'duo', signals: [] },
    ],
    [
      'signal ids outside the contract (dropped)',
      '{"agency": "cjib", "signals": ["angry", "debt"]}',
      { agencyId: 'cjib', signals: ['debt'] },
    ],
  ])('accepts %s', (_case, raw, expected) => {
    expect(parseAssistAnswer(raw, catalog)).toEqual(expected);
  });

  it.each([
    ['text that is not JSON', 'De SVB kan u helpen.', 'not JSON'],
    ['JSON of another shape', '{"agency": 12}', 'not the agreed shape'],
    [
      'an organisation the catalog does not have',
      '{"agency": "belastingkantoor"}',
      'unknown agency',
    ],
  ])('refuses %s', (_case, raw, reason) => {
    const parse = () => parseAssistAnswer(raw, catalog);
    expect(parse).toThrow(AssistAnswerError);
    expect(parse).toThrow(reason);
  });
});
