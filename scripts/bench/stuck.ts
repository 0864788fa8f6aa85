/**
 * Stuck-signal detection speed: the detector alone, in-process, on every stuck phrasing and
 * routing question the repository holds, and on 2000-character messages (the chat's maximum)
 * built to make badly written patterns backtrack. Prints figures; never fails on a time.
 */
import { createDefaultStuckDetector } from '../../src/core/stuck/default.js';
import { loadEvalTexts } from '../../src/evaluation/eval-texts.js';

export const title = 'Stuck signals: detection time per message in-process';

const ROUNDS = 5;
const MAX_MESSAGE = 2000;

/** Long messages that once made patterns slow: many cues, negations, no punctuation. */
const WORST_CASES: Record<string, string> = {
  'a long stuck message':
    'Ik ben ten einde raad. Al maanden wacht ik op een antwoord van de Belastingdienst, ik heb ' +
    'wel tien keer gebeld en steeds krijg ik een andere medewerker die het niet weet. De schuld ' +
    'loopt op, de deurwaarder heeft beslag gelegd en ik kan de huur niet meer betalen. ',
  'repeated negations and waiting words':
    'niet weer opnieuw steeds al maanden wacht ik kan niet ik kon niet betalen ',
  'no punctuation at all': 'ik heb een vraag over mijn toeslag en de brief ',
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

export function run(): Promise<void> {
  const detector = createDefaultStuckDetector();
  const texts = loadEvalTexts();

  const time = (text: string) => {
    const start = performance.now();
    detector.detectTurn(text);
    return performance.now() - start;
  };
  texts.forEach(time); // warm up: compile the patterns, let the JIT settle
  const perText = texts.map((text) => {
    const rounds = Array.from({ length: ROUNDS }, () => time(text)).sort((a, b) => a - b);
    return percentile(rounds, 0.5);
  });
  const sorted = [...perText].sort((a, b) => a - b);
  console.log(
    `per message (${texts.length} real texts, median of ${ROUNDS} rounds each): ` +
      `median ${percentile(sorted, 0.5).toFixed(3)} ms, p99 ${percentile(sorted, 0.99).toFixed(3)} ms, ` +
      `max ${(sorted.at(-1) ?? NaN).toFixed(3)} ms`,
  );
  for (const [name, unit] of Object.entries(WORST_CASES)) {
    const text = unit.repeat(Math.ceil(MAX_MESSAGE / unit.length)).slice(0, MAX_MESSAGE);
    const rounds = Array.from({ length: ROUNDS }, () => time(text)).sort((a, b) => a - b);
    console.log(
      `${MAX_MESSAGE} characters, ${name}: median ${percentile(rounds, 0.5).toFixed(2)} ms`,
    );
  }
  return Promise.resolve();
}
