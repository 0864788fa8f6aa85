import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 13 of data/stuck.json (session 33): "wassen" alone is washing; only "een wassen neus"
 * is a sham; UBO, VOG, WOZ and other acronyms are not shouted. Found among the real routing
 * questions that raised a signal.
 */
describe('a sham, round 13', () => {
  it('hears "een wassen neus" as frustration', () => {
    expect(signalsOf('Dat bezwaar is een wassen neus, ze doen er toch niks mee.')).toContain(
      'frustration',
    );
  });

  it.each([
    'U moet meer wassen door lichamelijke klachten?',
    'Ik moet vaak wassen door mijn ziekte.',
    // Acronyms in capitals are names, not shouting.
    'Wat is een UBO en waarom is het UBO-register er?',
    'Moet ik een VOG aanvragen voor mijn WOZ bezwaar?',
  ])('hears no frustration in %j', (text) => {
    expect(signalsOf(text)).not.toContain('frustration');
  });
});
