import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RUNTIME_DATA,
  runtimeDataText,
  runtimePath,
  withoutKeys,
  type RuntimeDataFile,
} from '../../scripts/generate-runtime-data.js';

describe('the data the app loads', () => {
  it.each(Object.keys(RUNTIME_DATA) as RuntimeDataFile[])(
    'data/generated/%s is its source without comments (else: npm run data:generate)',
    (file) => {
      expect(readFileSync(runtimePath(file), 'utf8')).toBe(runtimeDataText(file));
    },
  );

  it('drops the given keys at every depth and keeps everything else', () => {
    const source = {
      $comment: 'top',
      threshold: 1,
      cues: [{ $comment: 'why', pattern: 'a|b', weight: 0.5 }, 'plain'],
      nested: { $comment: 'x', words: { nl: ['niet'], $comment: 'y' }, sources: ['https://a'] },
    };
    expect(withoutKeys(source, ['$comment', 'sources'])).toEqual({
      threshold: 1,
      cues: [{ pattern: 'a|b', weight: 0.5 }, 'plain'],
      nested: { words: { nl: ['niet'] } },
    });
  });

  it('keeps a key that is only dropped elsewhere', () => {
    expect(withoutKeys({ sources: ['kept'] }, ['$comment'])).toEqual({ sources: ['kept'] });
  });
});
