import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * Round 7 of data/stuck.json: a complaint told, the way complaint letters and ombudsman reports
 * tell it ("verzoeker klaagt erover dat …", "een vrouw beklaagt zich over …"), is frustration.
 * Asking how to complain is an ordinary question. Sentences written for these tests.
 */
describe('a complaint told', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'Verzoeker klaagt erover dat de gemeente zijn brieven niet beantwoordt.'],
    ['frustration', 'Voorts klaagt verzoekster erover dat het UWV haar niet heeft gehoord.'],
    ['frustration', 'Een vrouw beklaagt zich over de manier waarop de gemeente haar behandelde.'],
    ['frustration', 'Een man beklaagt zich over het niet nakomen van afspraken door de gemeente.'],
    ['frustration', 'Ik heb vorige maand een klacht ingediend bij de Belastingdienst.'],
    ['frustration', 'My neighbour complained that the council ignored every letter.'],
    ['frustration', 'I filed a formal complaint with the IND last year.'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('a complaint asked about, denied, or not about a service', () => {
  it.each([
    'Hoe dien ik een klacht in over de gemeente?',
    'Kan ik een klacht indienen als ik het niet eens ben met de beslissing?',
    'Ik heb geen klacht ingediend, ik wil alleen weten hoe het zit.',
    'Hij klaagt er niet over dat het lang duurt.',
    'How do I file a complaint about the municipality?',
    'I have not made a complaint yet.',
    'Mijn buurman klaagt over het geluid van onze hond',
    'Mijn vader klaagt erover dat hij slecht slaapt',
    'My neighbour complained about the noise of our dog',
  ])('raises no frustration in %j', (text) => {
    expect(signalsOf(text)).not.toContain('frustration');
  });
});
