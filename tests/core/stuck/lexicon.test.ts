import { describe, expect, it } from 'vitest';
import raw from '../../../data/stuck.json';
import { STUCK_SIGNALS, loadStuckLexicon } from '../../../src/core/stuck/index.js';
import { strayBackReference } from '../../../src/core/stuck/schema.js';

/** A deep copy of the real data, to break one thing at a time. */
function copy(): Record<string, unknown> {
  return structuredClone(raw) as Record<string, unknown>;
}

describe('the stuck lexicon', () => {
  it('validates data/stuck.json', () => {
    expect(() => loadStuckLexicon(raw)).not.toThrow();
  });

  it.each(STUCK_SIGNALS)('has Dutch and English cues for %s', (signal) => {
    const cues = loadStuckLexicon(raw).signals[signal].cues;
    expect(cues.some((cue) => cue.lang === 'nl' || cue.lang === 'any')).toBe(true);
    expect(cues.some((cue) => cue.lang === 'en' || cue.lang === 'any')).toBe(true);
  });

  it('rejects a pattern that is not a regular expression', () => {
    const data = copy();
    const signals = data.signals as Record<string, { cues: unknown[] }>;
    signals.debt?.cues.push({ lang: 'nl', weight: 1, pattern: '(unclosed' });
    expect(() => loadStuckLexicon(data)).toThrow(/regular expression/);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const data = copy();
    const signals = data.signals as Record<string, Record<string, unknown>>;
    if (signals.loop) signals.loop.treshold = 1;
    expect(() => loadStuckLexicon(data)).toThrow();
  });

  it('rejects data without one of the eight signals', () => {
    const data = copy();
    delete (data.signals as Record<string, unknown>)['wants-human'];
    expect(() => loadStuckLexicon(data)).toThrow();
  });

  it('rejects a weight of zero', () => {
    const data = copy();
    const signals = data.signals as Record<string, { cues: unknown[] }>;
    signals.mistake?.cues.push({ lang: 'en', weight: 0, phrase: 'oops' });
    expect(() => loadStuckLexicon(data)).toThrow();
  });

  it('rejects a back-reference that would match the empty string', () => {
    const data = copy();
    const signals = data.signals as Record<string, { cues: unknown[] }>;
    signals.loop?.cues.push({ lang: 'en', weight: 1, pattern: '(x)|from (\\w+) to \\1' });
    expect(() => loadStuckLexicon(data)).toThrow(/back-reference/);
  });
});

describe('finding a stray back-reference', () => {
  it.each([
    ['van (\\w+) naar \\1', null],
    ['(a)|van (\\w+) naar \\2', null],
    ['(?:a)|van (?<w>\\w+) naar \\1', null],
    ['[\\1]', null],
    ['a\\0b', null],
    ['(a)|van (\\w+) naar \\1', '\\1'],
    ['van (\\w+) naar \\2', '\\2'],
    ['(?!(x))(\\w+) en \\4', '\\4'],
  ])('in %j: %j', (pattern, expected) => {
    expect(strayBackReference(pattern)).toBe(expected);
  });
});
