import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { detector, signalsOf } from './detector.js';

describe('negation', () => {
  it.each<[string, StuckSignal]>([
    ['ik heb géén fout gemaakt', 'mistake'],
    ['ik wil geen mens spreken', 'wants-human'],
    ['ik heb geen schulden', 'debt'],
    ['I never made a mistake', 'mistake'],
    ["I'm not frustrated", 'frustration'],
    ['Ik ben niet van het kastje naar de muur gestuurd', 'loop'],
    ['Ik heb de fout niet gemaakt', 'mistake'],
  ])('cancels the cue in %j (%s)', (text, signal) => {
    expect(signalsOf(text)).not.toContain(signal);
  });

  it.each<[string, StuckSignal, string]>([
    ['ik kan het niet betalen', 'debt', 'the negation is part of the cue'],
    [
      'ik heb niet alleen een fout gemaakt, ik was ook te laat',
      'mistake',
      '"niet alleen" does not negate',
    ],
    [
      'Geen idee hoe, maar ik heb per ongeluk iets verkeerd ingevuld',
      'mistake',
      'the next clause is free',
    ],
    [
      'Ik wil niet langer wachten, ik wil iemand spreken',
      'wants-human',
      'a comma ends the negation',
    ],
    ['Ik heb geen DigiD', 'digital-exclusion', '"geen DigiD" is the cue itself'],
    ["I can't pay my rent", 'debt', 'a contraction inside the cue'],
  ])('keeps the cue in %j (%s: %s)', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('the turn result', () => {
  it('lists signals in contract order, each once', () => {
    const { signals } = detector.detectTurn(
      'IK WORD GEK!!! Ik heb per ongeluk een fout gemaakt en nu staat de deurwaarder voor de deur',
    );
    expect(signals).toEqual(['mistake', 'debt', 'frustration']);
  });

  it('says which words carried each signal', () => {
    expect(detector.detectTurn('Ik heb een aanmaning gekregen').evidence).toEqual([
      { signal: 'debt', cue: 'aanmaning' },
    ]);
  });

  it('does not read redaction placeholders as the person shouting or asking to phone', () => {
    expect(signalsOf('Mijn BSN is [BSN], mijn naam [NAAM], telefoon [TELEFOON]')).toEqual([]);
  });

  it('finds nothing in an empty or neutral message', () => {
    expect(signalsOf('')).toEqual([]);
    expect(signalsOf('Hoe vraag ik huurtoeslag aan?')).toEqual([]);
  });
});
