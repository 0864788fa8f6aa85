import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Round 11 of data/stuck.json (session 21): how people in a chat say the digital way is closed
 * to them, as the read sets showed the detector missed it (locked out by the log-in itself, though a forgotten password stays an everyday question; an
 * error on the screen, no computer or no typing, reading poorly, asking for plain words).
 * Sentences written for these tests, not taken from the evaluation sets.
 */
describe('digital exclusion, round 11: heard', () => {
  it.each([
    'De sms met de code komt maar niet aan.',
    'The text message with the code never arrives on my Belgian number.',
    'I cannot receive the SMS code abroad.',
    'Ik krijg de DigiD-app niet werkend op mijn nieuwe telefoon.',
    'Mijn DigiD werkt het niet meer sinds gisteren.',
    'Het scherm zegt "er is iets misgegaan" en verder niks.',
    'Na een kwartier typen stond er: sessie verlopen.',
    'The portal keeps sending me back to the login page.',
    'Mijn vader kan niet online.',
    'Ik heb nog nooit een computer gehad.',
    'My aunt does not use computers at all.',
    'Oma heeft alleen een oude telefoon met knopjes.',
    'Ik lees niet goed.',
    'Kunt u het in makkelijke woorden uitleggen?',
    'Ik ben doof en kan dus niet bellen.',
    'Kunt u mij helpen met invullen?',
  ])('digital-exclusion in %j', (text) => {
    expect(signalsOf(text)).toContain('digital-exclusion');
  });
});

describe('digital exclusion, round 11: not heard', () => {
  it.each([
    'Ik weet mijn BSN niet uit mijn hoofd, waar vind ik het?',
    'Mijn moeder weet haar wachtwoord niet meer.',
    'De sms kwam meteen binnen, dank u.',
    'Er is iets misgegaan met de betaling van mijn huur.',
    'Ik kan vandaag niet bellen, ik moet werken.',
    'Is de website ook in het Engels?',
    'We gaan terug naar het begin van de maand.',
    'Ik lees de brief morgen wel.',
    'Mijn zoon kan niet alleen naar school fietsen.',
  ])('no digital-exclusion in %j', (text) => {
    expect(signalsOf(text)).not.toContain('digital-exclusion');
  });
});
