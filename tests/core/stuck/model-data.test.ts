import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BLIND_SETS,
  PLAIN_SETS,
  READ_NOT_TRAINED_SETS,
  STUCK_EVAL_SETS,
} from '../../../scripts/eval-stuck.js';
import {
  NEGATIVE_PLAIN_SETS,
  STUCK_MODEL_FILE,
  stuckModelText,
  TRAINING_SETS,
} from '../../../scripts/train-stuck-model.js';
import { defaultStuckModel } from '../../../src/core/stuck/default.js';
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
    // Every stuck set is placed on purpose: trained on, read but not trained on, or blind.
    expect([...TRAINING_SETS, ...READ_NOT_TRAINED_SETS, ...BLIND_SETS].sort()).toEqual(
      Object.keys(STUCK_EVAL_SETS).sort(),
    );
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
      'plainHoldout14',
      'plainHoldout15',
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

  it('leaves out English words that are frequent Dutch words of another meaning', () => {
    for (const homograph of ['door', 'net', 'word', 'log', 'data']) {
      expect(forms).not.toContain(homograph);
    }
  });

  it('reaches the model for the stems it still weighs', () => {
    const aliases = defaultStuckModel().aliases ?? {};
    expect(Object.keys(aliases).length).toBeGreaterThan(300);
    for (const [stem, english] of Object.entries(aliases)) expect(words[stem]).toEqual(english);
  });
});
