import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 13 of data/stuck.json (session 33): losing one's job is why people ask for WW, not a
 * rule that hurts; losing one's home or everything still is; "gezinshereniging" is a procedure's
 * name, not a family kept apart. Sentences written for these tests.
 */
describe('losing something, round 13: hardship', () => {
  it.each([
    'Door de terugvordering raakte ik mijn huis kwijt.',
    'We zijn alles verloren door die beslissing.',
    'Ik ben mijn woning kwijt omdat de toeslag werd stopgezet.',
  ])('hardship in %j', (text) => {
    expect(signalsOf(text)).toContain('hardship');
  });
});

describe('losing something, round 13: not hardship', () => {
  it.each([
    'ik ben mijn baan kwijt, kan ik ww krijgen?',
    'Ik raakte mijn werk kwijt, hoe vraag ik een uitkering aan?',
    'I lost my job, can I get unemployment benefit?',
    // A procedure's name, asked about plainly (real questions on public FAQ pages).
    'Wat is gezinshereniging?',
    'Hoelang duurt de procedure van gezinshereniging?',
  ])('no hardship in %j', (text) => {
    expect(signalsOf(text)).not.toContain('hardship');
  });
});
