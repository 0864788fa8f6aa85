import { describe, expect, it } from 'vitest';
import {
  createDefaultStuckDetector,
  defaultStuckLexicon,
} from '../../../src/core/stuck/default.js';
import { storedWeights } from '../../../src/core/learned-weights.js';
import { createStuckDetector, STUCK_SIGNALS } from '../../../src/core/stuck/index.js';
import { aliasMap, readsAsEnglish } from '../../../src/core/english-aliases.js';
import {
  createModelScorer,
  modelFeatures,
  stuckModelSchema,
  type StuckModel,
} from '../../../src/core/stuck/model.js';
import { prepare } from '../../../src/core/stuck/tokens.js';
import { prepareOptionsOf } from '../../../src/core/stuck/turn.js';
import { stem } from '../../../src/core/text.js';

const lexicon = defaultStuckLexicon();
const options = prepareOptionsOf(lexicon);
const featuresOf = (text: string) =>
  modelFeatures(prepare(text, options), text).map(({ name }) => name);

/** A model that knows a handful of words, for one signal each. */
function toyModel(
  weights: Record<string, Partial<Record<(typeof STUCK_SIGNALS)[number], number>>>,
  minWords = 0,
  anyThreshold?: number,
): StuckModel {
  return stuckModelSchema.parse({
    trainedOn: { positives: 1, negatives: 1, sets: ['toy'] },
    minWords,
    signals: [...STUCK_SIGNALS],
    bias: STUCK_SIGNALS.map(() => -2),
    threshold: STUCK_SIGNALS.map(() => 0.5),
    anyThreshold,
    weights: storedWeights(
      Object.entries(weights).map(([feature, bySignal]) => [
        feature,
        STUCK_SIGNALS.map((signal) => bySignal[signal] ?? 0),
      ]),
      STUCK_SIGNALS.length,
      0.01,
    ),
  });
}

describe('the features the model reads', () => {
  it.each([
    ['every stem', 'Ik betaal te laat', [stem('betaal'), stem('laat')]],
    ['pairs of neighbouring stems', 'Ik betaal te laat', [`${stem('betaal')} te`]],
    ['a stem after a negation, marked', 'ik heb geen fout gemaakt', [`~${stem('fout')}`]],
    [
      'the pair that holds the negation, unmarked',
      'ik heb geen fout gemaakt',
      [`${stem('geen')} ${stem('fout')}`],
    ],
    ['a free word after a clause break', 'geen idee, fout gemaakt', [stem('fout')]],
    ['shouting marks', 'Waarom duurt dit zo lang?? Schandalig!', ['<??>', '<!>']],
  ])('holds %s', (_, text, expected) => {
    expect(featuresOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['the negated stem unmarked', 'ik heb geen fout gemaakt', stem('fout')],
    [
      'a pair across a full stop',
      'Ik was te laat. Boete kreeg ik',
      `${stem('laat')} ${stem('boete')}`,
    ],
    [
      'a mark more than three words after the negation',
      'niet dat ik ooit echt fout zat',
      `~${stem('fout')}`,
    ],
  ])('does not hold %s', (_, text, absent) => {
    expect(featuresOf(text)).not.toContain(absent);
  });
});

describe('English words read as Dutch stems (aliases)', () => {
  const aliases = aliasMap({ [stem('schulden')]: ['debts'], niemand: ['nobody'] });
  const withAliases = (text: string) =>
    modelFeatures(prepare(text, options), text, aliases).map(({ name }) => name);

  it('gives the Dutch stem beside the word’s own, alone, negated and in pairs', () => {
    expect(withAliases('I have debts and nobody answers')).toEqual(
      expect.arrayContaining([
        stem('debts'),
        stem('schulden'),
        `${stem('have')} ${stem('debts')}`,
        `${stem('have')} ${stem('schulden')}`,
        `${stem('niemand')} ${stem('answers')}`,
      ]),
    );
    expect(withAliases('I have no debts')).toContain(`~${stem('schulden')}`);
  });

  it('reads a Dutch message by its own words, even where it borrows an English one', () => {
    const text = 'ik heb zoveel debts en niemand die mij helpt met de brieven';
    expect(withAliases(text)).toEqual(featuresOf(text));
    // "we", "me", "was" and "of" are Dutch words too: they make no message English.
    const dutch =
      'Als we bellen krijgen we weer weinig antwoord, of ze sturen me weer een debts brief';
    expect(withAliases(dutch)).not.toContain(stem('schulden'));
  });

  it.each([
    ['I have so many debts and nobody helps me', true],
    ['Ik heb zoveel schulden en niemand helpt mij', false],
    ['Als we bellen was het weer hetzelfde of erger', false],
    ['debts nobody', false],
  ])('tells English from Dutch by function words: %j', (text, english) => {
    expect(readsAsEnglish(text)).toBe(english);
  });

  it('leaves words without an alias as they are', () => {
    expect(withAliases('I have a question')).toEqual(featuresOf('I have a question'));
  });

  it('lets an English message weigh as the Dutch one through the model’s own aliases', () => {
    const weights = { [stem('schulden')]: { debt: 4 } };
    const text = 'I have so many debts';
    const plain = createModelScorer(toyModel(weights));
    const aliased = createModelScorer({
      ...toyModel(weights),
      aliases: { [stem('schulden')]: ['debts'] },
    });
    expect(plain(prepare(text, options), text).signals).toEqual([]);
    // The word and its alias weigh both, and are named once.
    expect(aliased(prepare(text, options), text)).toMatchObject({
      signals: ['debt'],
      evidence: [{ signal: 'debt', cue: 'debts' }],
    });
  });

  it('names a word once when both its own stem and its alias weighed', () => {
    const weights = { [stem('schulden')]: { debt: 3 }, [stem('debts')]: { debt: 2 } };
    const model = { ...toyModel(weights), aliases: { [stem('schulden')]: ['debts'] } };
    const text = 'I have so many debts';
    expect(createModelScorer(model)(prepare(text, options), text).evidence).toEqual([
      { signal: 'debt', cue: 'debts' },
    ]);
  });
});

describe('the model scorer', () => {
  const score = (model: StuckModel, text: string) =>
    createModelScorer(model)(prepare(text, options), text);

  it('raises a signal when the words weigh past the threshold, naming the heaviest first', () => {
    const model = toyModel({
      [stem('vogels')]: { frustration: 1.5 },
      [stem('tuin')]: { frustration: 2 },
      [stem('fluiten')]: { frustration: 0.1 },
      [`${stem('vogels')} ${stem('fluiten')}`]: { frustration: -0.2 },
    });
    const { signals, evidence } = score(model, 'de vogels fluiten in de tuin');
    expect(signals).toEqual(['frustration']);
    expect(evidence).toEqual([
      { signal: 'frustration', cue: 'tuin' },
      { signal: 'frustration', cue: 'vogels' },
      { signal: 'frustration', cue: 'fluiten' },
    ]);
  });

  it('names a word once when the pair that holds it weighed too', () => {
    const model = toyModel({
      [stem('tuin')]: { frustration: 1 },
      [`de ${stem('tuin')}`]: { frustration: 2 },
    });
    expect(score(model, 'de vogels fluiten in de tuin').evidence).toEqual([
      { signal: 'frustration', cue: 'de tuin' },
    ]);
  });

  it('raises nothing when other words pull the probability under the threshold', () => {
    const model = toyModel({
      [stem('tuin')]: { frustration: 3 },
      [stem('vogels')]: { frustration: -2 },
    });
    expect(score(model, 'de vogels fluiten in de tuin').signals).toEqual([]);
    expect(score(model, 'ik zit in de tuin').signals).toEqual(['frustration']);
  });

  it('leaves messages under its minimum length to the lexicon', () => {
    const model = toyModel({ [stem('tuin')]: { frustration: 5 } }, 6);
    expect(score(model, 'ik zit in de tuin').signals).toEqual([]);
    expect(score(model, 'ik zit hier heel lang in de tuin').signals).toEqual(['frustration']);
  });
});

describe('the model scorer when no signal is sure on its own', () => {
  const score = (model: StuckModel, text: string) =>
    createModelScorer(model)(prepare(text, options), text);
  // Each of the two signals stays under 0.5 on its own; together with the other six (0.12 each)
  // the chance that at least one applies is 0.86.
  const weights = { [stem('tuin')]: { frustration: 1.9, hardship: 1.8 } };

  it('offers the likeliest signal when together they pass the any-threshold', () => {
    const { signals, likeliest } = score(toyModel(weights, 0, 0.8), 'ik zit in de tuin');
    expect(signals).toEqual([]);
    expect(likeliest).toEqual({
      signal: 'frustration',
      evidence: [{ signal: 'frustration', cue: 'tuin' }],
    });
  });

  it.each([
    ['they stay under the any-threshold', toyModel(weights, 0, 0.9)],
    ['the model has no any-threshold', toyModel(weights)],
    [
      'one signal passed its own threshold',
      toyModel({ [stem('tuin')]: { frustration: 2.5, hardship: 1.8 } }, 0, 0.8),
    ],
  ])('offers nothing more when %s', (_, model) => {
    expect(score(model, 'ik zit in de tuin').likeliest).toBeUndefined();
  });

  it('leaves a signal the lexicon ruled out out of the sum, so it lifts no other', () => {
    const scoreRuling = (ruledOut: Set<(typeof STUCK_SIGNALS)[number]>) =>
      createModelScorer(toyModel(weights, 0, 0.75))(
        prepare('ik zit in de tuin', options),
        'ik zit in de tuin',
        ruledOut,
      ).likeliest;
    // Without hardship the rest reaches 0.754; without frustration only 0.743.
    expect(scoreRuling(new Set(['hardship']))?.signal).toBe('frustration');
    expect(scoreRuling(new Set(['frustration']))).toBeUndefined();
  });

  it('offers nothing without a word of the message that weighs for it', () => {
    // Every signal likely from the bias alone, and not one word of the message behind it.
    const model = stuckModelSchema.parse({
      ...toyModel({ [stem('tuin')]: { debt: -1 } }, 0, 0.8),
      bias: STUCK_SIGNALS.map(() => -0.5),
    });
    expect(score(model, 'ik zit in de tuin').likeliest).toBeUndefined();
  });
});

describe('the detector with a model beside the lexicon', () => {
  const model = toyModel({
    [stem('vogels')]: { hardship: 3 },
    [stem('schulden')]: { debt: 3 },
    [`~${stem('schulden')}`]: { debt: 3 },
    [stem('vergissing')]: { mistake: 3 },
  });
  const withModel = createStuckDetector(lexicon, model);
  const lexiconAlone = createStuckDetector(lexicon);

  it('raises what the model hears and the lexicon does not, with the words as evidence', () => {
    const text = 'de vogels fluiten in de tuin';
    expect(lexiconAlone.detectTurn(text).signals).toEqual([]);
    expect(withModel.detectTurn(text)).toMatchObject({
      signals: ['hardship'],
      evidence: [{ signal: 'hardship', cue: 'vogels' }],
    });
  });

  it.each([
    ['negated', 'ik heb geen schulden', 'debt', 'ik heb schulden'],
    [
      'said of someone else',
      'de gemeente maakte een vergissing',
      'mistake',
      'ik maakte een vergissing',
    ],
  ] as const)('does not overrule a cue the lexicon found %s', (_, text, signal, heard) => {
    expect(lexiconAlone.detectTurn(text).signals).not.toContain(signal);
    expect(withModel.detectTurn(text).signals).not.toContain(signal);
    expect(withModel.detectTurn(heard).signals).toContain(signal);
  });

  describe('and a likeliest signal offered when none is sure', () => {
    const unsure = createStuckDetector(
      lexicon,
      toyModel(
        {
          [stem('vogels')]: { frustration: 1.9, hardship: 1.8 },
          [stem('vergissing')]: { mistake: 1.9, hardship: 1.8 },
        },
        0,
        0.8,
      ),
    );

    it('raises it when the lexicon raised nothing', () => {
      expect(unsure.detectTurn('de vogels fluiten in de tuin').signals).toEqual(['frustration']);
    });

    it('leaves it out when the lexicon raised a signal of its own', () => {
      expect(unsure.detectTurn('ik heb schulden en de vogels fluiten').signals).toEqual(['debt']);
    });

    it('leaves it out when the lexicon cancelled that signal', () => {
      expect(unsure.detectTurn('de gemeente maakte een vergissing').signals).toEqual([]);
    });
  });

  it('keeps a signal the lexicon raised with the lexicon’s own evidence', () => {
    const { evidence } = withModel.detectTurn('ik heb schulden en de vogels fluiten');
    expect(evidence.filter((item) => item.signal === 'debt').map((item) => item.cue)).not.toContain(
      'schulden',
    );
    expect(withModel.detectTurn('ik heb schulden').signals).toContain('debt');
  });
});

describe('the project’s own model', () => {
  const lexiconAlone = createStuckDetector(lexicon);
  const detector = createDefaultStuckDetector();

  it.each([
    [
      'Omdat mijn zoon bij ons is komen wonen na zijn scheiding krijgen wij ineens minder bijstand, terwijl hij zelf bijna niks verdient',
      'hardship',
    ],
    [
      'Sinds mijn man overleden is komt er steeds minder binnen en nu willen ze ook nog geld van mij terug',
      'debt',
    ],
  ] as const)('hears what no cue lists in %j (%s)', (text, signal) => {
    expect(lexiconAlone.detectTurn(text).signals).toEqual([]);
    const { signals, evidence } = detector.detectTurn(text);
    expect(signals).toContain(signal);
    expect(evidence.find((item) => item.signal === signal)?.cue).toMatch(/\p{L}/u);
  });
});
