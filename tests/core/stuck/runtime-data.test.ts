import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  STUCK_RUNTIME,
  runtimeStuckText,
  withoutComments,
} from '../../../scripts/generate-stuck-runtime.js';

describe('the lexicon the app loads', () => {
  it('is data/stuck.json without its comments (else: npm run stuck:generate)', () => {
    expect(readFileSync(STUCK_RUNTIME, 'utf8')).toBe(runtimeStuckText());
  });

  it('drops comments at every depth and keeps everything else', () => {
    const source = {
      $comment: 'top',
      threshold: 1,
      cues: [{ $comment: 'why', pattern: 'a|b', weight: 0.5 }, 'plain'],
      nested: { $comment: 'x', words: { nl: ['niet'], $comment: 'y' } },
    };
    expect(withoutComments(source)).toEqual({
      threshold: 1,
      cues: [{ pattern: 'a|b', weight: 0.5 }, 'plain'],
      nested: { words: { nl: ['niet'] } },
    });
  });
});
