import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 17 of data/stuck.json (session 37), found by trying conversations at the kiosk by hand.
 *
 * "de deurwaarder komt morgen en ik weet niet wat ik moet doen" raised digital exclusion beside
 * the debt: not knowing what to do was one of the cues for a letter one cannot make out. It is
 * being at a loss (frustration), not being shut out of a form or a website; the report per
 * agency counted it as a digital barrier.
 */
describe('not knowing what to do, round 17', () => {
  it.each([
    'de deurwaarder komt morgen en ik weet niet wat ik moet doen',
    'ik weet niet meer wat ik moet doen',
  ])('raises no digital exclusion in %j', (text) => {
    expect(signalsOf(text)).not.toContain('digital-exclusion');
  });

  it.each([
    ['de deurwaarder komt morgen en ik weet niet wat ik moet doen', 'debt'],
    ['ik snap de brief niet, het is koeterwaals', 'digital-exclusion'],
    ['die brief is zo ingewikkeld, ik heb geen idee wat ze bedoelen', 'digital-exclusion'],
  ])('still hears in %j: %s', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });
});
