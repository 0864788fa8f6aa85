import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BLIND_SETS,
  loadStuckEvalSet,
  PLAIN_SETS,
  READ_NOT_TRAINED_SETS,
  STUCK_EVAL_SETS,
  WRITTEN_UNREAD_SETS,
} from '../../../scripts/eval-stuck.js';
import {
  NEGATIVE_PLAIN_SETS,
  STUCK_MODEL_FILE,
  stuckModelText,
  TRAINING_SETS,
} from '../../../scripts/train-stuck-model.js';
import { defaultStuckModel } from '../../../src/core/stuck/default.js';
import { words as textWords } from '../../../src/core/text.js';
import { STUCK_ENGLISH_FILE, stuckEnglishSchema } from '../../../scripts/learn/aliases.js';

describe('the learned stuck model the app loads', () => {
  it('validates', () => {
    expect(() => defaultStuckModel()).not.toThrow();
    expect(defaultStuckModel().weights.features.length).toBeGreaterThan(1000);
  });

  it('is what training on the current sets gives (else: npm run stuck:train)', () => {
    expect(readFileSync(STUCK_MODEL_FILE, 'utf8')).toBe(stuckModelText());
  }, 30_000);

  it('is trained on the read sets, never on a blind one', () => {
    expect(TRAINING_SETS.filter((set) => BLIND_SETS.includes(set))).toEqual([]);
    expect(READ_NOT_TRAINED_SETS.filter((set) => TRAINING_SETS.includes(set))).toEqual([]);
    expect(READ_NOT_TRAINED_SETS.filter((set) => BLIND_SETS.includes(set))).toEqual([]);
    expect(WRITTEN_UNREAD_SETS.filter((set) => TRAINING_SETS.includes(set))).toEqual([]);
    // Every stuck set is placed on purpose: trained on, read but not trained on, blind, or
    // written and only measured.
    expect(
      [...TRAINING_SETS, ...READ_NOT_TRAINED_SETS, ...BLIND_SETS, ...WRITTEN_UNREAD_SETS].sort(),
    ).toEqual(Object.keys(STUCK_EVAL_SETS).sort());
  });

  it('learns ordinary text from sets that do not measure its false alarms', () => {
    const measuring = [
      'plain3',
      'plainChat8',
      'plainChat9',
      'plainChat10',
      'plainChat11',
      'plainChat12',
      'plainHoldout10',
      'plainHoldout17en',
      'plainHoldout20',
      'plainWrittenCalm2',
    ];
    expect(NEGATIVE_PLAIN_SETS.filter((set) => measuring.includes(set))).toEqual([]);
    expect(Object.keys(PLAIN_SETS)).toEqual(expect.arrayContaining(measuring));
  });
});

describe('the English words for Dutch stems (data/stuck-english.json)', () => {
  const { words } = stuckEnglishSchema.parse(JSON.parse(readFileSync(STUCK_ENGLISH_FILE, 'utf8')));
  const forms = Object.values(words).flat();

  it('lists each English word for one Dutch stem only', () => {
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
  });

  it('lists no word that Dutch stuck texts use with another meaning', () => {
    // Words of both languages with one meaning; anything else Dutch writers use ("door",
    // "want", "net") would give their messages an English word's weight when mixed in.
    const sameInDutch = new Set(
      (
        'euro stress internet post online contact gas water appellant help email mail mails bus ' +
        'excuses later client service diverse moment ombudsman stop budget half land team bureau ' +
        'diploma dossier account link face protest'
      ).split(' '),
    );
    const dutch = new Map<string, number>();
    for (const set of TRAINING_SETS) {
      for (const item of loadStuckEvalSet(STUCK_EVAL_SETS[set])) {
        if (item.lang !== 'nl') continue;
        for (const word of textWords(item.text)) dutch.set(word, (dutch.get(word) ?? 0) + 1);
      }
    }
    const clashes = forms.filter((form) => (dutch.get(form) ?? 0) >= 3 && !sameInDutch.has(form));
    expect(clashes).toEqual([]);
    expect(forms).not.toContain('door');
  });

  it('travels whole in the model, so the runtime reads words as training did', () => {
    expect(defaultStuckModel().aliases).toEqual(words);
  });
});
