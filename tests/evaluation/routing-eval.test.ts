import { describe, expect, it } from 'vitest';
import type { Router, RoutingDecision } from '../../src/core/routing/router.js';
import { evaluateRouting } from '../../src/evaluation/routing-eval.js';
import { parseRoutingSet } from '../../src/evaluation/routing-set.js';

/** A router that answers each question with the decision the test gives it. */
function routerOf(decisions: Record<string, RoutingDecision>): Router {
  return {
    route: (text) => decisions[text] ?? { kind: 'none', alternatives: [] },
    subjectOf: () => [],
    namesBroadWord: () => false,
  };
}

const option = (agencyId: string, confidence: number) => ({
  agencyId,
  topicId: '',
  score: confidence,
  confidence,
});

const items = parseRoutingSet(
  [
    {
      question: 'asked back',
      accepted: ['ciz'],
      lang: 'nl',
      needsContext: false,
      clear: true,
      source: 'https://example.org',
    },
    {
      question: 'wrong',
      accepted: ['ciz'],
      lang: 'nl',
      needsContext: false,
      clear: true,
      source: 'https://example.org',
    },
  ]
    .map((item) => JSON.stringify(item))
    .join('\n'),
  'test.jsonl',
);

describe('the routing evaluation', () => {
  it('counts a question asked back as asked back, not as confused with its first option', () => {
    const report = evaluateRouting(
      routerOf({
        'asked back': { kind: 'clarify', alternatives: [option('ciz', 0.5), option('cak', 0.5)] },
        wrong: { kind: 'routed', best: option('cak', 0.9), alternatives: [option('ciz', 0.1)] },
      }),
      items,
    );
    expect(report.clear).toMatchObject({ total: 2, top1: 0, top3: 2, clarified: 1 });
    expect(report.confusions).toEqual([
      { expected: 'ciz', got: '(clarify)', count: 1 },
      { expected: 'ciz', got: 'cak', count: 1 },
    ]);
  });
});

describe('the topic of a right answer', () => {
  const labelled = (question: string, topics: string[]) => ({
    question,
    accepted: ['gemeente'],
    lang: 'nl',
    source: 'https://example.org',
    topics,
  });
  const routed = (topicId: string): RoutingDecision => ({
    kind: 'routed',
    best: { agencyId: 'gemeente', topicId, score: 1, confidence: 0.9 },
    alternatives: [],
  });

  it('is right, absent (a general answer) or wrong, and only counted where labelled', () => {
    const set = parseRoutingSet(
      [
        labelled('right', ['gemeente/bijstand', 'gemeente/schuldhulp']),
        labelled('general', ['gemeente/bijstand']),
        labelled('wrong', ['gemeente/bijstand']),
        labelled('none fits', ['gemeente/']),
        { ...labelled('unlabelled', []), topics: undefined },
        { ...labelled('other organisation', ['gemeente/bijstand']), accepted: ['uwv'] },
      ]
        .map((item) => JSON.stringify(item))
        .join('\n'),
      'topics.jsonl',
    );
    const report = evaluateRouting(
      routerOf({
        right: routed('schuldhulp'),
        general: routed(''),
        wrong: routed('afval-en-parkeren'),
        'none fits': routed(''),
        unlabelled: routed('bijstand'),
        'other organisation': routed('bijstand'),
      }),
      set,
    );
    expect(report.topics).toEqual({ total: 4, right: 2, general: 1, wrong: 1 });
  });

  it('rejects a label that is not "agency/topic"', () => {
    expect(() =>
      parseRoutingSet(JSON.stringify(labelled('bad', ['bijstand'])), 'bad.jsonl'),
    ).toThrow(/bad\.jsonl:1: topics\.0/);
  });
});

describe('questions without a subject in the routing evaluation', () => {
  const unclear = (question: string, accepted: string[]) => ({
    question,
    accepted,
    lang: 'nl',
    needsContext: false,
    clear: false,
    source: 'https://example.org',
  });
  const set = parseRoutingSet(
    [
      unclear('asked back', ['ciz']),
      unclear('right guess', ['ciz']),
      unclear('wrong guess', ['ciz']),
      unclear('no organisation', []),
    ]
      .map((item) => JSON.stringify(item))
      .join('\n'),
    'unclear.jsonl',
  );

  it('tells a question asked back from a right guess and a wrong one', () => {
    const report = evaluateRouting(
      routerOf({
        'asked back': { kind: 'clarify', alternatives: [option('ciz', 0.5), option('cak', 0.5)] },
        'right guess': { kind: 'routed', best: option('ciz', 0.9), alternatives: [] },
        'wrong guess': { kind: 'routed', best: option('cak', 0.9), alternatives: [] },
        // Labelled with no organisation at all: any answer is a guess, never a right one.
        'no organisation': { kind: 'routed', best: option('ciz', 0.9), alternatives: [] },
      }),
      set,
    );
    expect(report.unclear).toEqual({ total: 4, clarified: 1, rightGuess: 1 });
    expect(report.misses.map(({ question, expected }) => [question, expected])).toEqual([
      ['wrong guess', ['ciz']],
      ['no organisation', []],
    ]);
  });
});
