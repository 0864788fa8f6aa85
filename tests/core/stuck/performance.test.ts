import { describe, expect, it } from 'vitest';
import { detector } from './detector.js';

/**
 * The detector runs on every chat turn; a message may be 2000 characters. It should take a few
 * milliseconds (about 2-5 ms on a development machine). The bound here is deliberately loose so
 * that a busy CI machine does not fail it; it catches a pattern that backtracks badly, which
 * costs hundreds of milliseconds rather than a few.
 */
const LIMIT_MS = 40;

const stuck =
  'Ik ben ten einde raad. Al maanden wacht ik op een antwoord van de Belastingdienst, ik heb wel ' +
  'tien keer gebeld en steeds krijg ik een andere medewerker die het niet weet. Ondertussen loopt ' +
  'de schuld op, de deurwaarder heeft beslag gelegd op mijn loon en ik kan de huur niet meer ' +
  'betalen. Mijn kinderen vragen waarom we geen verwarming aan mogen zetten. Ik heb per ongeluk ' +
  'een verkeerd inkomen opgegeven en nu moet ik € 4.000 terugbetalen. DigiD lukt me niet en ik ' +
  'heb geen computer. Ik wil gewoon een mens spreken! ';
const adversarial = 'niet weer opnieuw steeds al maanden wacht ik kan niet ik kon niet betalen ';

function medianMs(text: string, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    detector.detectTurn(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

describe('detector speed on a 2000-character message', () => {
  it.each([
    ['a long stuck message', stuck],
    ['repeated negations and waiting words', adversarial],
    ['no punctuation at all', 'ik heb een vraag over mijn toeslag en de brief '],
  ])(`handles %s well under ${LIMIT_MS} ms`, (_name, unit) => {
    const text = unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    detector.detectTurn(text);
    expect(medianMs(text)).toBeLessThan(LIMIT_MS);
  });
});
