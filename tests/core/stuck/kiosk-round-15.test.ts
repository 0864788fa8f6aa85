import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 15 of data/stuck.json (session 35), found by trying conversations at the kiosk by hand.
 *
 * Asking to pay in parts is a weak debt cue: after a bill the person cannot pay it carries the
 * debt on, so the answer keeps the way out (tests/http/chat-conversation.test.ts); on its own it
 * is an ordinary question about a payment plan and raises nothing.
 */
describe('asking to pay in parts, round 15', () => {
  it.each([
    'kan ik dat in delen betalen',
    'Mag ik het in termijnen terugbetalen?',
    'kan ik een betalingsregeling krijgen',
    'mag ik het gespreid betalen',
    'can I pay in instalments?',
    'Can I get a payment plan?',
  ])('raises nothing on its own in %j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it('hears a debt where it stands beside not being able to pay', () => {
    expect(signalsOf('ik heb geen geld, kan ik het in delen betalen?')).toContain('debt');
  });
});
