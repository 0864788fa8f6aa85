import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 14 of data/stuck.json (session 34): asking how to put something right, or whether a
 * fine follows, is a weak mistake cue. After a mistake earlier in the conversation it carries
 * that mistake on (tests/http/chat-conversation.test.ts); on its own it raises nothing.
 */
describe('asking how to put it right, round 14', () => {
  it.each([
    'hoe los ik dat op',
    'krijg ik nu een boete?',
    'Hoe kan ik dat het beste herstellen?',
    'how do I fix this?',
    'will I get a fine now?',
    'Krijg ik een boete als ik te laat aangifte doe?',
  ])('raises nothing on its own in %j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });
});
